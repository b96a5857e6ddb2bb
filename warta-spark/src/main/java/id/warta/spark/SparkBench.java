package id.warta.spark;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.export.Json;
import id.warta.model.RawDocument;
import id.warta.source.Sources;
import id.warta.store.eval.GeneratedArticle;
import id.warta.store.eval.GeneratedCorpus;
import org.apache.spark.sql.SparkSession;
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
 * written as gzipped WARC files, then pages per second for {@code warta analyze} on one thread (each record read
 * with {@link Sources#fromWarc}, analysed and written as JSON), and for the whole Spark job (analysis, duplicates,
 * stories, every table written) in {@code local[1]} and {@code local[2]}. A warm-up of each path comes first (the
 * models load and the code compiles once).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures pages/s of the single-process pipeline (one thread) and of the Spark job in local[1] "
                + "and local[2] over generated WARC files.")
final class SparkBench implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "The PANL-BPPT folder the articles are built from.")
    Path corpus;

    @Option(names = "--pages", paramLabel = "N", description = "Pages generated (default: ${DEFAULT-VALUE}).")
    int pages = 50_000;

    @Option(names = "--files", paramLabel = "N",
            description = "WARC files they are spread over, one task each (default: ${DEFAULT-VALUE}).")
    int files = 16;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where the WARC files and the tables go (default: a new temporary folder).")
    Path work;

    @Override
    public Integer call() throws IOException {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("warta-spark-bench");
        int warmPages = Math.max(50, Math.min(1_000, pages / 20));
        System.err.printf("bench: writing %,d pages in %d WARC files (and %,d for warming up) under %s%n", pages, files,
                warmPages, dir);
        List<Path> warcs = generate(dir.resolve("warc"), pages, files, seed);
        List<Path> warm = generate(dir.resolve("warm"), warmPages, 2, seed + 1);

        cli(warm);
        Result cli = cli(warcs);
        spark("local[1]", warm, dir.resolve("warm-out"));
        Result one = spark("local[1]", warcs, dir.resolve("out-1"));
        Result two = spark("local[2]", warcs, dir.resolve("out-2"));

        System.out.printf(Locale.ROOT, "pages %d in %d WARC files; %d cores available%n", cli.pages, files,
                Runtime.getRuntime().availableProcessors());
        System.out.println(cli.line("cli, 1 thread"));
        System.out.println(one.line("spark local[1]"));
        System.out.println(two.line("spark local[2]"));
        System.out.printf(Locale.ROOT, "scaling local[1] -> local[2]: %.2fx; spark per core vs cli: %.0f%%%n",
                two.rate() / one.rate(), 100 * one.rate() / cli.rate());
        return 0;
    }

    /** Pages and seconds of one measured run. */
    private record Result(long pages, double seconds) {
        double rate() {
            return pages / seconds;
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%-16s %8d pages %8.1f s %8.1f pages/s", what, pages, seconds, rate());
        }
    }

    /** Writes {@code n} generated pages over {@code count} WARC files, in the corpus's order, fetched an hour late. */
    private List<Path> generate(Path dir, int n, int count, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        Iterator<GeneratedArticle> articles = GeneratedCorpus.open(corpus, seed).iterator(n);
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

    /** The single-process path: every record read, analysed and serialised on this thread. */
    private static Result cli(List<Path> warcs) throws IOException {
        Warta warta = Warta.with(WartaOptions.defaults());
        long n = 0;
        long bytes = 0;
        long start = System.nanoTime();
        for (Path warc : warcs) {
            try (InputStream in = Files.newInputStream(warc);
                 Stream<RawDocument> docs = Sources.fromWarc(warc.toString(), in, WartaOptions.defaults())) {
                for (Iterator<RawDocument> it = docs.iterator(); it.hasNext(); ) {
                    bytes += Json.writer().writeValueAsBytes(warta.analyze(it.next())).length;
                    n++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "bench: cli %d pages, %d bytes of records, %.1f s%n", n, bytes, seconds);
        return new Result(n, seconds);
    }

    /** The whole job in local mode, from session start to the last table written. */
    private static Result spark(String master, List<Path> warcs, Path out) throws IOException {
        long start = System.nanoTime();
        WartaSparkJob.Counts counts;
        try (SparkSession spark = WartaSparkJob.session(master, "warta-bench")) {
            counts = WartaSparkJob.run(spark, warcs.stream().map(Path::toString).toList(), out.toString(),
                    Tables.Format.PARQUET, 40);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(Locale.ROOT, "bench: spark %s %s, %.1f s%n", master, counts, seconds);
        return new Result(counts.records(), seconds);
    }
}
