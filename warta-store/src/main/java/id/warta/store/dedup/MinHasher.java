package id.warta.store.dedup;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * MinHash signatures of texts over their word shingles: the text's words (letters and digits, lower case, anything
 * else a separator) are taken {@code shingleWords} at a time, each shingle hashed once to 64 bits, and for each of
 * the {@code hashes} functions the signature keeps the least value the function gives over all shingles. Two texts'
 * signatures agree at a position with probability equal to the Jaccard similarity of their shingle sets.
 *
 * <p>The functions are multiply-shift hashes of the shingle hash with fixed odd multipliers drawn once from a fixed
 * seed: signatures are stored in indexes, so the same text must give the same signature in every run and build.
 * Words and shingles are hashed as the text is read, without building strings: signing costs one pass over the
 * text plus one multiply-add per shingle and function. Immutable and thread-safe.
 */
public final class MinHasher {

    /** Fixed for ever: changing it changes every stored signature. */
    private static final long SEED = 0x5741525441L; // "WARTA"
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final int hashes;
    private final int shingleWords;
    private final long[] multipliers;
    private final long[] addends;

    /**
     * @param hashes       values per signature ({@code StoreOptions.minHashes()})
     * @param shingleWords words per shingle ({@code StoreOptions.shingleWords()})
     */
    public MinHasher(int hashes, int shingleWords) {
        if (hashes <= 0 || shingleWords <= 0) {
            throw new IllegalArgumentException("hashes and shingleWords must be positive: " + hashes + ", "
                    + shingleWords);
        }
        this.hashes = hashes;
        this.shingleWords = shingleWords;
        SplittableRandom random = new SplittableRandom(SEED);
        multipliers = new long[hashes];
        addends = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            multipliers[i] = random.nextLong() | 1L;
            addends[i] = random.nextLong();
        }
    }

    /** The signature of {@code text}; {@link Signature#empty()} when it has fewer words than one shingle. */
    public Signature sign(String text) {
        Objects.requireNonNull(text, "text");
        long[] window = new long[shingleWords];
        long[] mins = null;
        int words = 0;
        long word = FNV_OFFSET;
        boolean inWord = false;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
                    : Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                char lower = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
                word = (word ^ lower) * FNV_PRIME;
                inWord = true;
                continue;
            }
            if (!inWord) {
                continue;
            }
            window[words % shingleWords] = word;
            words++;
            word = FNV_OFFSET;
            inWord = false;
            if (words < shingleWords) {
                continue;
            }
            if (mins == null) {
                mins = new long[hashes];
                Arrays.fill(mins, Long.MAX_VALUE);
            }
            long shingle = shingle(window, words);
            for (int f = 0; f < hashes; f++) {
                // branch-free: a new minimum is rare after the first shingles, but mispredicted when it comes
                mins[f] = Math.min(mins[f], (multipliers[f] * shingle + addends[f]) >>> 32);
            }
        }
        if (mins == null) {
            return Signature.EMPTY;
        }
        int[] values = new int[hashes];
        for (int f = 0; f < hashes; f++) {
            values[f] = (int) mins[f];
        }
        return new Signature(values);
    }

    /** The hash of the last {@code shingleWords} words, oldest first, {@code words} having been read. */
    private long shingle(long[] window, int words) {
        long h = 0;
        for (int j = 0; j < shingleWords; j++) {
            h = Long.rotateLeft(h, 23) ^ window[(words + j) % shingleWords];
            h *= 0x9E3779B97F4A7C15L;
        }
        return mix(h);
    }

    /** A 64-bit finaliser (Stafford's variant 13): every input bit reaches every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public int hashes() {
        return hashes;
    }

    public int shingleWords() {
        return shingleWords;
    }
}
