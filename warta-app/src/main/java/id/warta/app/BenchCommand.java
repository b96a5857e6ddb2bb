package id.warta.app;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.eval.ExtractionDataset;
import id.warta.model.RawDocument;
import org.jsoup.Jsoup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code warta bench}: throughput figures measured in one run, so that ratios are meaningful on a noisy shared
 * machine. Not a test: it reports, it does not judge.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures throughput.",
        subcommands = BenchCommand.Extraction.class)
final class BenchCommand {

    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Pages per second on one thread over the benchmark's pages: jsoup parsing alone, and the",
                    "whole extraction (decode, parse, extract). Rounds alternate between the two to share noise."})
    static final class Extraction implements Callable<Integer> {

        @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "The benchmark folder.")
        Path dataset;

        @Option(names = "--rounds", paramLabel = "N", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
        int rounds = 5;

        @Option(names = "--warmup", paramLabel = "N", description = "Warm-up rounds (default: ${DEFAULT-VALUE}).")
        int warmup = 3;

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
                extractAll(warta, bytes, ids, data);
            }
            double[] parse = new double[rounds];
            double[] extract = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                parse[r] = parseAll(html, ids, data);
                extract[r] = extractAll(warta, bytes, ids, data);
            }
            double p = median(parse);
            double e = median(extract);
            int n = ids.size();
            System.out.printf(Locale.ROOT, "pages: %d (%.1f MB of HTML), one thread, median of %d rounds after %d "
                    + "warm-up rounds%n", n, totalBytes / 1e6, rounds, warmup);
            System.out.printf(Locale.ROOT, "jsoup parse only:          %8.1f pages/s  (%.2f ms/page)%n",
                    n / p, 1000 * p / n);
            System.out.printf(Locale.ROOT, "warta extract (full):      %8.1f pages/s  (%.2f ms/page)%n",
                    n / e, 1000 * e / n);
            System.out.printf(Locale.ROOT, "extract / parse time ratio: %.2f%n", e / p);
            return 0;
        }

        private double parseAll(List<String> html, List<String> ids, ExtractionDataset data) {
            long t0 = System.nanoTime();
            for (int i = 0; i < html.size(); i++) {
                sink += Jsoup.parse(html.get(i), data.url(ids.get(i))).childNodeSize();
            }
            return (System.nanoTime() - t0) / 1e9;
        }

        private double extractAll(Warta warta, List<byte[]> bytes, List<String> ids, ExtractionDataset data) {
            long t0 = System.nanoTime();
            for (int i = 0; i < bytes.size(); i++) {
                String id = ids.get(i);
                sink += warta.process(new RawDocument(id, data.url(id), bytes.get(i), "text/html", null, null))
                        .text().length();
            }
            return (System.nanoTime() - t0) / 1e9;
        }

        private static double median(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }
}
