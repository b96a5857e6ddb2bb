package id.warta.store;

/**
 * Every tunable of the store, with its default. Immutable; change one with its {@code with...} method.
 *
 * @param readOnly                  open for searching only: no write lock is taken, nothing is written
 * @param ramBufferMb               Lucene's indexing buffer before a flush to disk (default 64 MB)
 * @param commitEvery               articles between two automatic commits during an ingest (default 10,000,
 *                                  half a minute of a whole ingest on two cores): an article is durable once a
 *                                  commit after it returned, so a crash loses at most this many, which a re-run
 *                                  adds again. Each commit flushes a segment that later merges rewrite and every
 *                                  look-up seeks: at 150,000 articles, commits every 2,000 cost the store 14% more
 *                                  CPU than every 10,000 ({@code StoreScale})
 * @param commitSeconds             seconds after a commit from which the next ingested record commits however
 *                                  few came since (default 60): a slow feed is durable within about a minute
 * @param shingleWords              words per shingle for near-duplicate signatures (default 4)
 * @param minHashes                 MinHash values per signature (default 120)
 * @param lshBands                  locality-sensitive hashing bands the signature is cut into (default 40; with
 *                                  120 hashes, 3 rows a band: a pair of similarity 0.35 shares a band with
 *                                  probability 0.82, 0.5 with 0.99, 0.1 with 0.04)
 * @param nearDuplicateSimilarity   estimated Jaccard similarity of shingles from which an article is a copy or a
 *                                  light rewrite of an earlier one (default 0.35). The defaults give precision
 *                                  0.9997 and recall 0.991 on 20,000 generated articles, 0.9999 and 0.989 on
 *                                  50,000 ({@code id.warta.store.eval.NearDuplicateEvaluator}), where one light
 *                                  rewrite in twenty lies below 0.41 and no look-alike above 0.33
 * @param storyWindowDays           days apart two articles may be published and still report one happening
 *                                  (default 3)
 * @param storySimilarity           score from which an article joins an earlier article's story (default 0.5;
 *                                  see {@link id.warta.store.story})
 * @param maxStoredChars            characters of article text stored and indexed (default 1 MiB, the analysis
 *                                  limit); the rest is cut and the record says so
 * @param searchThreads             searches run at once (default: the number of processors); the others wait their
 *                                  turn. A search sharing the cores with more searches than there are takes that
 *                                  many times longer, so running them in turn finishes the long ones sooner (at a
 *                                  million articles, eight searchers on two cores: p99 88 ms, against 151 ms when
 *                                  all ran at once; 12% fewer searches a second)
 */
public record StoreOptions(boolean readOnly, int ramBufferMb, int commitEvery, int commitSeconds, int shingleWords,
                           int minHashes, int lshBands, double nearDuplicateSimilarity, int storyWindowDays,
                           double storySimilarity, int maxStoredChars, int searchThreads) {

    public static final StoreOptions DEFAULTS = new StoreOptions(false, 64, 10_000, 60, 4, 120, 40, 0.35, 3, 0.5,
            1 << 20, Runtime.getRuntime().availableProcessors());

    public StoreOptions {
        positive("ramBufferMb", ramBufferMb);
        positive("commitEvery", commitEvery);
        positive("commitSeconds", commitSeconds);
        positive("shingleWords", shingleWords);
        positive("minHashes", minHashes);
        positive("lshBands", lshBands);
        positive("maxStoredChars", maxStoredChars);
        positive("searchThreads", searchThreads);
        if (storyWindowDays < 0) {
            throw new IllegalArgumentException("storyWindowDays must not be negative: " + storyWindowDays);
        }
        if (minHashes % lshBands != 0) {
            throw new IllegalArgumentException("minHashes (" + minHashes + ") must be a multiple of lshBands ("
                    + lshBands + ")");
        }
        unit("nearDuplicateSimilarity", nearDuplicateSimilarity);
        unit("storySimilarity", storySimilarity);
    }

    public StoreOptions withReadOnly(boolean value) {
        return new StoreOptions(value, ramBufferMb, commitEvery, commitSeconds, shingleWords, minHashes, lshBands,
                nearDuplicateSimilarity, storyWindowDays, storySimilarity, maxStoredChars, searchThreads);
    }

    public StoreOptions withRamBufferMb(int value) {
        return new StoreOptions(readOnly, value, commitEvery, commitSeconds, shingleWords, minHashes, lshBands,
                nearDuplicateSimilarity, storyWindowDays, storySimilarity, maxStoredChars, searchThreads);
    }

    public StoreOptions withCommitEvery(int value) {
        return new StoreOptions(readOnly, ramBufferMb, value, commitSeconds, shingleWords, minHashes, lshBands,
                nearDuplicateSimilarity, storyWindowDays, storySimilarity, maxStoredChars, searchThreads);
    }

    public StoreOptions withCommitSeconds(int value) {
        return new StoreOptions(readOnly, ramBufferMb, commitEvery, value, shingleWords, minHashes, lshBands,
                nearDuplicateSimilarity, storyWindowDays, storySimilarity, maxStoredChars, searchThreads);
    }

    public StoreOptions withNearDuplicateSimilarity(double value) {
        return new StoreOptions(readOnly, ramBufferMb, commitEvery, commitSeconds, shingleWords, minHashes, lshBands,
                value, storyWindowDays, storySimilarity, maxStoredChars, searchThreads);
    }

    public StoreOptions withStoryWindowDays(int value) {
        return new StoreOptions(readOnly, ramBufferMb, commitEvery, commitSeconds, shingleWords, minHashes, lshBands,
                nearDuplicateSimilarity, value, storySimilarity, maxStoredChars, searchThreads);
    }

    public StoreOptions withStorySimilarity(double value) {
        return new StoreOptions(readOnly, ramBufferMb, commitEvery, commitSeconds, shingleWords, minHashes, lshBands,
                nearDuplicateSimilarity, storyWindowDays, value, maxStoredChars, searchThreads);
    }

    public StoreOptions withMaxStoredChars(int value) {
        return new StoreOptions(readOnly, ramBufferMb, commitEvery, commitSeconds, shingleWords, minHashes, lshBands,
                nearDuplicateSimilarity, storyWindowDays, storySimilarity, value, searchThreads);
    }

    public StoreOptions withSearchThreads(int value) {
        return new StoreOptions(readOnly, ramBufferMb, commitEvery, commitSeconds, shingleWords, minHashes, lshBands,
                nearDuplicateSimilarity, storyWindowDays, storySimilarity, maxStoredChars, value);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void unit(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in (0, 1]: " + value);
        }
    }
}
