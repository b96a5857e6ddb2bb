package id.warta.store.index;

import id.warta.store.SearchResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Facet counting for one searcher over plain arrays: each segment's facet ordinals read once into an array (kept
 * while the segment lives) and each segment's ordinals mapped to the searcher's global ones in an array. A search
 * that matches a large share of a million articles counts a dozen values for each match; read through the doc
 * values (a jump table per document, packed ordinals, a packed global map) that was most of its time, and a
 * lookup in two arrays is a fraction of it. When most of a segment matches, its whole counts (kept with its
 * ordinals) less those of the documents that do not match cost less than counting the matches. The counts are
 * Lucene's own: the same ordinals, the same top values (most counted first, then in label order).
 *
 * <p>Memory: four bytes per facet value of every article (about 50 MB for a million articles), plus four per
 * distinct value per segment. Thread-safe once built.
 */
public final class FacetOrdinals {

    /**
     * The facet ordinals of one segment: those of document d are {@code ords[starts[d]..starts[d + 1])}; {@code all}
     * counts each ordinal over every document of the segment, deleted ones too.
     */
    private record Segment(int[] starts, int[] ords, int[] all) {
    }

    private static final Map<Object, Segment> SEGMENTS = new ConcurrentHashMap<>();

    private final SortedSetDocValuesReaderState state;
    /** Per leaf: its segment's ordinals, or null when it has no facet values. */
    private final Segment[] segments;
    /** Per leaf: segment ordinal to global ordinal; null when the reader has one segment (they are the same). */
    private final int[][] global;
    /**
     * The label of each global ordinal, read the first time a search shows it: reading one through the reader
     * state builds a view over every segment's doc values, which cost a search more than its top values did.
     */
    private final AtomicReferenceArray<String> labels;
    /** Reads the labels not read yet; guarded by itself (doc values are not thread-safe). */
    private final SortedSetDocValues labelReader;

    private FacetOrdinals(SortedSetDocValuesReaderState state, Segment[] segments, int[][] global,
                          SortedSetDocValues labelReader) {
        this.state = state;
        this.segments = segments;
        this.global = global;
        this.labels = new AtomicReferenceArray<>(state.getSize());
        this.labelReader = labelReader;
    }

    /** The arrays of a searcher's reader, whose facet state is {@code state}. */
    public static FacetOrdinals of(SortedSetDocValuesReaderState state) throws IOException {
        IndexReader reader = state.getReader();
        List<LeafReaderContext> leaves = reader.leaves();
        Segment[] segments = new Segment[leaves.size()];
        for (LeafReaderContext ctx : leaves) {
            segments[ctx.ord] = segment(ctx.reader(), state.getField());
        }
        SortedSetDocValues top = state.getDocValues();
        int[][] global = null;
        if (top instanceof MultiDocValues.MultiSortedSetDocValues multi) {
            global = new int[leaves.size()][];
            for (LeafReaderContext ctx : leaves) {
                LongValues map = multi.mapping.getGlobalOrds(ctx.ord);
                int n = (int) multi.values[ctx.ord].getValueCount();
                int[] g = new int[n];
                for (int o = 0; o < n; o++) {
                    g[o] = (int) map.get(o);
                }
                global[ctx.ord] = g;
            }
        }
        return new FacetOrdinals(state, segments, global, top);
    }

    private static Segment segment(LeafReader reader, String field) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        Object key = helper == null ? null : helper.getKey();
        Segment s = key == null ? null : SEGMENTS.get(key);
        if (s == null) {
            s = read(reader, field);
            if (key != null && SEGMENTS.putIfAbsent(key, s) == null) {
                helper.addClosedListener(SEGMENTS::remove);
            }
        }
        return s.ords.length == 0 ? null : s;
    }

    private static Segment read(LeafReader reader, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        int maxDoc = reader.maxDoc();
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[0];
        int n = 0;
        int next = 0;
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
            for (; next <= d; next++) {
                starts[next] = n;
            }
            int count = values.docValueCount();
            ords = ArrayUtil.grow(ords, n + count);
            for (int i = 0; i < count; i++) {
                ords[n++] = (int) values.nextOrd();
            }
        }
        for (; next <= maxDoc; next++) {
            starts[next] = n;
        }
        int[] all = new int[(int) values.getValueCount()];
        for (int j = 0; j < n; j++) {
            all[ords[j]]++;
        }
        return new Segment(starts, ArrayUtil.copyOfSubArray(ords, 0, n), all);
    }

    /** The count of each global ordinal over the collected matches. */
    public int[] count(List<FacetsCollector.MatchingDocs> matching) throws IOException {
        int[] counts = new int[state.getSize()];
        for (FacetsCollector.MatchingDocs m : matching) {
            Segment s = segments[m.context.ord];
            if (s == null || m.totalHits == 0) {
                continue;
            }
            DocIdSetIterator it = m.bits.iterator();
            if (it == null) {
                continue;
            }
            int[] starts = s.starts;
            int[] ords = s.ords;
            int[] map = global == null ? null : global[m.context.ord];
            int maxDoc = m.context.reader().maxDoc();
            if (2L * m.totalHits > maxDoc) {
                // most of the segment matches: its counts less those of the documents that do not (deleted
                // ones included, which its counts include and no match is)
                long[] matched = bits(m, maxDoc).getBits();
                int[] local = s.all.clone();
                // the clear bits of each word of the set, past maxDoc excepted
                int words = FixedBitSet.bits2words(maxDoc);
                for (int w = 0; w < words; w++) {
                    long missing = w < matched.length ? ~matched[w] : -1L;
                    if (w == words - 1 && (maxDoc & 63) != 0) {
                        missing &= (1L << (maxDoc & 63)) - 1;
                    }
                    while (missing != 0) {
                        int d = (w << 6) + Long.numberOfTrailingZeros(missing);
                        missing &= missing - 1;
                        for (int j = starts[d], end = starts[d + 1]; j < end; j++) {
                            local[ords[j]]--;
                        }
                    }
                }
                add(local, map, counts);
            } else if (map == null || m.totalHits < map.length / 8) {
                // few matches for the segment's values: each value mapped as it is met
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    for (int j = starts[d], end = starts[d + 1]; j < end; j++) {
                        counts[map == null ? ords[j] : map[ords[j]]]++;
                    }
                }
            } else {
                // many: counted in the segment's (smaller) ordinal space, then moved over once per value
                int[] local = new int[map.length];
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    for (int j = starts[d], end = starts[d + 1]; j < end; j++) {
                        local[ords[j]]++;
                    }
                }
                add(local, map, counts);
            }
        }
        return counts;
    }

    /** Adds counts of segment ordinals to the global counts. */
    private static void add(int[] local, int[] map, int[] counts) {
        for (int o = 0; o < local.length; o++) {
            counts[map == null ? o : map[o]] += local[o];
        }
    }

    /** The matches of a segment as a bit set: the collector's own when it kept one, else read into one. */
    private static FixedBitSet bits(FacetsCollector.MatchingDocs m, int maxDoc) throws IOException {
        if (m.bits.bits() instanceof FixedBitSet set) {
            return set;
        }
        FixedBitSet set = new FixedBitSet(maxDoc);
        set.or(m.bits.iterator());
        return set;
    }

    /**
     * The {@code n} most counted values of a dimension, most first, equal counts in label order; empty when the
     * dimension has no value in the index.
     */
    public List<SearchResult.FacetCount> top(int[] counts, String dim, int n) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null || n <= 0) {
            return List.of();
        }
        // a small sorted array: n is ten, the range may hold a hundred thousand values
        int[] best = new int[n];
        int size = 0;
        for (int ord = range.start; ord <= range.end; ord++) {
            int c = counts[ord];
            if (c == 0 || size == n && c <= counts[best[n - 1]]) {
                continue;
            }
            int at = size < n ? size++ : n - 1;
            // ordinals come in ascending order: an equal count stays behind the earlier (smaller) ordinal
            while (at > 0 && counts[best[at - 1]] < c) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = ord;
        }
        List<SearchResult.FacetCount> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new SearchResult.FacetCount(label(best[i]), counts[best[i]]));
        }
        return out;
    }

    /** The value (last path component) of a global ordinal. */
    private String label(int ord) throws IOException {
        String label = labels.get(ord);
        if (label == null) {
            BytesRef term;
            synchronized (labelReader) {
                term = BytesRef.deepCopyOf(labelReader.lookupOrd(ord));
            }
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            label = path[path.length - 1];
            labels.set(ord, label);
        }
        return label;
    }
}
