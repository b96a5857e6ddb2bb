package id.warta.store.index;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The look-ups of the ingest path, straight on the index: one terms enumerator per segment seeks every key of an
 * article in term order, and the candidates' ids, stories, days, signatures and profiles come from doc values, so
 * the compressed records are never opened. A segment's {@link KeyFilter} first tells which keys it may hold, so
 * a term seek is spent only where a key probably is, however many segments the store has.
 */
public final class Lookup {

    /** What the ingest decision needs to know of a stored article. */
    public record Info(int doc, long id, long story, long original, long day) {
    }

    private Lookup() {
    }

    /**
     * The live documents (global doc ids, ascending) holding each key; at most {@code cap} a key, the newest
     * segments' first (a very common key is a poor candidate source anyway).
     */
    public static Map<BytesRef, int[]> find(IndexReader reader, List<BytesRef> keys, int cap) throws IOException {
        BytesRef[] sorted = new TreeSet<>(keys).toArray(new BytesRef[0]);
        long[] hashes = new long[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            hashes[i] = KeyFilter.hash(sorted[i]);
        }
        Map<BytesRef, List<int[]>> parts = new HashMap<>();
        int[] counts = new int[sorted.length];
        List<LeafReaderContext> leaves = reader.leaves();
        for (int l = leaves.size() - 1; l >= 0; l--) {
            LeafReaderContext ctx = leaves.get(l);
            KeyFilter filter = KeyFilter.of(ctx.reader());
            if (filter == null) {
                continue;
            }
            TermsEnum te = null;
            Bits live = ctx.reader().getLiveDocs();
            PostingsEnum pe = null;
            for (int i = 0; i < sorted.length; i++) {
                int have = counts[i];
                if (have >= cap || !filter.mightContain(hashes[i])) {
                    continue;
                }
                if (te == null) {
                    te = ctx.reader().terms(Schema.KEY).iterator();
                }
                BytesRef k = sorted[i];
                if (!te.seekExact(k)) {
                    continue;
                }
                pe = te.postings(pe, PostingsEnum.NONE);
                int[] docs = new int[Math.min(cap - have, Math.max(1, te.docFreq()))];
                int n = 0;
                for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS && n < docs.length; d = pe.nextDoc()) {
                    if (live == null || live.get(d)) {
                        docs[n++] = ctx.docBase + d;
                    }
                }
                if (n > 0) {
                    parts.computeIfAbsent(k, x -> new ArrayList<>(1)).add(Arrays.copyOf(docs, n));
                    counts[i] = have + n;
                }
            }
        }
        Map<BytesRef, int[]> out = new HashMap<>();
        // the parts come newest segment first, each ascending: taken in reverse they are in doc id order
        parts.forEach((k, list) -> {
            int size = 0;
            for (int[] part : list) {
                size += part.length;
            }
            int[] all = new int[size];
            int at = 0;
            for (int p = list.size() - 1; p >= 0; p--) {
                System.arraycopy(list.get(p), 0, all, at, list.get(p).length);
                at += list.get(p).length;
            }
            out.put(k, all);
        });
        return out;
    }

    /** The doc-value facts of documents, given ascending global doc ids. */
    public static List<Info> info(IndexReader reader, int[] docs) throws IOException {
        List<Info> out = new ArrayList<>(docs.length);
        List<LeafReaderContext> leaves = reader.leaves();
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext ctx = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(docs[i], leaves));
            LeafReader r = ctx.reader();
            NumericDocValues id = DocValues.getNumeric(r, Schema.ID_DV);
            NumericDocValues story = DocValues.getNumeric(r, Schema.STORY_DV);
            NumericDocValues original = DocValues.getNumeric(r, Schema.ORIGINAL_DV);
            NumericDocValues day = DocValues.getNumeric(r, Schema.DAY);
            int end = ctx.docBase + r.maxDoc();
            for (; i < docs.length && docs[i] < end; i++) {
                int d = docs[i] - ctx.docBase;
                out.add(new Info(docs[i], value(id, d, 0), value(story, d, 0), value(original, d, 0),
                        value(day, d, Long.MIN_VALUE)));
            }
        }
        return out;
    }

    /** A binary doc value of documents, given ascending global doc ids; absent values are left out. */
    public static Map<Integer, BytesRef> binary(IndexReader reader, int[] docs, String field) throws IOException {
        Map<Integer, BytesRef> out = new HashMap<>();
        List<LeafReaderContext> leaves = reader.leaves();
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext ctx = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(docs[i], leaves));
            BinaryDocValues values = DocValues.getBinary(ctx.reader(), field);
            int end = ctx.docBase + ctx.reader().maxDoc();
            for (; i < docs.length && docs[i] < end; i++) {
                if (values.advanceExact(docs[i] - ctx.docBase)) {
                    out.put(docs[i], BytesRef.deepCopyOf(values.binaryValue()));
                }
            }
        }
        return out;
    }

    private static long value(NumericDocValues values, int doc, long missing) throws IOException {
        return values.advanceExact(doc) ? values.longValue() : missing;
    }
}
