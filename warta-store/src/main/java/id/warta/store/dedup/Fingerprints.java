package id.warta.store.dedup;

import id.warta.internal.Fold;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Exact-duplicate fingerprints: the canonical form of an article's URL and a hash of its text. Both are pure
 * functions, thread-safe.
 */
public final class Fingerprints {

    /** Query parameters that only say where a reader came from, never which article is shown. */
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "yclid", "igshid", "mc_cid", "mc_eid", "_ga", "_gl", "ref", "ref_src", "source", "tdtrack", "amp",
            "outputtype", "_gaexp", "s_cid", "cmpid");
    /** Host prefixes of the mobile and AMP editions, which show the same article under the same path. */
    private static final List<String> EDITION_PREFIXES = List.of("www.", "amp.", "m.", "mobile.");

    /** An address written without its scheme: a host name with a dot, then a port, path, query or nothing. */
    private static final Pattern BARE_HOST = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:\\d+)?([/?#]|$)");

    /** One digest a thread: looking the algorithm up costs more than hashing a short article. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Fingerprints::sha256);

    private Fingerprints() {
    }

    /**
     * The canonical form of an article URL, so that variants of one page compare equal: the scheme is https
     * (http and https serve the same article), the host lower case without {@code www.}, {@code m.},
     * {@code mobile.} or {@code amp.}, no default port, user info or fragment; tracking parameters ({@code utm_*},
     * {@code fbclid}, {@code gclid}…) and AMP markers ({@code ?amp=1}, a first or last path segment {@code amp})
     * removed, Kompas's {@code page=all} (the whole article on one page) too; the remaining parameters sorted;
     * no trailing slash except for the root.
     *
     * @return the canonical URL, or null for null, blank, non-web or unparseable input
     */
    public static String canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String s = url.strip().replace(" ", "%20");
        if (s.startsWith("//")) {
            s = "https:" + s;
        } else if (!s.contains("://")) {
            if (!BARE_HOST.matcher(s).lookingAt()) {
                return null; // mailto:, javascript:, a relative path
            }
            s = "https://" + s;
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        if (!scheme.equals("http") && !scheme.equals("https") || host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        for (String prefix : EDITION_PREFIXES) {
            if (host.startsWith(prefix) && host.indexOf('.', prefix.length()) > 0) {
                host = host.substring(prefix.length());
                break;
            }
        }
        StringBuilder out = new StringBuilder(url.length()).append("https://").append(host);
        int port = uri.getPort();
        if (port > 0 && port != 80 && port != 443) {
            out.append(':').append(port);
        }
        out.append(path(uri.normalize().getRawPath()));
        String query = query(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    /** The path without AMP segments, duplicate slashes and a trailing slash; "/" when nothing is left. */
    private static String path(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String seg : raw.split("/")) {
            if (!seg.isEmpty()) {
                segments.add(seg);
            }
        }
        if (!segments.isEmpty() && isAmp(segments.get(segments.size() - 1))) {
            segments.remove(segments.size() - 1);
        }
        if (!segments.isEmpty() && isAmp(segments.get(0))) {
            segments.remove(0);
        }
        return segments.isEmpty() ? "/" : "/" + String.join("/", segments);
    }

    private static boolean isAmp(String segment) {
        return segment.equalsIgnoreCase("amp") || segment.equalsIgnoreCase("amp.html");
    }

    /** The parameters that select content, sorted; tracking and AMP markers left out. */
    private static String query(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String param : raw.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String key = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : param.substring(eq + 1);
            if (key.startsWith("utm_") || TRACKING.contains(key)
                    || key.equals("page") && value.equalsIgnoreCase("all")) {
                continue;
            }
            kept.add(param);
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    /**
     * A hash of what the text says, blind to how it was scraped: case-folded (diacritics too), every run of
     * whitespace and punctuation one space, trimmed; then the first 16 bytes of its SHA-256, in hex. The same text
     * from two scrapes, with other line breaks, non-breaking spaces or typographic quotes, gets the same hash.
     */
    public static String textHash(String text) {
        Objects.requireNonNull(text, "text");
        // the squeezed text goes to the digest as UTF-8 through a small buffer: no copy of the whole text
        MessageDigest digest = SHA256.get();
        digest.reset();
        Squeezed out = new Squeezed(digest);
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // the common case, without folding: ASCII letters lower-cased, digits, the rest a gap
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out.word(c);
                } else if (c >= 'A' && c <= 'Z') {
                    out.word(c + 32);
                } else {
                    out.gap = true;
                }
                i++;
                continue;
            }
            int end = i + (Character.isHighSurrogate(c) && i + 1 < text.length() ? 2 : 1);
            String folded = Fold.fold(text, i, end);
            for (int k = 0; k < folded.length(); ) {
                int cp = folded.codePointAt(k);
                k += Character.charCount(cp);
                if (Character.isLetterOrDigit(cp)) {
                    out.word(Character.toLowerCase(cp));
                } else {
                    out.gap = true;
                }
            }
            i = end;
        }
        return HexFormat.of().formatHex(out.digest(), 0, 16);
    }

    /** Letters and digits with one space for each gap between them, UTF-8 encoded into a digest. */
    private static final class Squeezed {
        private final MessageDigest digest;
        private final byte[] buffer = new byte[512];
        private int n;
        private boolean any;
        boolean gap;

        Squeezed(MessageDigest digest) {
            this.digest = digest;
        }

        /** Appends a letter or digit, after a space when a gap came before it (not at the start). */
        void word(int cp) {
            if (n > buffer.length - 5) {
                digest.update(buffer, 0, n);
                n = 0;
            }
            if (gap && any) {
                buffer[n++] = ' ';
            }
            gap = false;
            any = true;
            if (cp < 0x80) {
                buffer[n++] = (byte) cp;
            } else if (cp < 0x800) {
                buffer[n++] = (byte) (0xC0 | cp >> 6);
                buffer[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                buffer[n++] = (byte) (0xE0 | cp >> 12);
                buffer[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[n++] = (byte) (0x80 | cp & 0x3F);
            } else {
                buffer[n++] = (byte) (0xF0 | cp >> 18);
                buffer[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[n++] = (byte) (0x80 | cp & 0x3F);
            }
        }

        byte[] digest() {
            digest.update(buffer, 0, n);
            return digest.digest();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
