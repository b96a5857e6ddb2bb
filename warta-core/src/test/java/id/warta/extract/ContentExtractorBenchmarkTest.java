package id.warta.extract;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.eval.ExtractionDataset;
import id.warta.eval.ExtractionRun;
import id.warta.eval.ExtractionScore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Guards the body extractor's score on the article-extraction benchmark (181 pages; trafilatura 0.958,
 * AutoExtract 0.970). Skipped when the shared benchmark data is not beside the checkout.
 */
class ContentExtractorBenchmarkTest {

    /** The floor: the F1 reached when this test was written, rounded down. */
    private static final double F1_FLOOR = 0.98;

    @Test
    void scoresAtLeastTheFloorOnTheArticleExtractionBenchmark() throws IOException {
        Path dir = Path.of(System.getProperty("warta.shared", "../shared"), "benchmarks", "article-extraction");
        assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")), "benchmark data not beside the checkout");
        ExtractionScore score = ExtractionRun.run(ExtractionDataset.open(dir), Warta.with(WartaOptions.defaults()))
                .score();
        assertThat(score.pages()).isEqualTo(181);
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(0.97);
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(0.98);
    }
}
