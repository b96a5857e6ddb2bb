package id.warta.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, holding at most one line (up to the cap) in memory.
 * Lines end at LF, with an optional CR before it.
 */
final class LineReader {

    /**
     * One line.
     *
     * @param number  1-based line number
     * @param bytes   the line without its terminator; {@code null} when the line was longer than the cap
     */
    record Line(long number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }

        /** Whitespace only, as {@link String#isBlank} sees it: a line of form feeds or ideographic spaces holds
         *  no record either. */
        boolean blank() {
            for (byte b : bytes) {
                if (b < 0) {
                    // a multi-byte character: decode, for the Unicode spaces (U+2003, U+3000...)
                    return new String(bytes, StandardCharsets.UTF_8).isBlank();
                }
                if (!Character.isWhitespace(b)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int cap;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long number;

    LineReader(InputStream in, int cap) {
        this.in = in;
        this.cap = cap;
    }

    /** The number of the last line returned. */
    long number() {
        return number;
    }

    /** The next line, or {@code null} at the end of the stream. A line over the cap is skipped, not buffered. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == limit) {
                int n = in.read(buffer);
                if (n < 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
                pos = 0;
                limit = n;
                continue;
            }
            any = true;
            int end = pos;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - pos;
            if (!tooLong) {
                if ((long) length + chunk > cap) {
                    tooLong = true;
                    line = null;
                } else {
                    if (length + chunk > line.length) {
                        line = Arrays.copyOf(line, (int) Math.min(cap, Math.max((long) line.length * 2, length + chunk)));
                    }
                    System.arraycopy(buffer, pos, line, length, chunk);
                    length += chunk;
                }
            }
            pos = end;
            if (end < limit) {
                pos++;
                break;
            }
        }
        number++;
        if (tooLong) {
            return new Line(number, null);
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(number, Arrays.copyOf(line, length));
    }
}
