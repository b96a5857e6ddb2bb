package id.warta.store;

import id.warta.Warta;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Format;
import id.warta.store.eval.GeneratedArticle;
import id.warta.store.eval.GeneratedCorpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A measurement, not a test: the store's own cost per article, its size on disk and its heap as it grows, then
 * search latency. Articles come from the {@link GeneratedCorpus}; the first {@code pool} are analysed by the real
 * pipeline (and timed), the rest reuse a pooled article's entities and events with their own text, URL, site and
 * day, so a million articles can be stored without a million analyses (quantities, times and quotes, whose offsets
 * would not fit the new text, are left out of those).
 *
 * <p>{@code java -cp <test class path> id.warta.store.StoreScale DIR COUNT POOL PANL_DIR [COMMIT_EVERY]}; a COUNT
 * of 0 measures the searches of the store in DIR only; COMMIT_EVERY (default the store's) compares commit
 * intervals, whose flushes and merges are part of the store's cost.
 */
public final class StoreScale {

    private StoreScale() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int pool = Integer.parseInt(args[2]);
        GeneratedCorpus corpus = GeneratedCorpus.open(Path.of(args[3]), 42);
        List<Analysis> donors = new ArrayList<>(pool);
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long processCpu0 = os.getProcessCpuTime();
        long analyseCpu = 0;
        long storeCpu = 0;
        long analyseNanos = 0;
        long storeNanos = 0;
        long windowNanos = 0;
        long windowCpu = 0;
        long textChars = 0;
        int window = 0;
        Map<IngestResult.Outcome, Integer> outcomes = new TreeMap<>();
        StoreOptions options = args.length > 4 ? StoreOptions.DEFAULTS.withCommitEvery(Integer.parseInt(args[4]))
                : StoreOptions.DEFAULTS;
        try (WartaStore store = WartaStore.open(dir, options)) {
            if (count == 0) {
                // searches only, over the store as it is
                latency(store, 1);
                latency(store, 8);
                return;
            }
            Iterator<GeneratedArticle> it = corpus.iterator(count);
            for (int k = 0; it.hasNext(); k++) {
                GeneratedArticle g = it.next();
                Analysis a;
                if (k < pool) {
                    long t0 = System.nanoTime();
                    long c0 = cpu.getCurrentThreadCpuTime();
                    a = Warta.analyze(g.html(), g.url());
                    analyseCpu += cpu.getCurrentThreadCpuTime() - c0;
                    analyseNanos += System.nanoTime() - t0;
                    donors.add(a);
                } else {
                    Analysis donor = donors.get(k % pool);
                    Article article = new Article(g.url(), Article.Status.OK, null, null, Format.HTML, "UTF-8",
                            g.url(), g.site(), "id", g.title(), List.of(), g.published(), null, null, null,
                            List.of(), g.text(), List.of(), List.of());
                    a = new Analysis(article, donor.language(), g.text().length(), donor.entities(), List.of(),
                            List.of(), List.of(), List.of(), donor.events());
                }
                textChars += a.article().text().length();
                long t0 = System.nanoTime();
                long c0 = cpu.getCurrentThreadCpuTime();
                IngestResult r = store.ingest(a);
                long spentCpu = cpu.getCurrentThreadCpuTime() - c0;
                storeCpu += spentCpu;
                windowCpu += spentCpu;
                long spent = System.nanoTime() - t0;
                storeNanos += spent;
                windowNanos += spent;
                window++;
                outcomes.merge(r.outcome(), 1, Integer::sum);
                if (k + 1 == pool) {
                    System.out.printf(Locale.ROOT, "analyse: %.2f ms/article (CPU %.2f) over %d; store over them: "
                                    + "%.3f ms (CPU %.3f)%n", analyseNanos / 1e6 / pool, analyseCpu / 1e6 / pool, pool,
                            storeNanos / 1e6 / pool, storeCpu / 1e6 / pool);
                }
                if ((k + 1) % 50_000 == 0 || !it.hasNext()) {
                    report(store, k + 1, windowNanos / 1e6 / window, storeNanos / 1e6 / (k + 1), textChars, outcomes);
                    System.out.printf(Locale.ROOT, "  store CPU on the ingesting thread: %.3f ms/article (last window), "
                            + "%.3f mean%n", windowCpu / 1e6 / window, storeCpu / 1e6 / (k + 1));
                    windowNanos = 0;
                    windowCpu = 0;
                    window = 0;
                }
            }
            store.commit();
            report(store, count, 0, storeNanos / 1e6 / count, textChars, outcomes);
            System.out.printf(Locale.ROOT, "store CPU on the ingesting thread %.3f ms/article; whole process CPU "
                            + "(analysis of the pool, generation, merges included) %.3f ms/article%n",
                    storeCpu / 1e6 / count, (os.getProcessCpuTime() - processCpu0 - analyseCpu) / 1e6 / count);
            sizes(dir.resolve("index"), store.stats().articles());
            latency(store, 1);
            latency(store, 8);
        }
    }

    private static void report(WartaStore store, int n, double windowMs, double meanMs, long textChars,
                               Map<IngestResult.Outcome, Integer> outcomes) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        StoreStats s = store.stats();
        System.out.printf(Locale.ROOT, "%,d articles: store %.3f ms/article (last window), %.3f mean; disk %,d B "
                        + "(%.0f B/article, text %.0f chars/article); heap after GC %,d MB; %s; stats %s%n",
                n, windowMs, meanMs, s.bytesOnDisk(), (double) s.bytesOnDisk() / n, (double) textChars / n,
                heap >> 20, outcomes, s);
    }

    /** Bytes per article by index file kind: stored fields (the records) apart from the rest. */
    private static void sizes(Path index, long articles) throws IOException {
        Map<String, Long> byExt = new TreeMap<>();
        try (Stream<Path> files = Files.list(index)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
                byExt.merge(ext, Files.size(p), Long::sum);
            }
        }
        StringBuilder sb = new StringBuilder("bytes/article by file kind:");
        byExt.forEach((ext, bytes) -> sb.append(String.format(Locale.ROOT, " %s=%.0f", ext,
                (double) bytes / articles)));
        System.out.println(sb);
    }

    private static final String[] WORDS = {"pemerintah", "ekonomi", "presiden", "harga minyak", "pertandingan",
        "penelitian", "Amerika", "bank", "\"sepak bola\"", "pasar saham", "menteri", "perdagangan", "israel",
        "pemilihan umum", "inflasi", "Jakarta", "rupiah", "ilmuwan", "olimpiade", "perang"};

    private static SearchQuery query(int i) {
        SearchQuery q = i % 5 == 4 ? SearchQuery.all() : SearchQuery.of(WORDS[i % WORDS.length]);
        switch (i % 6) {
            case 0 -> q = q.withCountry(i % 12 == 0 ? "IDN" : "USA");
            case 1 -> q = q.withFrom(LocalDate.of(2021 + i % 3, 1 + i % 12, 1))
                    .withTo(LocalDate.of(2021 + i % 3, 1 + i % 12, 1).plusDays(30));
            case 2 -> q = q.withType(i % 4 == 2 ? "ASSAULT" : "CONSULT");
            case 3 -> q = q.withLanguage("id").withFrom(LocalDate.of(2022, 1, 1));
            default -> {
            }
        }
        return q;
    }

    private static void latency(WartaStore store, int threads) throws Exception {
        int total = 1_000;
        for (int i = 0; i < 100; i++) {
            store.search(query(i));
        }
        long[] nanos = new long[total];
        long[] cpuNanos = new long[total];
        java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int offset = t;
            futures.add(pool.submit(() -> {
                for (int i = offset; i < total; i += threads) {
                    long t0 = System.nanoTime();
                    long c0 = cpu.getCurrentThreadCpuTime();
                    store.search(query(i));
                    nanos[i] = System.nanoTime() - t0;
                    cpuNanos[i] = cpu.getCurrentThreadCpuTime() - c0;
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.printf(Locale.ROOT, "search, %d thread(s), %d queries: p50 %.1f ms, p99 %.1f ms, max %.1f ms "
                        + "(thread CPU p50 %.1f ms, p99 %.1f ms)%n", threads, total, nanos[total / 2] / 1e6,
                nanos[total * 99 / 100] / 1e6, nanos[total - 1] / 1e6, cpuNanos[total / 2] / 1e6,
                cpuNanos[total * 99 / 100] / 1e6);
    }
}
