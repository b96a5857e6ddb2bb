package id.warta.store.index;

import id.warta.store.dedup.Signature;
import id.warta.store.story.CompactProfile;
import org.apache.lucene.util.BytesRef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles decided since the searcher the ingest path reads was last refreshed, by their look-up keys: the
 * decision "find candidates, then add" must see every earlier decision, and refreshing Lucene's near-real-time
 * reader after each article would cost a segment flush each. An entry leaves the table once a refresh made it
 * visible: the table holds the articles since the last commit, or since the last search's refresh. Not
 * thread-safe: the store guards it with its decision lock.
 */
public final class Pending {

    /** One decided article. */
    public static final class Entry {
        public final long id;
        public final long story;
        /** its original when it is a near-duplicate, else 0 */
        public final long original;
        /** epoch day, or {@link Long#MIN_VALUE} when unknown */
        public final long day;
        /** truncated signature, or null */
        public final Signature signature;
        /** story profile, in the form the matcher scores */
        public final CompactProfile profile;
        final List<BytesRef> keys;
        /** set once the document is in the index writer, so a refresh after that shows it */
        volatile boolean indexed;
        /** the last look-up that met this entry (see {@link Pending#visit}) */
        private long visited;
        /** how many of that look-up's keys it holds (see {@link Pending#meet}) */
        private int met;
        /** its place in the order of decisions: later is newer */
        private long order;

        public Entry(long id, long story, long original, long day, Signature signature, CompactProfile profile,
                     List<BytesRef> keys) {
            this.id = id;
            this.story = story;
            this.original = original;
            this.day = day;
            this.signature = signature;
            this.profile = profile;
            this.keys = List.copyOf(keys);
        }

        public void indexed() {
            indexed = true;
        }
    }

    private final Map<BytesRef, List<Entry>> byKey = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    /** The number of entries, readable without the lock (to decide whether to refresh). */
    private volatile int size;

    private long added;

    public void add(Entry e) {
        e.order = ++added;
        entries.add(e);
        size = entries.size();
        for (BytesRef k : e.keys) {
            byKey.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e);
        }
    }

    private long visits;

    /** A new look-up's number, for {@link #meet}: an entry met under several keys is taken once. */
    public long visit() {
        return ++visits;
    }

    /**
     * Counts a meeting of this look-up with the entry under one more of its keys: true the first time, so the caller
     * takes each entry once (cheaper than a set of the entries met); {@link #top} then ranks them by how many keys
     * they hold.
     */
    public static boolean meet(Entry e, long visit) {
        if (e.visited == visit) {
            e.met++;
            return false;
        }
        e.visited = visit;
        e.met = 1;
        return true;
    }

    /**
     * The {@code n} entries met by the last look-up ({@link #meet}) holding most of its keys, of equal ones the
     * newest, as the index's candidates are ranked: what an article is compared with does not grow with the number
     * of articles decided since the last refresh.
     */
    public static List<Entry> top(List<Entry> met, int n) {
        if (met.size() <= n) {
            return met;
        }
        List<Entry> ranked = new ArrayList<>(met);
        ranked.sort((a, b) -> a.met != b.met ? Integer.compare(b.met, a.met) : Long.compare(b.order, a.order));
        return ranked.subList(0, n);
    }

    /** The entries with this key. */
    public List<Entry> get(BytesRef key) {
        return byKey.getOrDefault(key, List.of());
    }

    public void remove(Entry e) {
        entries.remove(e);
        size = entries.size();
        for (BytesRef k : e.keys) {
            List<Entry> list = byKey.get(k);
            if (list != null) {
                list.remove(e);
                if (list.isEmpty()) {
                    byKey.remove(k);
                }
            }
        }
    }

    /** The entries already in the index writer: a refresh started now shows them. */
    public List<Entry> indexed() {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            if (e.indexed) {
                out.add(e);
            }
        }
        return out;
    }

    /** Forgets entries a refresh made visible. */
    public void removeAll(List<Entry> visible) {
        if (visible.size() == entries.size()) {
            entries.clear();
            byKey.clear();
            size = 0;
            return;
        }
        java.util.Set<Entry> gone = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        gone.addAll(visible);
        entries.removeIf(gone::contains);
        byKey.values().forEach(list -> list.removeIf(gone::contains));
        byKey.values().removeIf(List::isEmpty);
        size = entries.size();
    }

    public int size() {
        return size;
    }
}
