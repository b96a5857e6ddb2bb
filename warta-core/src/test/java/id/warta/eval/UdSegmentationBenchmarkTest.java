package id.warta.eval;

import id.warta.QualityFloors;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Sentence;
import id.warta.text.SentenceSplitter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the splitter's Tokens and Sentences F1 on the UD Indonesian test treebanks with the floors CI gates on
 * ({@code .ci/floors}), and measures its speed. Skipped when the shared corpora are not beside the checkout.
 */
class UdSegmentationBenchmarkTest {

    private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();

    private static Path corpus(String file) {
        return QualityFloors.shared("corpora", file);
    }

    private static double floor(String name) throws IOException {
        return QualityFloors.floor(name);
    }

    @ParameterizedTest
    @CsvSource({"csui, id, ud-indonesian-csui/id_csui-ud-test.conllu", "gsd, id, ud-indonesian-gsd/id_gsd-ud-test.conllu",
            "pud, id, ud-indonesian-pud/id_pud-ud-test.conllu", "en_pud, en, uner-english/en_pud-ud-test.iob2"})
    void scoresAtLeastTheFloor(String name, String language, String file) throws IOException {
        SegmentationScore s = SentenceEvaluator.evaluate(UdTreebank.read(corpus(file)), SPLITTER, language);
        assertThat(s.tokens().f1()).as("tokens " + s.tokens())
                .isGreaterThanOrEqualTo(floor("sentences." + name + ".token_f1"));
        assertThat(s.sentences().f1()).as("sentences " + s.sentences())
                .isGreaterThanOrEqualTo(floor("sentences." + name + ".sentence_f1"));
    }

    /** Prints tokens per second on the CSUI test text (a measurement, not a timed assertion). */
    @Test
    void measuresTokensPerSecond() throws IOException {
        UdTreebank bank = UdTreebank.read(corpus("ud-indonesian-csui/id_csui-ud-test.conllu"));
        String text = bank.documents().get(0).text();
        long tokens = 0;
        for (int i = 0; i < 20; i++) { // warm-up
            tokens = count(SPLITTER.split(text, "id"));
        }
        int rounds = 50;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            count(SPLITTER.split(text, "id"));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "sentence splitter: %,d tokens, %,d chars; %.0f tokens/s, %.1f MB/s%n", tokens,
                text.length(), tokens * rounds / seconds, text.length() * rounds / seconds / 1e6);
        assertThat(tokens).isGreaterThan(9000);
    }

    private static long count(List<Sentence> sentences) {
        return sentences.stream().mapToLong(s -> s.tokens().size()).sum();
    }
}
