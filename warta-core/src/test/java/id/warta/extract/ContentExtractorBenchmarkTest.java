package id.warta.extract;

import id.warta.QualityFloors;
import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.eval.ExtractionDataset;
import id.warta.eval.ExtractionRun;
import id.warta.eval.ExtractionScore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the body extractor's score on the article-extraction benchmark (181 pages; trafilatura 0.958,
 * AutoExtract 0.970) with the floors CI gates on, read from {@code .ci/floors} so there is one list of them.
 * Skipped when the shared benchmark data is not beside the checkout.
 */
class ContentExtractorBenchmarkTest {

    @Test
    void scoresAtLeastTheFloorOnTheArticleExtractionBenchmark() throws IOException {
        Path dir = QualityFloors.shared("benchmarks", "article-extraction", "ground-truth.json").getParent();
        ExtractionScore score = ExtractionRun.run(ExtractionDataset.open(dir), Warta.with(WartaOptions.defaults()))
                .score();
        assertThat(score.pages()).isEqualTo(181);
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(QualityFloors.floor("extraction.f1"));
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(QualityFloors.floor("extraction.precision"));
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(QualityFloors.floor("extraction.recall"));
    }
}
