package id.warta.decode;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Recognises inputs that are not text at all: well-known file signatures first, then a share of control bytes
 * no text has. Says what the input looks like, so the user knows which file went wrong and why.
 */
final class BinarySniffer {

    /** A file signature: these bytes at this offset. */
    private record Signature(int offset, byte[] magic, String what) {
        Signature(int offset, String magic, String what) {
            this(offset, magic.getBytes(StandardCharsets.ISO_8859_1), what);
        }

        boolean matches(byte[] b) {
            if (b.length < offset + magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (b[offset + i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            new Signature(0, "%PDF-", "a PDF document"),
            new Signature(0, "\u0089PNG\r\n\u001A\n", "a PNG image"),
            new Signature(0, "\u00FF\u00D8\u00FF", "a JPEG image"),
            new Signature(0, "GIF87a", "a GIF image"),
            new Signature(0, "GIF89a", "a GIF image"),
            new Signature(8, "WEBP", "a WebP image"),
            new Signature(0, "PK\u0003\u0004", "a ZIP archive (or a DOCX, XLSX or EPUB file)"),
            new Signature(0, "PK\u0005\u0006", "an empty ZIP archive"),
            new Signature(0, "\u001F\u008B", "gzip-compressed data (name the file .gz to have it unpacked)"),
            new Signature(0, "\u007FELF", "an ELF executable"),
            new Signature(0, "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1", "a legacy Microsoft Office document"),
            new Signature(4, "ftyp", "an MP4 or other ISO media file"),
            new Signature(0, "7z\u00BC\u00AF\u0027\u001C", "a 7-Zip archive"),
            new Signature(0, "\u00FD7zXZ\u0000", "an xz archive"),
            new Signature(0, "\u0028\u00B5\u002F\u00FD", "zstd-compressed data"),
            new Signature(0, "wOFF", "a web font"),
            new Signature(0, "wOF2", "a web font"));

    /** Bytes looked at for control characters; binary formats show them from the start. */
    private static final int SAMPLE = 8192;

    private BinarySniffer() {
    }

    /** What a file signature says the bytes are, or {@code null}. */
    static String signature(byte[] b) {
        for (Signature s : SIGNATURES) {
            if (s.matches(b)) {
                return s.what;
            }
        }
        return null;
    }

    /**
     * The share, in percent, of control bytes at the start when it is high enough (over 5%) to mean binary data,
     * else -1. Tab, line feed, form feed, carriage return and escape (used by ISO-2022 charsets) are text.
     */
    static int controlPercent(byte[] b) {
        int end = Math.min(b.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            if (isControl(b[i] & 0xFF)) {
                controls++;
            }
        }
        return percentIfBinary(controls, end);
    }

    /** As {@link #controlPercent(byte[])}, for text decoded from a charset whose bytes hide controls. */
    static int controlPercent(String text) {
        int end = Math.min(text.length(), SAMPLE);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            if (isControl(text.charAt(i))) {
                controls++;
            }
        }
        return percentIfBinary(controls, end);
    }

    private static int percentIfBinary(int controls, int total) {
        return total > 0 && controls * 20 > total ? (int) Math.ceil(controls * 100.0 / total) : -1;
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != 0x0B && c != '\f' && c != '\r' && c != 0x1B;
    }
}
