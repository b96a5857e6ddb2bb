package id.warta.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/** Reading under the maxBytes cap, so a huge, endless or gzip-bomb input costs at most the cap in memory. */
final class Bounded {

    /** The largest array the JVM allocates; maxBytes above it acts as this. */
    private static final int ARRAY_LIMIT = Integer.MAX_VALUE - 16;

    private Bounded() {
    }

    static int cap(long maxBytes) {
        return (int) Math.min(maxBytes, ARRAY_LIMIT);
    }

    /** All the stream's bytes, or {@code null} when there are more than {@code maxBytes}. */
    static byte[] read(InputStream in, long maxBytes) throws IOException {
        int cap = cap(maxBytes);
        // readNBytes grows its buffer as data arrives, so a small input never allocates the whole cap
        byte[] bytes = in.readNBytes(cap);
        return bytes.length == cap && in.read() != -1 ? null : bytes;
    }

    /** A duration as people write it in a message: "300 ms", "30 s". */
    static String human(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** An exception as a short phrase for a failure message. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
    }
}
