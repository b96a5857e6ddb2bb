package id.warta.ner;

import id.warta.QualityFloors;
import id.warta.eval.PanlBppt;
import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurements, not timed assertions: 256 KB against 1 MB of one repeated shape (a quadratic walk shows as a ratio
 * far above 4), and articles per second over ~500-word articles assembled from the PANL-BPPT news sentences when
 * the shared corpus is beside the checkout (evaluation input only; nothing of it is kept).
 */
class NameMatcherBenchmarkTest {

    private static final RuleTokenizer TOKENIZER = new RuleTokenizer();

    @ParameterizedTest
    @ValueSource(strings = {"warga berkumpul di balai desa ", "Jawa Timur ", "Organisasi Perjanjian Keamanan ",
            "Dewan Urusan Internasional ", "AS ", "Amerika Amerika Serikat ", "Kab. Kab. Bogor ", "lima "})
    void oneMegabyteOfOneShape(String unit) {
        String small = unit.repeat((1 << 18) / unit.length());
        String big = unit.repeat((1 << 20) / unit.length());
        List<Token> smallTokens = TOKENIZER.tokenize(small, "id");
        List<Token> bigTokens = TOKENIZER.tokenize(big, "id");
        NameMatcher.shared().match(small, smallTokens, true); // warm up
        long t0 = System.nanoTime();
        NameMatcher.shared().match(small, smallTokens, true);
        long t1 = System.nanoTime();
        List<NameMatch> found = NameMatcher.shared().match(big, bigTokens, true);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-34s case ignored: 256 KB %4d ms, 1 MB %4d ms, ratio %.1f, %d names%n",
                "'" + unit + "'", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (double) (t2 - t1) / Math.max(1, t1 - t0), found.size());
        int previousEnd = 0;
        for (NameMatch m : found) {
            assertThat(m.firstToken()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = m.endToken();
        }
    }

    @Test
    void articlesPerSecondOnPanlBppt() throws IOException {
        Path dir = QualityFloors.shared("corpora", "panl-bppt-news");
        List<String> articles = PanlBppt.articles(PanlBppt.sentences(dir, "id"), 500, 2);
        List<List<Token>> tokens = articles.stream().map(a -> TOKENIZER.tokenize(a, "id")).toList();
        long names = 0;
        for (int i = 0; i < articles.size(); i++) {
            names += NameMatcher.shared().match(articles.get(i), tokens.get(i)).size(); // also warms up
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            NameMatcher.shared().match(articles.get(i), tokens.get(i));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long tokenCount = tokens.stream().mapToLong(List::size).sum();
        System.out.printf(Locale.ROOT, "PANL-BPPT id: %d articles of ~500 words, %.1f names per article, "
                        + "%.0f articles/s (%.1f M tokens/s) on one thread, tokenization excluded%n",
                articles.size(), (double) names / articles.size(), articles.size() / seconds,
                tokenCount / seconds / 1e6);
        assertThat(names).isPositive();
    }
}
