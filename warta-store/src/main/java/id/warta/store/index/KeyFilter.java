package id.warta.store.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * For each segment, a Bloom filter of its {@link Schema#KEY} terms, so that a look-up skips the segments that
 * cannot hold a key without seeking their terms dictionary. Most keys of an article are in no segment at all (its
 * id, its text hash, most of its 40 LSH bands): without the filter each of them costs a dictionary seek in every
 * segment, and an ingest's cost grew with the number of segments. A filter is built the first time a look-up meets
 * its segment (segments never change; a merged one is a new segment) and dropped when the segment closes.
 *
 * <p>The filter is blocked: a key's bits all lie in one 64-bit word, so a test reads one word. About 10 bits per
 * key (~1 MB per 100,000 articles of ~50 keys) keep false positives, which cost only the seek they would have
 * cost anyway, near 1%.
 */
public final class KeyFilter {

    private static final int BITS_PER_KEY = 10;
    /** Bits set per key, taken from the hash's upper half, 6 bits each. */
    private static final int PROBES = 5;

    private final long[] words;
    private final int mask;

    private KeyFilter(long[] words) {
        this.words = words;
        this.mask = words.length - 1;
    }

    private static final Map<Object, KeyFilter> FILTERS = new ConcurrentHashMap<>();

    /**
     * The filter of a segment's keys, built on first use; null when the segment has no keys (it can hold none of
     * them).
     */
    public static KeyFilter of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
        if (helper == null) {
            return build(segment);
        }
        Object key = helper.getKey();
        KeyFilter f = FILTERS.get(key);
        if (f == null) {
            f = build(segment);
            if (f != null && FILTERS.putIfAbsent(key, f) == null) {
                helper.addClosedListener(FILTERS::remove);
            }
        }
        return f;
    }

    private static KeyFilter build(LeafReader segment) throws IOException {
        Terms terms = segment.terms(Schema.KEY);
        if (terms == null) {
            return null;
        }
        long size = terms.size();
        if (size < 0) {
            size = segment.maxDoc() * 64L;
        }
        // a power of two of words, at least BITS_PER_KEY bits a key
        long wanted = Math.max(1, size * BITS_PER_KEY / 64);
        int words = Integer.highestOneBit((int) Math.min(1 << 30, wanted));
        words = words < wanted ? words << 1 : words;
        KeyFilter f = new KeyFilter(new long[words]);
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            f.add(hash(t));
        }
        return f;
    }

    /** The hash a key is filtered by: computed once per key and tested against every segment. */
    public static long hash(BytesRef key) {
        long h = 0x9E3779B97F4A7C15L ^ key.length;
        int i = key.offset;
        int end = key.offset + key.length;
        for (; i + 8 <= end; i += 8) {
            h = mix(h ^ readLong(key.bytes, i));
        }
        long tail = 0;
        for (; i < end; i++) {
            tail = (tail << 8) | (key.bytes[i] & 0xFF);
        }
        return mix(h ^ tail);
    }

    /** Whether the segment may hold the key of this {@link #hash}; false means it surely does not. */
    public boolean mightContain(long hash) {
        long bits = bits(hash);
        return (words[(int) hash & mask] & bits) == bits;
    }

    private void add(long hash) {
        words[(int) hash & mask] |= bits(hash);
    }

    private static long bits(long hash) {
        long bits = 0;
        long h = hash >>> 32;
        for (int p = 0; p < PROBES; p++, h >>>= 6) {
            bits |= 1L << (h & 63);
        }
        return bits;
    }

    private static long readLong(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[at + i] & 0xFF);
        }
        return v;
    }

    /** The splitmix64 finaliser: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
