package id.warta.eval;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ExtractionEvaluatorTest {

    static Path dataset() {
        Path dir = Path.of(System.getProperty("warta.shared", "../shared"), "benchmarks", "article-extraction");
        assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")), "benchmark data not beside the checkout");
        return dir;
    }

    @Test
    void tokensFollowPythonWordDefinition() {
        assertThat(ShingleScorer.tokens("Rp 3.000, kata_dia — naïve ²")).containsExactly("Rp", "3", "000", "kata_dia", "naïve", "²");
        // a combining mark is not a word character in Python's re, so it splits the token
        assertThat(ShingleScorer.tokens("cafe\u0301 ok")).containsExactly("cafe", "ok");
    }

    @Test
    void shortTextGivesOneShorterShingle() {
        assertThat(ShingleScorer.shingles("dua kata")).hasSize(1);
        assertThat(ShingleScorer.shingles("")).isEmpty();
        assertThat(ShingleScorer.shingles("a b c d a b c d")).containsEntry("a\u0001b\u0001c\u0001d", 2);
    }

    @Test
    void perfectEmptyAndPartialPages() {
        assertThat(ShingleScorer.compare("a b c d e", "a b c d e").precision()).isEqualTo(1.0);
        ShingleScorer.Counts none = ShingleScorer.compare("a b c d e", "");
        assertThat(none.hasOutput()).isFalse();
        assertThat(none.recall()).isZero();
        ShingleScorer.Counts half = ShingleScorer.compare("a b c d e", "a b c d x y");
        assertThat(half.tp()).isEqualTo(1);
        assertThat(half.fp()).isEqualTo(2);
        assertThat(half.fn()).isEqualTo(1);
    }

    @Test
    void reproducesPublishedTrafilaturaScore() throws IOException {
        ExtractionDataset data = ExtractionDataset.open(dataset());
        ExtractionScore s = ExtractionEvaluator.score(data.truth(), data.published("trafilatura"));
        assertThat(s.pages()).isEqualTo(181);
        assertThat(s.f1()).isCloseTo(0.958, within(0.001));
        assertThat(s.precision()).isCloseTo(0.938, within(0.001));
        assertThat(s.recall()).isCloseTo(0.978, within(0.001));
        assertThat(s.accuracy()).isCloseTo(0.293, within(0.001));
    }

    @Test
    void reproducesPublishedReadabilityJsAndAutoExtractScores() throws IOException {
        ExtractionDataset data = ExtractionDataset.open(dataset());
        Map<String, String> truth = data.truth();
        assertThat(ExtractionEvaluator.score(truth, data.published("readability_js")).f1()).isCloseTo(0.947, within(0.001));
        ExtractionScore auto = ExtractionEvaluator.score(truth, data.published("AutoExtract"));
        assertThat(auto.f1()).isCloseTo(0.970, within(0.001));
        assertThat(auto.precision()).isCloseTo(0.984, within(0.001));
        assertThat(auto.accuracy()).isCloseTo(0.470, within(0.001));
    }
}
