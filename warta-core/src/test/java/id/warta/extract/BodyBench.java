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

    /**
     * Times jsoup parsing of every page against body extraction of the parsed pages, alternating the two over
     * many rounds after a warm-up and keeping each one's fastest round, so that a busy machine disturbs the
     * ratio as little as possible.
     */
    private static void speed(ExtractionDataset data) {
        Map<String, String> html = new LinkedHashMap<>();
        for (String id : data.truth().keySet()) {
            html.put(id, new String(data.html(id), StandardCharsets.UTF_8));
        }
        ContentExtractor extractor = new ContentExtractor();
        double parse = Double.MAX_VALUE;
        double extract = Double.MAX_VALUE;
        for (int round = 0; round < 25; round++) {
            List<Document> docs = new ArrayList<>(html.size());
            long t0 = System.nanoTime();
            for (Map.Entry<String, String> e : html.entrySet()) {
                docs.add(Jsoup.parse(e.getValue(), data.url(e.getKey())));
            }
            long t1 = System.nanoTime();
            for (Document d : docs) {
                extractor.extract(d);
            }
            long t2 = System.nanoTime();
            if (round >= 5) {
                parse = Math.min(parse, (t1 - t0) / 1e9);
                extract = Math.min(extract, (t2 - t1) / 1e9);
            }
        }
        int n = html.size();
        System.out.printf(Locale.ROOT, "parse only %.0f pages/s, parse+extract %.0f pages/s, extract alone %.0f "
                + "pages/s, (parse+extract)/parse %.2f%n", n / parse, n / (parse + extract), n / extract,
                (parse + extract) / parse);
    }
}
