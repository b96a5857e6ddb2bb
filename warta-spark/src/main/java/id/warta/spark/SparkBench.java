package id.warta.spark;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.RawDocument;
import id.warta.source.Sources;
import id.warta.store.WartaStore;
import id.warta.store.eval.GeneratedArticle;
import id.warta.store.eval.GeneratedCorpus;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code warta spark bench}: the job's throughput against the single-process pipeline on one generated corpus, in one
 * run: generated Indonesian news pages ({@link GeneratedCorpus}: originals, syndicated copies, rewrites, reposts)
 * written as gzipped WARC files, then pages per second for {@code warta analyze} on one thread (each record read with
 * {@link Sources#fromWarc}, analysed and written as JSON), for {@code warta ingest} on one thread (the same, then
 * stored: the store's duplicates, stories and index, the decisions the job makes), and for the whole Spark job
 * (analysis, duplicates, stories, every table written) in {@code local[1]} and {@code local[2]}. A warm-up of each path
 * comes first (the models load and the code compiles once). With {@code --repeat N} the paths run N times,
 * interleaved ({@code warta analyze}, {@code local[1]}, {@code local[2]}, then again), and the ratios are those of the
 * medians: on a shared machine one run of a path can be ten percent off its usual time, which one run each would put
 * straight into the ratios. The pages are published over {@code --days} days: every
 * table writes a file per day, so a thin spread (an archive's few pages a day) costs the job more per page than a
 * crawl's.
 */
@Command(name = "bench",
        description = "Measures pages/s of the single-process pipeline (analyze, and ingest into a store; one "
                + "thread) and of the Spark job in local[1] and local[2] over generated WARC files.")
final class SparkBench implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Shows this help.")
    boolean help;

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "The PANL-BPPT folder the articles are built from.")
    Path corpus;

    @Option(names = "--pages", paramLabel = "N", description = "Pages generated (default: ${DEFAULT-VALUE}).")
    int pages = 50_000;

    @Option(names = "--files", paramLabel = "N",
            description = "WARC files they are spread over, one task each (default: ${DEFAULT-VALUE}).")
    int files = 16;

    @Option(names = "--days", paramLabel = "N",
            description = "Publication days the pages spread over (default: ${DEFAULT-VALUE}, a month, as in a news "
                    + "crawl; an archive spreads thinner, e.g. 1095 for three years).")
    int days = 30;

    @Option(names = "--repeat", paramLabel = "N", description = "Runs of each path but cli ingest, interleaved; "
            + "the ratios are those of the medians (default: ${DEFAULT-VALUE}).")
    int repeat = 1;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the WARC files and the tables go (default: a new temporary folder).")
    Path work;

    @Override
    public Integer call() throws IOException {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("warta-spark-bench");
        int warmPages = Math.max(50, Math.min(1_000, pages / 20));
        if (pages < 1 || files < 1 || days < 1 || repeat < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--pages, --files, --days and --repeat "
                    + "must be at least 1");
        }
        System.err.printf("bench: writing %,d pages over %d days in %d WARC files (and %,d for warming up) under %s%n",
                pages, days, files, warmPages, dir);
        List<Path> warcs = generate(dir.resolve("warc"), pages, files, seed);
        List<Path> warm = generate(dir.resolve("warm"), warmPages, 2, seed + 1);

        cli(warm, dir.resolve("warm-store"));
        Result ingest = cli(warcs, dir.resolve("store"));
        spark("local[1]", warm, dir.resolve("warm-out"));
        List<Result> clis = new ArrayList<>();
        List<Result> ones = new ArrayList<>();
        List<Result> twos = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            clis.add(cli(warcs, null));
            ones.add(spark("local[1]", warcs, dir.resolve("out-1")));
            twos.add(spark("local[2]", warcs, dir.resolve("out-2")));
        }
        Result cli = median(clis);
        Result one = median(ones);
        Result two = median(twos);

        System.out.printf(Locale.ROOT, "pages %d in %d WARC files; %d cores available%n", cli.pages, files,
                Runtime.getRuntime().availableProcessors());
        for (int r = 0; repeat > 1 && r < repeat; r++) {
            System.out.printf(Locale.ROOT, "run %d: cli %.1f s, local[1] %.1f s, local[2] %.1f s: %.2fx, per core "
                            + "%.0f%%%n", r + 1, clis.get(r).seconds, ones.get(r).seconds, twos.get(r).seconds,
                    twos.get(r).rate() / ones.get(r).rate(), 100 * ones.get(r).rate() / clis.get(r).rate());
        }
        String of = repeat > 1 ? " (median of " + repeat + ")" : "";
        System.out.println(cli.line("cli, 1 thread") + of);
        System.out.println(ingest.line("cli ingest"));
        System.out.println(one.line("spark local[1]") + of);
        System.out.println(two.line("spark local[2]") + of);
        System.out.printf(Locale.ROOT, "scaling local[1] -> local[2]: %.2fx; spark per core vs cli: %.0f%%, vs cli "
                + "ingest: %.0f%%%n", two.rate() / one.rate(), 100 * one.rate() / cli.rate(),
                100 * one.rate() / ingest.rate());
        // each table writes a file per day: with few pages a day, creating files weighs on the job's rate
        long days;
        try (Stream<Path> parts = Files.list(dir.resolve("out-1").resolve("articles"))) {
            days = parts.filter(Files::isDirectory).count();
        }
        System.out.printf(Locale.ROOT, "day partitions: %d (%.1f pages a day; each of the 6 tables writes a file per "
                + "day)%n", days, (double) cli.pages / Math.max(1, days));
        return 0;
    }

    /** Pages and seconds of one measured run. */
    record Result(long pages, double seconds) {
        double rate() {
            return pages / seconds;
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%-16s %8d pages %8.1f s %8.1f pages/s", what, pages, seconds, rate());
        }
    }

    /** The run of median time (of an even number, the faster of the middle two). */
    static Result median(List<Result> runs) {
        List<Result> sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(Result::seconds));
        return sorted.get((sorted.size() - 1) / 2);
    }

    /** Writes {@code n} generated pages over {@code count} WARC files, in the corpus's order, fetched an hour late. */
    private List<Path> generate(Path dir, int n, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        Iterator<GeneratedArticle> articles = GeneratedCorpus.open(corpus, seed).iterator(n, days);
        for (int f = 0; f < count; f++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "news-%03d.warc.gz", f));
            long share = (long) n * (f + 1) / count - (long) n * f / count;
            try (WarcPages warc = new WarcPages(file)) {
                for (long i = 0; i < share && articles.hasNext(); i++) {
                    GeneratedArticle a = articles.next();
                    warc.write(a.url(), a.published().toInstant().plusSeconds(3_600), a.html());
                }
            }
            out.add(file);
        }
        return out;
    }

    /**
     * The single-process path on this thread: every record read, analysed and serialised ({@code warta analyze});
     * with a {@code store} folder, also stored there ({@code warta ingest}: the store's duplicates, stories and
     * index, the decisions the job makes), then committed.
     */
    private static Result cli(List<Path> warcs, Path store) throws IOException {
        Warta warta = Warta.with(WartaOptions.defaults());
        long n = 0;
        long bytes = 0;
        long start = System.nanoTime();
        try (WartaStore into = store == null ? null : WartaStore.open(store)) {
            for (Path warc : warcs) {
                try (InputStream in = Files.newInputStream(warc);
                     Stream<RawDocument> docs = Sources.fromWarc(warc.toString(), in, WartaOptions.defaults())) {
                    for (Iterator<RawDocument> it = docs.iterator(); it.hasNext(); ) {
                        Analysis analysis = warta.analyze(it.next());
                        bytes += Json.writer().writeValueAsBytes(analysis).length;
                        if (into != null) {
                            into.ingest(analysis);
                        }
                        n++;
                    }
                }
            }
            if (into != null) {
                into.commit();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "bench: cli%s %d pages, %d bytes of records, %.1f s%n",
                store == null ? "" : " ingest", n, bytes, seconds);
        return new Result(n, seconds);
    }

    /** The whole job in local mode, from session start to the last table written. */
    private static Result spark(String master, List<Path> warcs, Path out) throws IOException {
        long start = System.nanoTime();
        WartaSparkJob.Counts counts;
        try (SparkSession spark = WartaSparkJob.session(master, "warta-bench")) {
            spark.sparkContext().setLogLevel("WARN");
            counts = WartaSparkJob.run(spark, warcs.stream().map(Path::toString).toList(), out.toString(),
                    Tables.Format.PARQUET, 40);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "bench: spark %s %s, %.1f s%n", master, counts, seconds);
        return new Result(counts.records(), seconds);
    }
}
