package id.warta.store.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.OptionalLong;

/**
 * Stable 64-bit ids and their 16-digit hex form. An article's id is a hash of its canonical URL (or of its text
 * hash when it has no URL), so the same article ingested again, in this run or a re-run, gets the same id; an error
 * record's id is a hash of the input's name, so a re-run replaces it. 64 bits keep a collision among a million
 * articles at odds of about one in 36 million.
 */
public final class Ids {

    private Ids() {
    }

    /** The id of an article: from its canonical URL when it has one, else from its text hash. */
    public static long article(String canonicalUrl, String textHash) {
        return canonicalUrl != null ? sha("url\n" + canonicalUrl) : sha("text\n" + textHash);
    }

    /** The id of the error record of an input. */
    public static long error(String input) {
        return sha("error\n" + input);
    }

    public static String hex(long id) {
        String digits = Long.toHexString(id);
        return "0".repeat(16 - digits.length()) + digits;
    }

    /** The id written as {@link #hex}, or empty when the text is not one. */
    public static OptionalLong parse(String hex) {
        if (hex == null || hex.length() != 16) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseUnsignedLong(hex, 16));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The first 8 bytes of the SHA-256 of the text: stable across JVMs and versions, unlike String.hashCode. */
    static long sha(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xFF);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** 64-bit FNV-1a: a cheap stable hash for the band and profile keys, which are hashes already. */
    static long fnv(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            h = (h ^ (c & 0xFF)) * 0x100000001b3L;
            h = (h ^ (c >>> 8)) * 0x100000001b3L;
        }
        return h;
    }
}
