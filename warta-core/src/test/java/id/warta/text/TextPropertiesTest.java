package id.warta.text;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the input, the splitter does not throw, sentences and tokens lie inside the text in order without
 * overlapping, every token is inside its sentence and holds a non-space character, and the result is the same
 * on every thread.
 */
class TextPropertiesTest {

    private static final SentenceSplitter SPLITTER = new RuleSentenceSplitter();

    /** Fragments news text is made of, including the characters the rules look at, glued at random. */
    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Jl.", "No.", "Dr.", "dll.", "U.S.", "S.H.", "Tbk.", "J.", "3.000", "1,5", "07.45",
                        "8/1/2022", "Rp5.000", "\"", "\u201C", "\u201D", ".", "...", "?", "!", ")", "(", "-", "'",
                        "n't", "'s", "rata-rata", "ke-5", "https://a.id/x.", "a@b.co", "#tag", "@user", " ", "  ",
                        "\n", "\n\n", "\r\n", "Namun", "The", "kata", "Ia", "\u200B", "\uD83D\uDE00", "\uD800", "\t",
                        "www.", "http://", "@", "#", "/", ",", ":", "%", "$", "\u2026", "\u00A0"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(12));
        return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 400)
    void spansAreInsideOrderedAndNonOverlapping(@ForAll("newsLike") String text,
                                                @ForAll("languages") String language) {
        List<Sentence> sentences = SPLITTER.split(text, language);
        int sentenceEnd = 0;
        for (Sentence s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(sentenceEnd);
            assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
            assertThat(s.tokens()).isNotEmpty();
            int tokenEnd = s.start();
            for (Token t : s.tokens()) {
                assertThat(t.start()).isGreaterThanOrEqualTo(tokenEnd);
                assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(s.end());
                assertThat(t.text(text).isBlank()).as("blank token in %s", text).isFalse();
                tokenEnd = t.end();
            }
            sentenceEnd = s.end();
        }
        if (text.isBlank()) {
            assertThat(sentences).isEmpty();
        }
    }

    @Property(tries = 400)
    void randomStringsNeverThrow(@ForAll String text, @ForAll("languages") String language) {
        assertThat(SPLITTER.split(text, language)).isNotNull();
        assertThat(new RuleTokenizer().tokenize(text, language)).isNotNull();
    }

    @Property(tries = 30)
    void sameResultOnFourThreads(@ForAll("newsLike") String text) throws Exception {
        List<Sentence> expected = SPLITTER.split(text, "id");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Sentence>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> SPLITTER.split(text, "id")));
            }
            for (Future<List<Sentence>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of("id", "en", "id-ID", "en-GB", "ms", "und");
    }
}
