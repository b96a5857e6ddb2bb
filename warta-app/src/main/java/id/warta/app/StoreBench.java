package id.warta.app;

import id.warta.Warta;
import id.warta.model.Analysis;
import id.warta.store.IngestResult;
import id.warta.store.SearchQuery;
import id.warta.store.SearchResult;
import id.warta.store.StoreStats;
import id.warta.store.WartaStore;
import id.warta.store.eval.GeneratedArticle;
import id.warta.store.eval.GeneratedCorpus;
import id.warta.store.index.Marker;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code warta bench store}: the scale benchmark of the store, on generated Indonesian news
 * ({@link GeneratedCorpus}: PANL-BPPT sentences, invented titles, sites and dates, a share of syndicated copies,
 * rewrites and reposts). Batches are analysed on N threads, then stored on one thread, each phase timed apart, so
 * one run gives the throughput of the whole ingest, of the store alone, and their ratio, after a warm-up ingest
 * and with the JIT's compiling apart (a short run otherwise measures mostly the compiler, not the steady state of a
 * long ingest). Then the size of the index on disk, the heap, the store's own near-duplicate decisions against the
 * corpus's truth, and the latency of a fixed mix of searches with filters and facets, on one thread and on eight.
 * Not a test: it reports.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Ingests N generated articles (HTML pages built from the PANL-BPPT *-ID-* sentences, with "
                + "known near-duplicates) into a new store and reports: articles/s of the whole ingest (analysis + "
                + "store) and of the store alone, index bytes per article beyond the stored fields, peak heap after "
                + "GC, the store's near-duplicate precision and recall, and search latency p50/p99 over 1,000 "
                + "queries with filters and facets, single-threaded and with 8 concurrent searchers."})
final class StoreBench implements Callable<Integer> {

    /** Lucene's stored-fields files: the stored records (the analysis JSON, compressed). */
    private static final List<String> STORED = List.of("fdt", "fdx", "fdm");

    @Mixin
    GeneratedArticles generated;

    @Option(names = "--data", paramLabel = "DIR",
            description = "The store's directory, absent or empty (default: a temporary one, deleted afterwards).")
    Path data;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Analysis threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N", description = "Articles analysed, then stored, at a time "
            + "(default: ${DEFAULT-VALUE}).")
    int batch = 500;

    @Option(names = "--queries", paramLabel = "N", description = "Searches in the mix (default: ${DEFAULT-VALUE}).")
    int queries = 1_000;

    @Option(names = "--warmup", paramLabel = "N", description = "Articles analysed and stored into a throw-away "
            + "store before the measured ingest, so that it measures the steady state and not the JIT compiling "
            + "the code, which a long ingest pays once (default: ${DEFAULT-VALUE}; 0: none).")
    int warmup = 1_000;

    @Spec
    CommandSpec spec;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** CPU time of the calling thread, in nanoseconds: the store's own work, without Lucene's merges, the JIT or
     *  the collector, which the process's time includes. */
    private static long threadCpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * CPU time so far of the JVM's own threads, in nanoseconds: [0] the JIT compilers, [1] the garbage collectors
     * (Linux: from /proc/self/task; zeros elsewhere). Threads that ended are not counted.
     */
    private static long[] vmCpu() {
        long[] out = new long[2];
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    int kind = name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? 0
                            : name.startsWith("G1 ") || name.startsWith("GC Thread") ? 1 : -1;
                    if (kind >= 0) {
                        // after the name: state, then 10 fields, then utime and stime in clock ticks (1/100 s)
                        String[] f = stat.substring(close + 2).split(" ");
                        out[kind] += (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
                    }
                } catch (IOException | RuntimeException e) {
                    // a thread that ended while listed
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** CPU time of the whole process, in nanoseconds: every thread's, so phases on N threads compare with one. */
    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    @Override
    public Integer call() throws Exception {
        if (generated.articles < 1 || threads < 1 || batch < 1 || queries < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--articles, --threads, --batch and --queries must be "
                    + "at least 1, --warmup at least 0");
        }
        Path dir = data == null ? Files.createTempDirectory("warta-bench-store") : data;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new ParameterException(spec.commandLine(), "--data " + dir + " is not empty: the "
                            + "benchmark measures a new store");
                }
            }
        }
        GeneratedCorpus corpus = generated.open();
        Warta.analyze("Warta memuat model.", null); // load the models outside the measured time
        warm(corpus);
        try {
            run(dir, corpus);
        } finally {
            if (data == null) {
                delete(dir);
            }
        }
        return 0;
    }

    /** Analyses and stores {@link #warmup} articles into a temporary store, deleted afterwards: JIT warm-up. */
    private void warm(GeneratedCorpus corpus) throws Exception {
        if (warmup == 0) {
            return;
        }
        Path dir = Files.createTempDirectory("warta-bench-warmup");
        try (WartaStore store = WartaStore.open(dir);
             OrderedPipeline<GeneratedArticle, Analysis> analyse = new OrderedPipeline<>(threads,
                     a -> Warta.analyze(a.html(), a.url()))) {
            analyse.run(corpus.iterator(warmup), store::ingest);
            store.commit();
            store.search(SearchQuery.all());
        } finally {
            delete(dir);
        }
        System.gc();
    }

    private void run(Path dir, GeneratedCorpus corpus) throws Exception {
        Ingest ingest = new Ingest();
        List<String> words = new ArrayList<>();
        Random random = new Random(generated.seed);
        try (WartaStore store = WartaStore.open(dir);
             OrderedPipeline<GeneratedArticle, Analysis> analyse = new OrderedPipeline<>(threads,
                     a -> Warta.analyze(a.html(), a.url()))) {
            Iterator<GeneratedArticle> it = corpus.iterator(generated.articles);
            List<GeneratedArticle> pages = new ArrayList<>(batch);
            while (it.hasNext()) {
                pages.clear();
                while (it.hasNext() && pages.size() < batch) {
                    GeneratedArticle a = it.next();
                    pages.add(a);
                    if (random.nextInt(20) == 0) {
                        titleWords(a.title(), words);
                    }
                }
                ingest.batch(store, analyse, pages);
            }
            long t = System.nanoTime();
            long c = cpu();
            long m = threadCpu();
            long[] v = vmCpu();
            store.commit();
            long[] w = vmCpu();
            ingest.storeJit += w[0] - v[0];
            ingest.storeGc += w[1] - v[1];
            ingest.storeNanos += System.nanoTime() - t;
            ingest.storeCpu += cpu() - c;
            ingest.storeThreadCpu += threadCpu() - m;
            report(store, ingest, dir);
            latency(store, mix(store, words, random));
        }
    }

    /** The ingest's timings and decisions. */
    private static final class Ingest {
        long analyseNanos;
        long storeNanos;
        long analyseCpu;
        long storeCpu;
        long storeThreadCpu;
        long analyseJit;
        long storeJit;
        long analyseGc;
        long storeGc;
        long stored;
        long chars;
        long peakHeap;
        long copies;
        long linked;
        long correct;
        final Map<IngestResult.Outcome, Long> outcomes = new HashMap<>();
        /** generated id → the id the store gave it (the original's, for an exact duplicate) */
        final Map<String, String> ids = new HashMap<>();

        void batch(WartaStore store, OrderedPipeline<GeneratedArticle, Analysis> analyse,
                   List<GeneratedArticle> pages) throws Exception {
            List<Analysis> analysed = new ArrayList<>(pages.size());
            long[] v0 = vmCpu();
            long c0 = cpu();
            long t0 = System.nanoTime();
            analyse.run(pages.iterator(), analysed::add);
            long t1 = System.nanoTime();
            long c1 = cpu();
            long[] v1 = vmCpu();
            long m1 = threadCpu();
            List<IngestResult> results = new ArrayList<>(pages.size());
            for (Analysis a : analysed) {
                results.add(store.ingest(a));
            }
            long t2 = System.nanoTime();
            storeThreadCpu += threadCpu() - m1;
            long[] v2 = vmCpu();
            storeJit += v2[0] - v1[0];
            storeGc += v2[1] - v1[1];
            analyseJit += v1[0] - v0[0];
            analyseGc += v1[1] - v0[1];
            analyseNanos += t1 - t0;
            storeNanos += t2 - t1;
            analyseCpu += c1 - c0;
            storeCpu += cpu() - c1;
            for (int i = 0; i < pages.size(); i++) {
                judge(pages.get(i), results.get(i));
                chars += analysed.get(i).article().text().length();
            }
            System.gc(); // the heap that stays, not the garbage between collections
            peakHeap = Math.max(peakHeap, MEMORY.getHeapMemoryUsage().getUsed());
        }

        /**
         * Scores the store's decision against the corpus: a copy is found when the store links it (near-duplicate,
         * or not stored again as a duplicate) to the id it gave the copy's original.
         */
        private void judge(GeneratedArticle page, IngestResult result) {
            outcomes.merge(result.outcome(), 1L, Long::sum);
            ids.put(page.id(), result.id());
            if (result.outcome() != IngestResult.Outcome.ERROR && result.outcome() != IngestResult.Outcome.DUPLICATE) {
                stored++;
            }
            String target = switch (result.outcome()) {
                case NEAR_DUPLICATE -> result.duplicateOf();
                case DUPLICATE -> result.id();
                default -> null;
            };
            if (page.copy()) {
                copies++;
            }
            if (target != null) {
                linked++;
                if (page.copy() && target.equals(ids.get(page.original()))) {
                    correct++;
                }
            }
        }
    }

    private void report(WartaStore store, Ingest ingest, Path dir) throws IOException {
        StoreStats stats = store.stats();
        int articles = generated.articles;
        double analyse = ingest.analyseNanos / 1e9;
        double storeSeconds = ingest.storeNanos / 1e9;
        out("articles: %d generated (%s), %d stored, mean %.0f characters of text; %d analysis threads, "
                        + "batches of %d, max heap %d MB", articles, ingest.outcomes, ingest.stored,
                (double) ingest.chars / articles, threads, batch, Runtime.getRuntime().maxMemory() >> 20);
        out("whole ingest (analysis + store): %.1f articles/s", articles / (analyse + storeSeconds));
        out("  analysis alone: %.1f articles/s on %d threads (%.1f s)", articles / analyse, threads, analyse);
        out("  store alone:    %.1f articles/s on one thread (%.1f s, commits included)", articles / storeSeconds,
                storeSeconds);
        out("  store / analysis time: %.1f%%; CPU time of the process (all threads, Lucene's merges included): "
                + "analysis %.1f s, store %.1f s, store / analysis %.1f%%", 100 * storeSeconds / analyse,
                ingest.analyseCpu / 1e9, ingest.storeCpu / 1e9, 100.0 * ingest.storeCpu / ingest.analyseCpu);
        // the JIT compiles the analysis's code on its own threads, and most of what it queued while the analysis
        // kept both cores busy runs while one thread stores: its time belongs to neither phase's steady state
        double analyseWork = ingest.analyseCpu - ingest.analyseJit;
        out("  of that, the JIT compiling: %.1f s during analysis, %.1f s during the store; the collectors: %.1f s "
                        + "and %.1f s", ingest.analyseJit / 1e9, ingest.storeJit / 1e9, ingest.analyseGc / 1e9,
                ingest.storeGc / 1e9);
        out("  CPU time without the JIT (which a long ingest pays once): analysis %.1f s, store %.1f s (the "
                        + "ingesting thread %.1f s), store / analysis %.1f%% (the ingesting thread alone %.1f%%)",
                analyseWork / 1e9, (ingest.storeCpu - ingest.storeJit) / 1e9, ingest.storeThreadCpu / 1e9,
                100.0 * (ingest.storeCpu - ingest.storeJit) / analyseWork,
                100.0 * ingest.storeThreadCpu / analyseWork);
        long[] bytes = indexBytes(dir.resolve(Marker.INDEX));
        out("index on disk: %d bytes (%s in the directory), %.0f bytes per stored article: stored fields (the "
                        + "analysis records, compressed) %.0f, the rest of the index %.0f",
                bytes[0] + bytes[1], stats.bytesOnDisk(), (double) (bytes[0] + bytes[1]) / ingest.stored,
                (double) bytes[0] / ingest.stored, (double) bytes[1] / ingest.stored);
        out("peak heap after GC: %d MB", ingest.peakHeap >> 20);
        out("near-duplicates against the corpus's truth: %d copies, %d linked, %d to the right original: "
                        + "precision %.3f, recall %.3f", ingest.copies, ingest.linked, ingest.correct,
                ingest.linked == 0 ? 0 : (double) ingest.correct / ingest.linked,
                ingest.copies == 0 ? 0 : (double) ingest.correct / ingest.copies);
        out("store: %d articles, %d near-duplicates, %d stories, %d article-level events", stats.articles(),
                stats.nearDuplicates(), stats.stories(), stats.events());
    }

    /**
     * Bytes of the last commit's files, inside compound files too: [0] the stored fields (what the store keeps of
     * each article to give it back), [1] everything else (postings, doc values, points, facets, norms, vectors).
     */
    private static long[] indexBytes(Path index) throws IOException {
        long[] bytes = new long[2];
        try (Directory d = FSDirectory.open(index)) {
            for (SegmentCommitInfo commit : SegmentInfos.readLatestCommit(d)) {
                SegmentInfo si = commit.info;
                if (si.getUseCompoundFile()) {
                    try (Directory cfs = si.getCodec().compoundFormat().getCompoundReader(d, si, IOContext.READONCE)) {
                        for (String f : cfs.listAll()) {
                            bytes[stored(f) ? 0 : 1] += cfs.fileLength(f);
                        }
                    }
                    for (String f : commit.files()) {
                        if (!f.endsWith(".cfs")) {
                            bytes[1] += d.fileLength(f); // the compound file's entries and the segment's info
                        }
                    }
                } else {
                    for (String f : commit.files()) {
                        bytes[stored(f) ? 0 : 1] += d.fileLength(f);
                    }
                }
            }
        }
        return bytes;
    }

    private static boolean stored(String file) {
        return STORED.contains(file.substring(file.lastIndexOf('.') + 1));
    }

    /** Words of a title worth searching: five letters or more. */
    private static void titleWords(String title, List<String> words) {
        for (String w : title.split("[^\\p{L}]+")) {
            if (w.length() >= 5) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * The fixed mix, from the store's own facet values and words of the titles: a word; a word and an event type;
     * a word, a country and a month; an event type and a site (no text); two words as a phrase-free AND, in
     * Indonesian. Every search counts the facets.
     */
    private List<SearchQuery> mix(WartaStore store, List<String> words, Random random) {
        SearchResult all = store.search(SearchQuery.all().withLimit(0));
        List<String> types = values(all, "type");
        List<String> countries = values(all, "country");
        List<String> sites = values(all, "site");
        List<String> days = values(all, "day");
        if (words.isEmpty()) {
            words.add("indonesia");
        }
        List<SearchQuery> mix = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            String word = words.get(random.nextInt(words.size()));
            SearchQuery q = switch (i % 5) {
                case 0 -> SearchQuery.of(word);
                case 1 -> SearchQuery.of(word).withType(pick(types, random));
                case 2 -> {
                    String day = pick(days, random);
                    LocalDate from = day == null ? null : LocalDate.parse(day).withDayOfMonth(1);
                    yield SearchQuery.of(word).withCountry(pick(countries, random)).withFrom(from)
                            .withTo(from == null ? null : from.plusMonths(1).minusDays(1));
                }
                case 3 -> SearchQuery.all().withType(pick(types, random)).withSite(pick(sites, random));
                default -> SearchQuery.of(word + " AND " + words.get(random.nextInt(words.size())))
                        .withLanguage("id");
            };
            mix.add(q);
        }
        return mix;
    }

    private static List<String> values(SearchResult result, String facet) {
        return result.facets().getOrDefault(facet, List.of()).stream().map(SearchResult.FacetCount::value).toList();
    }

    private static String pick(List<String> values, Random random) {
        return values.isEmpty() ? null : values.get(random.nextInt(values.size()));
    }

    private void latency(WartaStore store, List<SearchQuery> mix) throws Exception {
        for (SearchQuery q : mix) {
            store.search(q); // warm-up: the JIT, the caches, the facet state
        }
        long[] single = new long[mix.size()];
        long hits = 0;
        for (int i = 0; i < mix.size(); i++) {
            long t = System.nanoTime();
            hits += store.search(mix.get(i)).total();
            single[i] = System.nanoTime() - t;
        }
        out("search, one thread, %d queries with filters and facets (mean %.0f hits): p50 %.1f ms, p99 %.1f ms",
                mix.size(), (double) hits / mix.size(), percentile(single, 50), percentile(single, 99));
        int searchers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(searchers);
        try {
            List<Future<long[]>> runs = new ArrayList<>();
            long start = System.nanoTime();
            for (int s = 0; s < searchers; s++) {
                int offset = s * mix.size() / searchers;
                runs.add(pool.submit(() -> {
                    long[] times = new long[mix.size()];
                    for (int i = 0; i < mix.size(); i++) {
                        SearchQuery q = mix.get((offset + i) % mix.size());
                        long t = System.nanoTime();
                        store.search(q);
                        times[i] = System.nanoTime() - t;
                    }
                    return times;
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : runs) {
                all.add(f.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
            out("search, %d concurrent searchers, %d queries each: p50 %.1f ms, p99 %.1f ms, %.0f queries/s",
                    searchers, mix.size(), percentile(merged, 50), percentile(merged, 99), merged.length / seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The p-th percentile of nanosecond times, in milliseconds (nearest rank). */
    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static void out(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
