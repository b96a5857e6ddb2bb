package id.warta.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.warta.WartaIOException;
import id.warta.events.Actor;
import id.warta.events.Event;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.store.dedup.Fingerprints;
import id.warta.store.dedup.MinHasher;
import id.warta.store.dedup.Signature;
import id.warta.store.index.FacetOrdinals;
import id.warta.store.index.HitRecord;
import id.warta.store.index.Ids;
import id.warta.store.index.Keys;
import id.warta.store.index.Lookup;
import id.warta.store.index.Marker;
import id.warta.store.index.Pending;
import id.warta.store.index.Queries;
import id.warta.store.index.Schema;
import id.warta.store.index.Snippets;
import id.warta.store.story.CompactProfile;
import id.warta.store.story.StoryEvents;
import id.warta.store.story.StoryMatcher;
import id.warta.store.story.StoryProfile;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * An embedded store of analysed news articles: one directory, no server. It keeps each article's analysis record,
 * recognises the same article ingested again (same canonical URL or same text) and syndicated copies or light
 * rewrites of a stored one (MinHash), groups articles about one happening into stories, and answers searches with
 * filters, facet counts and snippets.
 *
 * <p>Why it is built the way it is: many threads analyse articles (the costly part) and hand them to
 * {@link #ingest}; only the short decision "is it a copy, which story" is serialised, under one lock, against the
 * index plus a table of the articles decided since the searcher was last refreshed, so no refresh per article is
 * needed and no decision misses an earlier one. Lucene's index writer then indexes documents in parallel. An
 * article is durable once a {@link #commit} after it returned (the store commits every
 * {@link StoreOptions#commitEvery()} articles, with the first article {@link StoreOptions#commitSeconds()} after the
 * last commit, and on {@link #close}); a killed process loses at most the articles
 * since the last commit, and a re-run adds exactly those again, since an article's id is derived from its URL or
 * text and an article whose id the store holds is a duplicate.
 *
 * <p>One process writes a store at a time (Lucene's write lock); a second writer is refused with
 * {@link StoreException.Reason#LOCKED}. Searches see ingested articles within about a second, and all of them
 * after {@link #commit}. A store opened {@linkplain StoreOptions#readOnly() read-only} takes no lock and sees what
 * the writer committed, refreshed about every second.
 */
public final class WartaStore implements Closeable {

    /** How stale a searcher may get: searches and the ingest path refresh it after this long. */
    private static final long REFRESH_NANOS = 1_000_000_000L;
    /** Decided articles kept unrefreshed at most, whatever the time. */
    private static final int PENDING_MAX = 20_000;
    /** Postings read per look-up key and candidates compared per article: bounds the ingest cost per article. */
    private static final int POSTINGS_CAP = 2_000;
    private static final int SIMILARITY_CANDIDATES = 16;
    private static final int STORY_CANDIDATES = 32;
    private static final int FACET_VALUES = 10;

    private static final Sort NEWEST;

    static {
        // INT: the day's point is 4 bytes, and the comparator skips with the points
        SortField day = new SortField(Schema.DAY, SortField.Type.INT, true);
        day.setMissingValue(Integer.MIN_VALUE);
        NEWEST = new Sort(day, new SortField(Schema.ID_DV, SortField.Type.LONG));
    }

    private final Path dir;
    private final StoreOptions options;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final MinHasher hasher;
    private final StoryMatcher matcher;
    /** Serialises the ingest decisions and guards {@link #pending}. */
    private final ReentrantLock decisions = new ReentrantLock();
    /** Searches running at once, {@link StoreOptions#searchThreads()}; in turn (fair), so none waits for ever. */
    private final Semaphore searchSlots;
    private final Pending pending = new Pending();
    private final Object commits = new Object();
    private final AtomicLong written = new AtomicLong();
    private volatile long refreshed = System.nanoTime();
    /** When the last commit returned (or the store opened), for {@link StoreOptions#commitSeconds()}. */
    private volatile long committed = System.nanoTime();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile boolean errorsStored;
    private volatile boolean closed;

    private record Decision(IngestResult.Outcome outcome, long id, long story, long original) {
    }

    /**
     * A searcher with the facet ordinals of its reader (every segment's values mapped to global ones), built by the
     * first search that counts facets, once per searcher. Not at refresh: an ingest refreshes after every commit to
     * see its own writes and seldom searches, and the ordinal map of a large index costs far more than a look-up.
     */
    private static final class FacetSearcher extends IndexSearcher {
        private SortedSetDocValuesReaderState facets;
        private FacetOrdinals ordinals;
        private volatile boolean built;
        /**
         * The facet counts over every article (the unfiltered search, a front page's), counted once per searcher:
         * they cost a pass over every article's facet values, and nothing changes them until the next refresh.
         */
        private volatile Map<String, List<SearchResult.FacetCount>> everything;

        FacetSearcher(IndexReader reader) {
            super(reader);
        }

        /** The facet ordinals; null while the index holds no facet value yet. */
        SortedSetDocValuesReaderState facets() throws IOException {
            build();
            return facets;
        }

        /** The counting arrays of the facet ordinals; null while the index holds no facet value yet. */
        FacetOrdinals ordinals() throws IOException {
            build();
            return ordinals;
        }

        private void build() throws IOException {
            if (!built) {
                synchronized (this) {
                    if (!built) {
                        IndexReader reader = getIndexReader();
                        facets = FieldInfos.getMergedFieldInfos(reader)
                                .fieldInfo(Schema.FACETS.getDimConfig(SearchResult.FACETS.get(0)).indexFieldName)
                                == null ? null : new DefaultSortedSetDocValuesReaderState(reader, Schema.FACETS);
                        ordinals = facets == null ? null : FacetOrdinals.of(facets);
                        built = true;
                    }
                }
            }
        }
    }

    private static final SearcherFactory FACET_SEARCHERS = new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            return new FacetSearcher(reader);
        }
    };

    private WartaStore(Path dir, StoreOptions options, Directory directory, IndexWriter writer,
                       SearcherManager searchers) throws IOException {
        this.dir = dir;
        this.options = options;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.hasher = new MinHasher(options.minHashes(), options.shingleWords());
        this.matcher = new StoryMatcher(options);
        this.searchSlots = new Semaphore(options.searchThreads(), true);
        IndexSearcher s = searchers.acquire();
        try {
            errorsStored = s.count(new TermQuery(new Term(Schema.KIND, Schema.ERROR))) > 0;
        } finally {
            searchers.release(s);
        }
    }

    /** Opens the store in {@code dir} for reading and writing, creating it when the directory is absent or empty. */
    public static WartaStore open(Path dir) {
        return open(dir, StoreOptions.DEFAULTS);
    }

    /**
     * Opens the store in {@code dir}; with {@link StoreOptions#readOnly()} for searching only (no lock taken,
     * nothing written, and the store must exist).
     *
     * @throws StoreException   NOT_A_STORE for a directory holding something else or a damaged index, VERSION
     *                          for a store of another major format, LOCKED when another writer has it open
     * @throws WartaIOException when the directory cannot be read or written
     */
    public static WartaStore open(Path dir, StoreOptions options) {
        return open(dir, options, UnaryOperator.identity());
    }

    /** {@link #open(Path, StoreOptions)} over a wrapped Lucene directory (tests simulate a full disk with it). */
    static WartaStore open(Path dir, StoreOptions options, UnaryOperator<Directory> wrap) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(options, "options");
        Path root = dir.toAbsolutePath().normalize();
        Marker.check(root, !options.readOnly());
        Path indexDir = root.resolve(Marker.INDEX);
        Directory directory = null;
        IndexWriter writer = null;
        try {
            if (options.readOnly() && !Files.isDirectory(indexDir)) {
                throw new StoreException(StoreException.Reason.NOT_A_STORE, "the Warta store at " + root
                        + " holds no index yet");
            }
            directory = wrap.apply(FSDirectory.open(indexDir));
            SearcherManager searchers;
            if (options.readOnly()) {
                searchers = new SearcherManager(directory, FACET_SEARCHERS);
            } else {
                boolean exists = DirectoryReader.indexExists(directory);
                if (!exists && Arrays.stream(directory.listAll()).anyMatch(f -> !f.equals(IndexWriter.WRITE_LOCK_NAME)
                        && !f.startsWith("extra"))) {
                    // files without a commit point: creating an index here would delete them
                    throw new IndexNotFoundException("no segments file among " + Arrays.toString(directory.listAll()));
                }
                writer = new IndexWriter(directory, config(options));
                if (!exists) {
                    writer.commit();
                }
                searchers = new SearcherManager(writer, FACET_SEARCHERS);
            }
            try {
                return new WartaStore(root, options, directory, writer, searchers);
            } catch (IOException | RuntimeException e) {
                searchers.close();
                throw e;
            }
        } catch (LockObtainFailedException e) {
            closeQuietly(writer, directory);
            throw new StoreException(StoreException.Reason.LOCKED, "another warta process is writing to " + root
                    + "; wait for it to finish, or open the store read-only to search it (" + e.getMessage() + ")",
                    e);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | IndexNotFoundException | EOFException e) {
            closeQuietly(writer, directory);
            throw new StoreException(StoreException.Reason.NOT_A_STORE, "the index of the Warta store at " + root
                    + " is damaged or unreadable, nothing was changed: " + e.getMessage(), e);
        } catch (IOException e) {
            closeQuietly(writer, directory);
            throw new WartaIOException("cannot open the Warta store at " + root + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(writer, directory);
            throw e;
        }
    }

    private static IndexWriterConfig config(StoreOptions options) {
        IndexWriterConfig c = new IndexWriterConfig(Schema.analyzer());
        // the records LZ4-compressed (the default): deflate made them half as large, but inflating a 48 KB block
        // and its dictionary for each hit of a page was over a third of a search's CPU at 100,000 articles.
        // Segments written with deflate by earlier builds are read as they are.
        c.setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED));
        c.setRAMBufferSizeMB(options.ramBufferMb());
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setCommitOnClose(false);
        return c;
    }

    private static void closeQuietly(IndexWriter writer, Directory directory) {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException ignored) {
            // the open failed already; that failure is the one to report
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // as above
        }
    }

    // ---------------------------------------------------------------------------------------------------- ingest

    /**
     * Stores an analysed article, or, when its article failed ({@code !analysis.ok()}), an error record of its
     * input. Thread-safe: call it from every analysing thread.
     *
     * @return NEW, NEAR_DUPLICATE (stored and linked to its original), DUPLICATE (already stored: nothing written)
     *         or ERROR (the error record written)
     * @throws StoreException   READ_ONLY for a store opened read-only
     * @throws WartaIOException when the index cannot be written (a full disk); the store keeps what was committed
     */
    public IngestResult ingest(Analysis analysis) {
        Objects.requireNonNull(analysis, "analysis");
        ensureOpen();
        if (writer == null) {
            throw new StoreException(StoreException.Reason.READ_ONLY, "the Warta store at " + dir
                    + " is open read-only: nothing can be ingested");
        }
        return analysis.ok() ? ingestArticle(analysis) : ingestError(analysis);
    }

    private IngestResult ingestArticle(Analysis a) {
        Article article = a.article();
        String hash = Fingerprints.textHash(article.text());
        long id = Ids.article(Fingerprints.canonicalUrl(article.url()), hash);
        Signature full = hasher.sign(article.text());
        Signature signature = full.empty() ? null : Schema.truncated(full);
        List<BytesRef> bands = new ArrayList<>();
        if (signature != null) {
            for (String band : full.bandKeys(options.lshBands())) {
                bands.add(Keys.band(band));
            }
        }
        StoryProfile profile = StoryProfile.of(a);
        long profileDay = profile.day() == null ? Long.MIN_VALUE : profile.day().toEpochDay();
        List<BytesRef> storyKeys = new ArrayList<>();
        List<BytesRef> storyLookups = new ArrayList<>();
        if (profile.day() != null) {
            long first = Keys.bucket(profileDay - options.storyWindowDays());
            long last = Keys.bucket(profileDay + options.storyWindowDays());
            for (String key : profile.keys()) {
                storyKeys.add(Keys.profile(key, Keys.bucket(profileDay)));
                for (long b = first; b <= last; b++) {
                    storyLookups.add(Keys.profile(key, b));
                }
            }
        }
        List<BytesRef> keys = new ArrayList<>(2 + bands.size() + storyKeys.size());
        keys.add(Keys.id(id));
        keys.add(Keys.textHash(hash));
        keys.addAll(bands);
        keys.addAll(storyKeys);
        byte[] json;
        try {
            json = Json.writer().writeValueAsBytes(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the analysis record does not serialise: " + e.getMessage(), e);
        }
        LocalDate day = Schema.day(a);
        byte[] profileBytes = profile.toBytes();
        Document doc = Schema.article(a, json, System.currentTimeMillis(), day, keys,
                signature == null ? null : Schema.signatureBytes(signature), profileBytes,
                options.maxStoredChars());
        // scored as the candidates read from the index are: from the bytes stored
        CompactProfile compact = CompactProfile.fromBytes(profileBytes);

        Decision d;
        Pending.Entry entry = null;
        decisions.lock();
        try {
            ensureOpen();
            d = decide(id, hash, signature, bands, compact, storyLookups);
            if (d.outcome() != IngestResult.Outcome.DUPLICATE) {
                entry = new Pending.Entry(id, d.story(), d.original(), profileDay, signature, compact, keys);
                pending.add(entry);
            }
        } catch (IOException e) {
            throw readFailure(e);
        } finally {
            decisions.unlock();
        }
        if (d.outcome() == IngestResult.Outcome.DUPLICATE) {
            return new IngestResult(Ids.hex(d.id()), d.outcome(), null, Ids.hex(d.story()), null);
        }
        Schema.decide(doc, id, d.story(), d.original());
        try {
            // an add, not an update by id: the decision found no live article with this id, and an update's
            // delete term would cost a dictionary seek in every segment when the writer applies it
            writer.addDocument(doc);
            entry.indexed();
            if (errorsStored) {
                // the same input failed before: its error record goes now that it succeeded
                writer.deleteDocuments(new Term(Schema.KEY, Keys.id(Ids.error(article.input()))));
            }
        } catch (IOException | AlreadyClosedException e) {
            decisions.lock();
            try {
                pending.remove(entry);
            } finally {
                decisions.unlock();
            }
            throw writeFailure(e);
        }
        afterWrite();
        return new IngestResult(Ids.hex(id), d.outcome(), d.original() == 0 ? null : Ids.hex(d.original()),
                Ids.hex(d.story()), null);
    }

    /** Exact copy, near-duplicate or new, and its story: against the index and the pending table. */
    private Decision decide(long id, String hash, Signature signature, List<BytesRef> bands, CompactProfile profile,
                            List<BytesRef> storyLookups) throws IOException {
        BytesRef idKey = Keys.id(id);
        BytesRef hashKey = Keys.textHash(hash);
        for (BytesRef k : List.of(idKey, hashKey)) {
            for (Pending.Entry e : pending.get(k)) {
                return new Decision(IngestResult.Outcome.DUPLICATE, e.id, e.story, 0);
            }
        }
        IndexSearcher s = searchers.acquire();
        try {
            IndexReader r = s.getIndexReader();
            List<BytesRef> all = new ArrayList<>(2 + bands.size() + storyLookups.size());
            all.add(idKey);
            all.add(hashKey);
            all.addAll(bands);
            all.addAll(storyLookups);
            Map<BytesRef, int[]> found = Lookup.find(r, all, POSTINGS_CAP);
            int[] exact = found.containsKey(idKey) ? found.get(idKey) : found.get(hashKey);
            if (exact != null) {
                Lookup.Info i = Lookup.info(r, new int[] {exact[0]}).get(0);
                return new Decision(IngestResult.Outcome.DUPLICATE, i.id(), i.story(), 0);
            }
            Decision near = nearDuplicate(r, found, signature, bands);
            if (near != null) {
                return near;
            }
            return new Decision(IngestResult.Outcome.NEW, id, story(r, found, id, profile, storyLookups), 0);
        } finally {
            searchers.release(s);
        }
    }

    private Decision nearDuplicate(IndexReader r, Map<BytesRef, int[]> found, Signature signature,
                                   List<BytesRef> bands) throws IOException {
        if (signature == null) {
            return null;
        }
        double bestSimilarity = -1;
        Pending.Entry bestEntry = null;
        int bestDoc = -1;
        long visit = pending.visit();
        for (BytesRef band : bands) {
            for (Pending.Entry e : pending.get(band)) {
                if (e.signature != null && Pending.meet(e, visit)
                        && e.signature.size() == signature.size()) {
                    double sim = signature.similarity(e.signature);
                    if (sim > bestSimilarity) {
                        bestSimilarity = sim;
                        bestEntry = e;
                    }
                }
            }
        }
        int[] docs = top(found, bands, SIMILARITY_CANDIDATES);
        if (docs.length > 0) {
            Map<Integer, BytesRef> signatures = Lookup.binary(r, docs, Schema.SIGNATURE);
            for (int doc : docs) {
                BytesRef bytes = signatures.get(doc);
                if (bytes == null || bytes.length != 2 * signature.size()) {
                    continue;
                }
                double sim = signature.similarity(Schema.signature(bytes));
                if (sim > bestSimilarity) {
                    bestSimilarity = sim;
                    bestDoc = doc;
                    bestEntry = null;
                }
            }
        }
        if (bestSimilarity < options.nearDuplicateSimilarity()) {
            return null;
        }
        if (bestEntry != null) {
            long original = bestEntry.original != 0 ? bestEntry.original : bestEntry.id;
            return new Decision(IngestResult.Outcome.NEAR_DUPLICATE, 0, bestEntry.story, original);
        }
        Lookup.Info i = Lookup.info(r, new int[] {bestDoc}).get(0);
        long original = i.original() != 0 ? i.original() : i.id();
        return new Decision(IngestResult.Outcome.NEAR_DUPLICATE, 0, i.story(), original);
    }

    /**
     * The story of a new article: the best-scoring earlier article's within the window, else its own. Only a
     * candidate reaching the story threshold can be chosen, so those that surely do not are scored no further.
     */
    private long story(IndexReader r, Map<BytesRef, int[]> found, long id, CompactProfile profile,
                       List<BytesRef> storyLookups) throws IOException {
        if (storyLookups.isEmpty()) {
            return id;
        }
        double best = -1;
        long bestStory = id;
        long visit = pending.visit();
        long profileDay = profile.day();
        List<Pending.Entry> met = new ArrayList<>();
        for (BytesRef k : storyLookups) {
            for (Pending.Entry e : pending.get(k)) {
                // an entry with no day or beyond the window scores 0 and cannot win: it is not a candidate
                if (e.day != Long.MIN_VALUE && Math.abs(e.day - profileDay) <= options.storyWindowDays()
                        && Pending.meet(e, visit)) {
                    met.add(e);
                }
            }
        }
        for (Pending.Entry e : Pending.top(met, STORY_CANDIDATES)) {
            double score = matcher.score(profile, e.profile, options.storySimilarity());
            if (score > best) {
                best = score;
                bestStory = e.story;
            }
        }
        int[] docs = top(found, storyLookups, STORY_CANDIDATES);
        if (docs.length > 0) {
            Map<Integer, BytesRef> profiles = Lookup.binary(r, docs, Schema.PROFILE);
            List<Lookup.Info> infos = Lookup.info(r, docs);
            for (Lookup.Info info : infos) {
                BytesRef bytes = profiles.get(info.doc());
                if (bytes == null) {
                    continue;
                }
                double score = matcher.score(profile,
                        CompactProfile.fromBytes(bytes.bytes, bytes.offset, bytes.length), options.storySimilarity());
                if (score > best) {
                    best = score;
                    bestStory = info.story();
                }
            }
        }
        return best >= options.storySimilarity() ? bestStory : id;
    }

    /**
     * The documents holding most of these keys (of equal ones the newest), at most {@code n}; ascending doc ids.
     * All postings of the keys go into one sorted array, where a document's run is the number of keys it holds: a
     * common story key brings up to {@value #POSTINGS_CAP} documents, too many for a map of boxed counts.
     */
    private static int[] top(Map<BytesRef, int[]> found, List<BytesRef> keys, int n) {
        List<int[]> lists = new ArrayList<>();
        int total = 0;
        for (BytesRef k : new HashSet<>(keys)) {
            int[] docs = found.get(k);
            if (docs != null) {
                lists.add(docs);
                total += docs.length;
            }
        }
        int[] all = new int[total];
        int at = 0;
        for (int[] docs : lists) {
            System.arraycopy(docs, 0, all, at, docs.length);
            at += docs.length;
        }
        Arrays.sort(all);
        int[] bestDoc = new int[n];
        int[] bestCount = new int[n];
        int size = 0;
        // newest first, so that of equal counts the one met first (the newer) stays ahead
        for (int i = total - 1; i >= 0; ) {
            int doc = all[i];
            int j = i;
            while (j >= 0 && all[j] == doc) {
                j--;
            }
            int count = i - j;
            i = j;
            if (size == n && count <= bestCount[n - 1]) {
                continue;
            }
            int slot = size < n ? size++ : n - 1;
            while (slot > 0 && bestCount[slot - 1] < count) {
                bestDoc[slot] = bestDoc[slot - 1];
                bestCount[slot] = bestCount[slot - 1];
                slot--;
            }
            bestDoc[slot] = doc;
            bestCount[slot] = count;
        }
        int[] out = Arrays.copyOf(bestDoc, size);
        Arrays.sort(out);
        return out;
    }

    private IngestResult ingestError(Analysis a) {
        Article article = a.article();
        long id = Ids.error(article.input());
        String code = article.errorCode() == null ? "error" : article.errorCode();
        String message = article.error() == null ? "the article failed without a message" : article.error();
        try {
            writer.updateDocument(new Term(Schema.KEY, Keys.id(id)),
                    Schema.error(id, article.input(), article.url(), code, message, System.currentTimeMillis()));
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailure(e);
        }
        errorsStored = true;
        afterWrite();
        return new IngestResult(Ids.hex(id), IngestResult.Outcome.ERROR, null, null, code + ": " + message);
    }

    /**
     * Commits every {@code commitEvery} records, or at the first record {@code commitSeconds} after the last commit.
     * The ingest path itself refreshes the searcher only when the pending table grows large: each refresh flushes a
     * small segment, and every segment costs each later look-up a seek.
     */
    private void afterWrite() {
        long n = written.incrementAndGet();
        if (n % options.commitEvery() == 0
                || System.nanoTime() - committed > options.commitSeconds() * 1_000_000_000L) {
            commit();
        } else if (pending.size() > PENDING_MAX) {
            refresh(false);
        }
    }

    /**
     * Makes everything ingested so far durable: once this returns, a crash loses none of it. Searches see it
     * from now on. A read-only store only looks for what its writer committed.
     *
     * @throws WartaIOException when the index cannot be written
     */
    public void commit() {
        ensureOpen();
        if (writer != null) {
            try {
                synchronized (commits) {
                    writer.commit();
                    committed = System.nanoTime();
                }
            } catch (IOException | AlreadyClosedException e) {
                throw writeFailure(e);
            }
        }
        refresh(true);
    }

    /**
     * Opens a new searcher when the current one is stale; with {@code wait}, always, waiting for the decision
     * lock; else only when no ingest decision holds it (the next one refreshes).
     */
    private void refresh(boolean wait) {
        if (writer == null) {
            try {
                searchers.maybeRefresh();
                refreshed = System.nanoTime();
            } catch (IOException e) {
                throw readFailure(e);
            }
            return;
        }
        if (wait) {
            decisions.lock();
        } else if (!decisions.tryLock()) {
            return;
        }
        try {
            List<Pending.Entry> visible = pending.indexed();
            searchers.maybeRefreshBlocking();
            pending.removeAll(visible);
            refreshed = System.nanoTime();
        } catch (IOException | AlreadyClosedException e) {
            throw writeFailure(e);
        } finally {
            decisions.unlock();
        }
    }

    /** Refreshes when an article with one of these keys was ingested since the last refresh: read your writes. */
    private void refreshIfPending(BytesRef... keys) {
        if (writer == null) {
            refreshIfStale();
            return;
        }
        boolean found = false;
        decisions.lock();
        try {
            for (BytesRef k : keys) {
                found |= !pending.get(k).isEmpty();
            }
        } finally {
            decisions.unlock();
        }
        if (found) {
            refresh(true);
        } else {
            refreshIfStale();
        }
    }

    /**
     * Refreshes a searcher older than a second, waiting for the decision lock (under a steady ingest a try would
     * seldom get it); one thread refreshes, the others go on with the current searcher.
     */
    private void refreshIfStale() {
        if (System.nanoTime() - refreshed > REFRESH_NANOS && refreshing.compareAndSet(false, true)) {
            try {
                refresh(true);
            } finally {
                refreshing.set(false);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /** What the store holds. */
    public StoreStats stats() {
        ensureOpen();
        refreshIfStale();
        IndexSearcher s = acquire();
        try {
            long articles = s.count(new TermQuery(new Term(Schema.KIND, Schema.ARTICLE)));
            long dups = s.count(new TermQuery(new Term(Schema.FLAG, Schema.DUP)));
            long stories = s.count(new TermQuery(new Term(Schema.FLAG, Schema.ROOT)));
            long errors = s.count(new TermQuery(new Term(Schema.KIND, Schema.ERROR)));
            long events = 0;
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                NumericDocValues counts = DocValues.getNumeric(ctx.reader(), Schema.EVENTS);
                Bits live = ctx.reader().getLiveDocs();
                for (int d = counts.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = counts.nextDoc()) {
                    if (live == null || live.get(d)) {
                        events += counts.longValue();
                    }
                }
            }
            long bytes = 0;
            for (String file : directory.listAll()) {
                try {
                    bytes += directory.fileLength(file);
                } catch (IOException e) {
                    // a file merged away between the listing and now
                }
            }
            return new StoreStats(articles, dups, stories, events, errors, bytes);
        } catch (IOException e) {
            throw readFailure(e);
        } finally {
            release(s);
        }
    }

    /**
     * Searches the articles: the query text in title and text (each language with its own analysis), the filters,
     * the page of hits asked for (best first; newest first when there is no text), and the facet counts over all
     * matches.
     *
     * @throws StoreException BAD_QUERY when the text does not parse, with what is wrong in words
     */
    public SearchResult search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        ensureOpen();
        Query text = Queries.text(query.text());
        Query q = Queries.of(query, text);
        refreshIfStale();
        searchSlots.acquireUninterruptibly();
        IndexSearcher s;
        try {
            s = acquire();
        } catch (RuntimeException e) {
            searchSlots.release();
            throw e;
        }
        try {
            int n = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1L, (long) query.offset() + query.limit()));
            n = Math.min(n, Math.max(1, s.getIndexReader().maxDoc()));
            boolean everything = text == null && query.withText(null).withOffset(0).withLimit(0)
                    .equals(SearchQuery.all().withLimit(0));
            TopDocs top;
            long total;
            Map<String, List<SearchResult.FacetCount>> facets;
            if (everything) {
                // every article matches: the counts are the searcher's, and the newest come from the day points
                facets = everything((FacetSearcher) s);
                top = s.search(q, n, NEWEST);
                total = s.count(q);
            } else {
                // two passes: the facets visit every match but need no score; the page, alone, lets Lucene skip
                // the matches that cannot make it (block-max WAND by score, the day points when newest first),
                // where one pass collecting both scored every match
                FacetsCollector fc = s.search(q, new FacetsCollectorManager());
                top = text != null ? s.search(q, n) : s.search(q, n, NEWEST);
                total = 0;
                for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
                    total += m.totalHits;
                }
                facets = count((FacetSearcher) s, fc);
            }
            List<SearchHit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            // one stored-fields reader for the page: it keeps the block it last decompressed
            StoredFields stored = s.getIndexReader().storedFields();
            Map<String, Set<String>> terms = new HashMap<>(4);
            for (int i = query.offset(); i < docs.length && hits.size() < query.limit(); i++) {
                hits.add(hit(s.getIndexReader(), stored, terms, docs[i].doc, text == null ? 0f : docs[i].score,
                        text));
            }
            return new SearchResult(total, hits, facets);
        } catch (IndexSearcher.TooManyClauses e) {
            throw Queries.bad(query.text(), "it expands to too many terms (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw readFailure(e);
        } finally {
            release(s);
            searchSlots.release();
        }
    }

    /** A hit of a page; {@code terms} caches the query's terms per language over the page. */
    private static SearchHit hit(IndexReader r, StoredFields stored, Map<String, Set<String>> terms, int doc,
                                 float score, Query text) throws IOException {
        BytesRef json = stored.document(doc, HIT_FIELDS).getBinaryValue(Schema.JSON);
        HitRecord h = HitRecord.read(json.bytes, json.offset, json.length);
        Lookup.Info info = Lookup.info(r, new int[] {doc}).get(0);
        Set<String> words = terms.computeIfAbsent(h.language(), lang -> Snippets.terms(text, lang));
        return new SearchHit(Ids.hex(info.id()), h.title(), h.url(), h.site(), h.published(), h.language(),
                Ids.hex(info.story()), score, Snippets.of(h.text(), h.language(), words), h.events());
    }

    private static final Set<String> HIT_FIELDS = Set.of(Schema.JSON);

    /** The facet counts over every article, counted once per searcher. */
    private static Map<String, List<SearchResult.FacetCount>> everything(FacetSearcher searcher) throws IOException {
        Map<String, List<SearchResult.FacetCount>> everything = searcher.everything;
        if (everything == null) {
            synchronized (searcher) {
                everything = searcher.everything;
                if (everything == null) {
                    everything = count(searcher, null);
                    searcher.everything = everything;
                }
            }
        }
        return everything;
    }

    /** The facet counts of the collected matches; with no collector, of every article. */
    private static Map<String, List<SearchResult.FacetCount>> count(FacetSearcher searcher, FacetsCollector fc)
            throws IOException {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = searcher.facets();
        if (state == null) {
            SearchResult.FACETS.forEach(dim -> out.put(dim, List.of()));
        } else if (fc != null) {
            FacetOrdinals ordinals = searcher.ordinals();
            int[] counts = ordinals.count(fc.getMatchingDocs());
            for (String dim : SearchResult.FACETS) {
                out.put(dim, ordinals.top(counts, dim, FACET_VALUES));
            }
        } else {
            // every article, counted straight over the doc values (once per searcher)
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state);
            for (String dim : SearchResult.FACETS) {
                List<SearchResult.FacetCount> values = new ArrayList<>();
                FacetResult result = null;
                try {
                    result = counts.getTopChildren(FACET_VALUES, dim);
                } catch (IllegalArgumentException e) {
                    // the dimension has no value in this index yet
                }
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                    }
                }
                out.put(dim, List.copyOf(values));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** The article with this id, as stored. */
    public Optional<StoredArticle> article(String id) {
        Objects.requireNonNull(id, "id");
        ensureOpen();
        OptionalLong value = Ids.parse(id);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        refreshIfPending(Keys.id(value.getAsLong()));
        IndexSearcher s = acquire();
        try {
            TopDocs top = s.search(articles(new TermQuery(new Term(Schema.KEY, Keys.id(value.getAsLong())))), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(load(s.getIndexReader(), top.scoreDocs[0].doc));
        } catch (IOException e) {
            throw readFailure(e);
        } finally {
            release(s);
        }
    }

    /** The story with this id (the id of the article that started it), with its articles and merged events. */
    public Optional<Story> story(String id) {
        Objects.requireNonNull(id, "id");
        ensureOpen();
        OptionalLong value = Ids.parse(id);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        refreshIfPending(Keys.id(value.getAsLong()), Keys.story(value.getAsLong()));
        IndexSearcher s = acquire();
        try {
            return story(s, value.getAsLong());
        } catch (IOException e) {
            throw readFailure(e);
        } finally {
            release(s);
        }
    }

    private Optional<Story> story(IndexSearcher s, long id) throws IOException {
        BooleanQuery.Builder members = new BooleanQuery.Builder();
        members.add(new TermQuery(new Term(Schema.KEY, Keys.id(id))), BooleanClause.Occur.SHOULD);
        members.add(new TermQuery(new Term(Schema.KEY, Keys.story(id))), BooleanClause.Occur.SHOULD);
        int[] docs = matches(s, articles(members.build()));
        List<StoredArticle> articles = new ArrayList<>(docs.length);
        boolean started = false;
        for (int doc : docs) {
            StoredArticle a = load(s.getIndexReader(), doc);
            if (a.story().equals(Ids.hex(id))) {
                articles.add(a);
                started |= a.id().equals(a.story());
            }
        }
        if (!started) {
            return Optional.empty();
        }
        articles.sort(Comparator.comparing((StoredArticle a) -> published(a),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoredArticle::ingested, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(StoredArticle::id));
        return Optional.of(build(Ids.hex(id), articles));
    }

    private static Instant published(StoredArticle a) {
        OffsetDateTime p = a.analysis().article().published();
        return p == null ? null : p.toInstant();
    }

    /**
     * The story of these articles (earliest first, the first its founder): its dates, sites and merged events. Public
     * for the Spark job, which builds its stories as the store does.
     */
    public static Story build(String id, List<StoredArticle> articles) {
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        Set<String> sites = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        List<StoryEvents.ArticleEvent> events = new ArrayList<>();
        for (StoredArticle a : articles) {
            Article article = a.analysis().article();
            ids.add(a.id());
            OffsetDateTime p = article.published();
            if (p != null) {
                first = first == null || p.isBefore(first) ? p : first;
                last = last == null || p.isAfter(last) ? p : last;
            }
            String site = article.site() != null && !article.site().isBlank() ? article.site().strip()
                    : Schema.host(article.url());
            if (site != null) {
                sites.add(site);
            }
            for (Event e : a.analysis().events()) {
                events.add(new StoryEvents.ArticleEvent(a.id(), e));
            }
        }
        String title = articles.get(0).analysis().article().title();
        return new Story(id, title, first, last, ids, List.copyOf(sites), StoryEvents.merge(id, events));
    }

    /**
     * Every article matching the filter (its offset and limit ignored), by publication day (undated last), then
     * in index order. For exports: articles are read one at a time.
     */
    public void articles(SearchQuery filter, Consumer<StoredArticle> sink) {
        Objects.requireNonNull(sink, "sink");
        eachMatch(filter, (s, doc) -> sink.accept(load(s.getIndexReader(), doc)));
    }

    /**
     * Every story with an article matching the filter, once, in the order of its first matching article (as
     * {@link #articles}), with all its articles and merged events.
     */
    public void stories(SearchQuery filter, Consumer<Story> sink) {
        Objects.requireNonNull(sink, "sink");
        Set<Long> seen = new HashSet<>();
        eachMatch(filter, (s, doc) -> {
            long story = Lookup.info(s.getIndexReader(), new int[] {doc}).get(0).story();
            if (seen.add(story)) {
                story(s, story).ifPresent(sink);
            }
        });
    }

    /** What {@link #eachMatch} does with each matching article. */
    private interface MatchVisitor {
        void visit(IndexSearcher searcher, int doc) throws IOException;
    }

    /** Visits every article matching the filter in {@link #articles}' order, on one searcher held throughout. */
    private void eachMatch(SearchQuery filter, MatchVisitor visitor) {
        Objects.requireNonNull(filter, "filter");
        ensureOpen();
        Query q = Queries.of(filter, Queries.text(filter.text()));
        refreshIfStale();
        IndexSearcher s = acquire();
        try {
            for (int doc : ordered(s, q)) {
                visitor.visit(s, doc);
            }
        } catch (IOException e) {
            throw readFailure(e);
        } finally {
            release(s);
        }
    }

    /**
     * The story-level events of every story with an article matching the filter: each happening once, however
     * many of the story's articles report it or match. When the filter names a country or an event type, only the
     * events with it are given.
     */
    public void events(SearchQuery filter, Consumer<StoryEvent> sink) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sink, "sink");
        stories(filter, story -> {
            for (StoryEvent e : story.events()) {
                if (matches(e.event(), filter)) {
                    sink.accept(e);
                }
            }
        });
    }

    private static boolean matches(Event e, SearchQuery filter) {
        if (filter.type() != null && !filter.type().isBlank() && !e.type().equalsIgnoreCase(filter.type().strip())) {
            return false;
        }
        if (filter.country() == null || filter.country().isBlank()) {
            return true;
        }
        String c = filter.country().strip();
        return country(e.actor(), c) || country(e.target(), c)
                || e.location() != null && c.equalsIgnoreCase(e.location().country());
    }

    private static boolean country(Actor actor, String c) {
        return actor != null && c.equalsIgnoreCase(actor.country());
    }

    /** Every error record, by input name. */
    public void errors(Consumer<StoredError> sink) {
        Objects.requireNonNull(sink, "sink");
        ensureOpen();
        refreshIfStale();
        IndexSearcher s = acquire();
        try {
            List<StoredError> errors = new ArrayList<>();
            for (int doc : matches(s, new TermQuery(new Term(Schema.KIND, Schema.ERROR)))) {
                Document d = s.getIndexReader().storedFields().document(doc);
                errors.add(new StoredError(Ids.hex(d.getField(Schema.ERROR_ID).numericValue().longValue()),
                        d.get(Schema.INPUT), d.get(Schema.URL), d.get(Schema.CODE), d.get(Schema.MESSAGE),
                        Instant.ofEpochMilli(d.getField(Schema.INGESTED).numericValue().longValue())));
            }
            errors.sort(Comparator.comparing(StoredError::input).thenComparing(StoredError::id));
            errors.forEach(sink);
        } catch (IOException e) {
            throw readFailure(e);
        } finally {
            release(s);
        }
    }

    private static Query articles(Query q) {
        return new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Schema.KIND, Schema.ARTICLE)), BooleanClause.Occur.FILTER)
                .build();
    }

    /** The live documents matching a query, ascending global doc ids. */
    private static int[] matches(IndexSearcher s, Query q) throws IOException {
        int[] out = new int[16];
        int n = 0;
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(ctx);
            if (scorer == null) {
                continue;
            }
            Bits live = ctx.reader().getLiveDocs();
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live == null || live.get(d)) {
                    out = ArrayUtil.grow(out, n + 1);
                    out[n++] = ctx.docBase + d;
                }
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** The live documents matching a query by publication day (undated last), then global doc id. */
    private static int[] ordered(IndexSearcher s, Query q) throws IOException {
        long[] keys = new long[16];
        int n = 0;
        Weight w = s.createWeight(s.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(ctx);
            if (scorer == null) {
                continue;
            }
            Bits live = ctx.reader().getLiveDocs();
            NumericDocValues days = DocValues.getNumeric(ctx.reader(), Schema.DAY);
            DocIdSetIterator it = scorer.iterator();
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live == null || live.get(d)) {
                    // the day biased to stay positive in 31 bits (years 1 to 5,800,000), undated after all
                    long day = days.advanceExact(d) ? Math.max(0, Math.min(days.longValue() + (1L << 30),
                            Integer.MAX_VALUE - 1)) : Integer.MAX_VALUE;
                    keys = ArrayUtil.grow(keys, n + 1);
                    keys[n++] = (day << 32) | (ctx.docBase + d);
                }
            }
        }
        Arrays.sort(keys, 0, n);
        int[] docs = new int[n];
        for (int i = 0; i < n; i++) {
            docs[i] = (int) keys[i];
        }
        return docs;
    }

    private StoredArticle load(IndexReader r, int doc) throws IOException {
        Document d = r.storedFields().document(doc, Set.of(Schema.JSON, Schema.INGESTED));
        BytesRef json = d.getBinaryValue(Schema.JSON);
        Lookup.Info info = Lookup.info(r, new int[] {doc}).get(0);
        Analysis analysis = Json.readAnalysis(new String(json.bytes, json.offset, json.length,
                StandardCharsets.UTF_8));
        return new StoredArticle(Ids.hex(info.id()), analysis, info.original() == 0 ? null : Ids.hex(info.original()),
                Ids.hex(info.story()), Instant.ofEpochMilli(d.getField(Schema.INGESTED).numericValue().longValue()));
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw readFailure(e);
        } catch (AlreadyClosedException e) {
            throw new IllegalStateException("the store at " + dir + " is closed", e);
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw readFailure(e);
        }
    }

    // ---------------------------------------------------------------------------------------------------- closing

    /**
     * Commits what was ingested and releases the write lock; call it once the ingesting threads are done (an
     * ingest still running fails). Closing twice does nothing.
     *
     * @throws WartaIOException when the last commit fails (a full disk); the lock is released all the same and
     *                          the store reopens with what was committed before
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        decisions.lock();
        try {
            closed = true;
        } finally {
            decisions.unlock();
        }
        Exception failure = null;
        if (writer != null) {
            try {
                synchronized (commits) {
                    writer.commit();
                }
            } catch (IOException | AlreadyClosedException e) {
                failure = e;
            }
        }
        try {
            searchers.close();
        } catch (IOException | RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        try {
            if (writer != null) {
                if (failure == null) {
                    writer.close();
                } else {
                    writer.rollback();
                }
            }
        } catch (IOException | RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        try {
            directory.close();
        } catch (IOException | RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        if (failure != null) {
            throw writeFailure(failure);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the store at " + dir + " is closed");
        }
    }

    /** A failed write in words: what the disk said, and what the store still holds. */
    private WartaIOException writeFailure(Exception e) {
        Throwable cause = e;
        if (e instanceof AlreadyClosedException && writer != null && writer.getTragicException() != null) {
            cause = writer.getTragicException();
        }
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        IOException io = cause instanceof IOException x ? x : new IOException(what, cause);
        return new WartaIOException("cannot write to the Warta store at " + dir + ": " + what
                + "; the store keeps every article committed before (run the ingest again once this is fixed: "
                + "it adds only what is missing)", io);
    }

    private WartaIOException readFailure(IOException e) {
        return new WartaIOException("cannot read the Warta store at " + dir + ": " + e.getMessage(), e);
    }

    @Override
    public String toString() {
        return "WartaStore[" + dir + (writer == null ? ", read-only" : "") + "]";
    }

    /** The store's directory. */
    public Path directory() {
        return dir;
    }

    /** The options it was opened with. */
    public StoreOptions options() {
        return options;
    }
}
