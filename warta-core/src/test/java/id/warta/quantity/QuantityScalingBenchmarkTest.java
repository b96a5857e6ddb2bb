package id.warta.quantity;

import id.warta.QualityFloors;
import id.warta.eval.PanlBppt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurements, not timed assertions: 256 KB against 1 MB of one repeated shape (a quadratic rule shows as a
 * ratio far above 4), and sentences per second over the PANL-BPPT news sentences when the shared corpus is beside
 * the checkout (evaluation input only; nothing of it is kept).
 */
class QuantityScalingBenchmarkTest {

    private static final QuantityFinder FINDER = new RuleQuantityFinder();

    @ParameterizedTest
    @ValueSource(strings = {"warga berkumpul di balai desa ", "3.000 ", "dua ", "sekitar ", "lebih dari ", "1-",
            "Rp ", "puluhan ", "dua puluh ", "thousands of ", "between 1 and ", "%", "2022 "})
    void oneMegabyteOfOneShape(String unit) {
        long small = time(unit.repeat((1 << 18) / unit.length()));
        String big = unit.repeat((1 << 20) / unit.length());
        long t0 = System.nanoTime();
        List<Quantity> found = FINDER.find(big, "id");
        long large = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "%-32s 256 KB %5d ms, 1 MB %5d ms, ratio %.1f, %d quantities%n",
                "'" + unit + "'", small / 1_000_000, large / 1_000_000, (double) large / Math.max(1, small),
                found.size());
        int previousEnd = 0;
        for (Quantity q : found) {
            assertThat(q.start()).isGreaterThanOrEqualTo(previousEnd);
            previousEnd = q.end();
        }
        assertThat(previousEnd).isLessThanOrEqualTo(big.length());
        if (unit.startsWith("warga") || unit.equals("2022 ")) {
            assertThat(found).isEmpty(); // no number; only years
        }
    }

    @Test
    void sentencesPerSecondOnPanlBppt() throws IOException {
        Path dir = QualityFloors.shared("corpora", "panl-bppt-news");
        for (String language : List.of("id", "en")) {
            List<String> lines = PanlBppt.sentences(dir, language);
            long quantities = 0;
            for (String s : lines) {
                quantities += FINDER.find(s, language).size(); // also warms up
            }
            long t0 = System.nanoTime();
            for (String s : lines) {
                FINDER.find(s, language);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "PANL-BPPT %s: %d sentences, %.1f quantities per 1,000 sentences, "
                    + "%.0f sentences/s on one thread%n", language, lines.size(), quantities * 1000.0 / lines.size(),
                    lines.size() / seconds);
            assertThat(lines).isNotEmpty();
            assertThat(quantities).isPositive();
        }
    }

    private static long time(String text) {
        long t0 = System.nanoTime();
        FINDER.find(text, "id");
        return System.nanoTime() - t0;
    }
}
