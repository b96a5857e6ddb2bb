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
 * AutoExtract 0.970) with the floors CI gates on, read from {@code .ci/floors} so there is one list of them.
 * Skipped when the shared benchmark data is not beside the checkout.
 */
class ContentExtractorBenchmarkTest {

    static double floor(String name) throws IOException {
        Path floors = Path.of(System.getProperty("warta.floors", "../.ci/floors"));
        for (String line : Files.readAllLines(floors)) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2 && kv[0].strip().equals(name)) {
                return Double.parseDouble(kv[1].strip());
            }
        }
        throw new IllegalStateException("no floor " + name + " in " + floors);
    }

    @Test
    void scoresAtLeastTheFloorOnTheArticleExtractionBenchmark() throws IOException {
        Path dir = Path.of(System.getProperty("warta.shared", "../shared"), "benchmarks", "article-extraction");
        assumeTrue(Files.isRegularFile(dir.resolve("ground-truth.json")), "benchmark data not beside the checkout");
        ExtractionScore score = ExtractionRun.run(ExtractionDataset.open(dir), Warta.with(WartaOptions.defaults()))
                .score();
        assertThat(score.pages()).isEqualTo(181);
        assertThat(score.f1()).as(score.toString()).isGreaterThanOrEqualTo(floor("extraction.f1"));
        assertThat(score.precision()).as(score.toString()).isGreaterThanOrEqualTo(floor("extraction.precision"));
        assertThat(score.recall()).as(score.toString()).isGreaterThanOrEqualTo(floor("extraction.recall"));
    }
}
