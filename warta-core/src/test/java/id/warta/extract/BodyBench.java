package id.warta.extract;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.eval.ExtractionDataset;
import id.warta.eval.ExtractionEvaluator;
import id.warta.eval.ExtractionRun;
import id.warta.eval.ShingleScorer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Development loop for the body extractor: scores the article-extraction benchmark, writes the worst pages with
 * their predictions to /tmp/body-worst.txt, and times parsing against parsing plus extraction.
 * Run: {@code java -cp ... id.warta.extract.BodyBench [datasetDir] [speed]}.
 */
public final class BodyBench {

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "/work/shared/benchmarks/article-extraction");
        ExtractionDataset data = ExtractionDataset.open(dir);
        ExtractionRun.Result result = ExtractionRun.run(data, Warta.with(WartaOptions.defaults()));
        System.out.println(result.score());
        List<ExtractionEvaluator.PageResult> pages = ExtractionEvaluator.compare(data.truth(), result.predictions());
        pages.sort(Comparator.comparingDouble(p -> f1(p.counts())));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of("/tmp/body-worst.txt")))) {
            for (ExtractionEvaluator.PageResult p : pages) {
                ShingleScorer.Counts c = p.counts();
                out.printf(Locale.ROOT, "%s P %.3f R %.3f F %.3f %s%n", p.id(), c.precision(), c.recall(), f1(c),
                        data.url(p.id()));
            }
        }
        Path predDir = Path.of("/tmp/body-pred");
        Files.createDirectories(predDir);
        for (Map.Entry<String, String> e : result.predictions().entrySet()) {
            Files.writeString(predDir.resolve(e.getKey() + ".txt"), e.getValue());
        }
        if (args.length > 1) {
            speed(data);
        }
    }

    private static double f1(ShingleScorer.Counts c) {
        double p = c.precision();
        double r = c.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void speed(ExtractionDataset data) {
        Map<String, String> html = new LinkedHashMap<>();
        for (String id : data.truth().keySet()) {
            html.put(id, new String(data.html(id), StandardCharsets.UTF_8));
        }
        ContentExtractor ce = new ContentExtractor();
        List<Double> parse = new ArrayList<>();
        List<Double> both = new ArrayList<>();
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            for (Map.Entry<String, String> e : html.entrySet()) {
                Jsoup.parse(e.getValue(), data.url(e.getKey()));
            }
            long t1 = System.nanoTime();
            for (Map.Entry<String, String> e : html.entrySet()) {
                Document d = Jsoup.parse(e.getValue(), data.url(e.getKey()));
                ce.extract(d);
            }
            long t2 = System.nanoTime();
            if (round >= 3) {
                parse.add((t1 - t0) / 1e9);
                both.add((t2 - t1) / 1e9);
            }
        }
        List<Document> docs = new ArrayList<>();
        for (Map.Entry<String, String> e : html.entrySet()) {
            docs.add(Jsoup.parse(e.getValue(), data.url(e.getKey())));
        }
        for (int round = 0; round < 5; round++) {
            long a = System.nanoTime();
            for (Document d : docs) {
                PageStats.of(d);
            }
            long b = System.nanoTime();
            for (Document d : docs) {
                new ContentScorer(PageStats.of(d)).container();
            }
            long c = System.nanoTime();
            for (Document d : docs) {
                ce.extract(d);
            }
            long d2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "stats %.0f ms, stats+score %.0f ms, extract %.0f ms%n", (b - a) / 1e6,
                    (c - b) / 1e6, (d2 - c) / 1e6);
        }
        double p = parse.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double b = both.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        int n = html.size();
        System.out.printf(Locale.ROOT, "parse only %.0f pages/s, parse+extract %.0f pages/s, ratio %.2f%n",
                n / p, n / b, b / p);
    }
}
