package id.warta.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad-input shapes at 1 MB: one paragraph without punctuation, runs of quotes, dots, slashes, hyphens, at-signs
 * and initials. Prints the time for 256 KB and 1 MB so a quadratic rule shows as a ratio far above 4 (a
 * measurement, not a timed assertion), and checks the output is sane.
 */
class SplitterScalingBenchmarkTest {

    private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();

    @ParameterizedTest
    @ValueSource(strings = {"warga berkumpul di balai desa ", "\"", "\u201C", ". ", "1/", "a.", "1.", "-a", "@a",
            "x@", "A. ", "\"Ya.\" ", "http://(", "n't ", "#", "rata-rata "})
    void oneMegabyteOfOneShape(String unit) {
        long small = time(unit.repeat((1 << 18) / unit.length()));
        String big = unit.repeat((1 << 20) / unit.length());
        long t0 = System.nanoTime();
        List<Sentence> sentences = SPLITTER.split(big, "id");
        long large = System.nanoTime() - t0;
        System.out.printf(Locale.ROOT, "%-32s 256 KB %5d ms, 1 MB %5d ms, ratio %.1f, %d sentences%n",
                "'" + unit.replace("\n", "\\n") + "'", small / 1_000_000, large / 1_000_000,
                (double) large / Math.max(1, small), sentences.size());
        assertThat(sentences).isNotEmpty();
        assertThat(sentences.get(sentences.size() - 1).end()).isLessThanOrEqualTo(big.length());
        if (unit.equals("warga berkumpul di balai desa ")) {
            assertThat(sentences).hasSize(1); // no punctuation, no line break: one sentence
        }
    }

    private static long time(String text) {
        long t0 = System.nanoTime();
        SPLITTER.split(text, "id");
        return System.nanoTime() - t0;
    }
}
