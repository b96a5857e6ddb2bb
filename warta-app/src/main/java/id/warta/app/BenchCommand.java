package id.warta.app;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.app.serve.ApiBench;
import id.warta.eval.ExtractionDataset;
import id.warta.export.ArticleWriter;
import id.warta.export.OutputFormat;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code warta bench}: throughput figures measured in one run, so that ratios are meaningful on a noisy shared
 * machine. Not a test: it reports, it does not judge.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures throughput.",
        subcommands = {BenchCommand.Extraction.class, AnalysisBench.class, StoreBench.class, ApiBench.class})
final class BenchCommand {

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Pages per second on one thread over the benchmark's pages: jsoup parsing alone (of the",
                    "decoded String, and of the bytes with jsoup's own charset handling), and the whole extraction",
                    "from the bytes (decode, parse, metadata, body). Rounds alternate to share the machine's noise."})
    static final class Extraction implements Callable<Integer> {

        @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "The benchmark folder.")
        Path dataset;

        @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
        int rounds = 5;

        @Option(names = "--warmup", paramLabel = "N", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
        int warmup = 3;

        @Option(names = "--copies", split = ",", paramLabel = "K,K...",
                description = "Also run the streaming batch (as `warta extract` does) over a directory holding K "
                        + "copies of the pages, for each K, to show throughput does not depend on batch size "
                        + "(default: ${DEFAULT-VALUE}; empty to skip).")
        List<Integer> copies = List.of(1, 4, 8);

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        /** Keeps results alive so the JIT cannot drop the work. */
        private static volatile long sink;

        @Override
        public Integer call() throws Exception {
            ExtractionDataset data = ExtractionDataset.open(dataset);
            List<String> ids = new ArrayList<>(data.truth().keySet());
            List<byte[]> bytes = new ArrayList<>();
            List<String> html = new ArrayList<>();
            long totalBytes = 0;
            for (String id : ids) {
                byte[] b = data.html(id);
                bytes.add(b);
                html.add(new String(b, StandardCharsets.UTF_8));
                totalBytes += b.length;
            }
            Warta warta = Warta.with(WartaOptions.defaults());
            for (int i = 0; i < warmup; i++) {
                parseAll(html, ids, data);
                parseBytesAll(bytes, ids, data);
                extractAll(warta, bytes, ids, data);
            }
            double[][] parse = new double[2][rounds];
            double[][] parseBytes = new double[2][rounds];
            double[][] extract = new double[2][rounds];
            for (int r = 0; r < rounds; r++) {
                double[] t = parseAll(html, ids, data);
                parse[0][r] = t[0];
                parse[1][r] = t[1];
                t = parseBytesAll(bytes, ids, data);
                parseBytes[0][r] = t[0];
                parseBytes[1][r] = t[1];
                t = extractAll(warta, bytes, ids, data);
                extract[0][r] = t[0];
                extract[1][r] = t[1];
            }
            int n = ids.size();
            System.out.printf(Locale.ROOT, "pages: %d (%.1f MB of HTML), one thread, median of %d rounds after %d "
                    + "warm-up rounds%n", n, totalBytes / 1e6, rounds, warmup);
            System.out.println("CPU time of the measuring thread (steady on a busy machine), then wall-clock time:");
            String[] clocks = {"cpu ", "wall"};
            for (int c = 0; c < 2; c++) {
                double p = median(parse[c]);
                double pb = median(parseBytes[c]);
                double e = median(extract[c]);
                System.out.printf(Locale.ROOT, "  %s jsoup parse of the decoded String:  %8.1f pages/s  (%.2f ms/page)%n",
                        clocks[c], n / p, 1000 * p / n);
                System.out.printf(Locale.ROOT, "  %s jsoup parse of the bytes:           %8.1f pages/s  (%.2f ms/page)%n",
                        clocks[c], n / pb, 1000 * pb / n);
                System.out.printf(Locale.ROOT, "  %s warta extract from the bytes:       %8.1f pages/s  (%.2f ms/page)%n",
                        clocks[c], n / e, 1000 * e / n);
                System.out.printf(Locale.ROOT, "  %s ratio extract / parse String: %.2f, extract / parse bytes: %.2f%n",
                        clocks[c], e / p, e / pb);
            }
            if (!copies.isEmpty()) {
                streaming(warta, ids);
            }
            return 0;
        }

        /** The CLI's streaming batch over growing directories, one thread, output discarded. */
        private void streaming(Warta warta, List<String> ids) throws Exception {
            System.out.println();
            System.out.printf(Locale.ROOT, "streaming batch (warta extract --threads 1, output discarded), heap limit "
                    + "%d MB:%n", Runtime.getRuntime().maxMemory() >> 20);
            Path dir = Files.createTempDirectory("warta-bench");
            try {
                int made = 0;
                for (int k : copies) {
                    for (; made < k; made++) {
                        Path copy = Files.createDirectories(dir.resolve("copy-" + made));
                        for (String id : ids) {
                            Path page = dataset.resolve("html").resolve(id + ".html.gz");
                            Files.createSymbolicLink(copy.resolve(id + ".html.gz"), page.toAbsolutePath());
                        }
                    }
                    double[] run = streamingRun(warta, dir, k == copies.get(0));
                    System.out.printf(Locale.ROOT, "  %5d pages: %8.1f pages/s, heap in use after the batch %4d MB%n",
                            (int) run[0], run[1], (long) run[2] >> 20);
                }
            } finally {
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }

        /**
         * One streaming batch over the directory: {records, pages/s, heap still in use after it and a full
         * collection}. A batch that kept documents would leave more behind the larger it is.
         */
        private double[] streamingRun(Warta warta, Path dir, boolean warmUpFirst) throws Exception {
            if (warmUpFirst) {
                runBatch(warta, dir);
            }
            long t0 = System.nanoTime();
            int records = runBatch(warta, dir);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.gc();
            long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return new double[] {records, records / seconds, live};
        }

        private static int runBatch(Warta warta, Path dir) throws Exception {
            try (ArticleWriter writer = new ArticleWriter(OutputStream.nullOutputStream(), OutputFormat.JSONL)) {
                return Batch.run(List.of(dir.toString()), warta.options(), 1, warta::process, Article::ok,
                        writer::write).records();
            }
        }

        /** Seconds of {cpu, wall} time to parse every page. */
        private double[] parseAll(List<String> html, List<String> ids, ExtractionDataset data) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < html.size(); i++) {
                sink += Jsoup.parse(html.get(i), data.url(ids.get(i))).childNodeSize();
            }
            return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9};
        }

        /** Seconds of {cpu, wall} time for jsoup to read every page from its bytes (its own charset sniffing). */
        private double[] parseBytesAll(List<byte[]> bytes, List<String> ids, ExtractionDataset data)
                throws IOException {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < bytes.size(); i++) {
                sink += Jsoup.parse(new ByteArrayInputStream(bytes.get(i)), null, data.url(ids.get(i)))
                        .childNodeSize();
            }
            return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9};
        }

        /** Seconds of {cpu, wall} time to extract every page from its bytes. */
        private double[] extractAll(Warta warta, List<byte[]> bytes, List<String> ids, ExtractionDataset data) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < bytes.size(); i++) {
                String id = ids.get(i);
                sink += warta.process(new RawDocument(id, data.url(id), bytes.get(i), "text/html", null, null))
                        .text().length();
            }
            return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9};
        }

        private static double median(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }
}
