package id.warta.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * How well a byte array fits UTF-8: the number of well-formed multi-byte sequences and of malformed ones. Text in
 * a legacy single-byte charset almost never forms a valid multi-byte sequence, while UTF-8 text with a few stray
 * bytes keeps many valid ones; the two counts tell them apart.
 *
 * @param multiByte well-formed sequences of two to four bytes
 * @param malformed maximal malformed subsequences (each counted once, as a decoder would replace it)
 */
record Utf8Scan(int multiByte, int malformed) {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    static Utf8Scan of(byte[] b) {
        int multi = 0;
        int bad = 0;
        int i = 0;
        int n = b.length;
        while (i < n) {
            // pages are mostly ASCII markup: skip it eight bytes at a time
            while (i + 8 <= n && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += 8;
            }
            if (i >= n) {
                break;
            }
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int lo = 0x80;
            int hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                // no overlong forms (E0) and no UTF-16 surrogates (ED)
                lo = c == 0xE0 ? 0xA0 : 0x80;
                hi = c == 0xED ? 0x9F : 0xBF;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                // no overlong forms (F0) and nothing above U+10FFFF (F4)
                lo = c == 0xF0 ? 0x90 : 0x80;
                hi = c == 0xF4 ? 0x8F : 0xBF;
            } else {
                bad++;
                i++;
                continue;
            }
            int k = 1;
            while (k < len && i + k < n) {
                int t = b[i + k] & 0xFF;
                if (k == 1 ? t < lo || t > hi : t < 0x80 || t > 0xBF) {
                    break;
                }
                k++;
            }
            if (k == len) {
                multi++;
            } else {
                bad++;
            }
            i += k;
        }
        return new Utf8Scan(multi, bad);
    }

    boolean valid() {
        return malformed == 0;
    }

    /** UTF-8 with a few stray bytes: at least four good multi-byte sequences for each bad one. */
    boolean mostlyValid() {
        return malformed == 0 || multiByte >= 4 * malformed;
    }
}
