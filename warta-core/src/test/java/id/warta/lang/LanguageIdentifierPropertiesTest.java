package id.warta.lang;

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
 * Whatever the input, the identifier does not throw, names a language code or {@code und} with a confidence in
 * [0, 1], answers the same twice, and the same on every thread.
 */
class LanguageIdentifierPropertiesTest {

    private static final LanguageIdentifier IDENTIFIER = new NgramLanguageIdentifier();

    /** Words of the languages in play, scripts, digits and separators, glued at random. */
    @Provide
    Arbitrary<String> textLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("yang", "dan", "bahwa", "bahawa", "kerajaan", "Kerajaan", "the", "of", "said",
                        "PEMERINTAH", "saat", "ini", "lepas", "北京", "ひらがな", "서울", "ภาษาไทย", "हिन्दी", "русский",
                        "ქართული", "\u0301", "\u0E31", "\uD83D\uDE00", "\uD800", "\uDC00", "3.000", "1,5", " ", "\n\n",
                        ".", ",", "\"", "-", "\u00A0", "\u200B", "ſ", "İ", "ß"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(20),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9));
        return pieces.list().ofMaxSize(400).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void anyTextGetsACodeAndAConfidenceInRange(@ForAll("textLike") String text) {
        LanguageGuess guess = IDENTIFIER.identify(text);
        assertThat(guess.language()).matches("[a-z]{2,3}");
        assertThat(guess.confidence()).isBetween(0.0, 1.0);
        assertThat(IDENTIFIER.identify(text)).isEqualTo(guess);
    }

    @Property(tries = 300)
    void randomStringsNeverThrow(@ForAll String text) {
        LanguageGuess guess = IDENTIFIER.identify(text);
        assertThat(guess.confidence()).isBetween(0.0, 1.0);
    }

    @Property(tries = 20)
    void sameResultOnFourThreads(@ForAll("textLike") String text) throws Exception {
        List<String> texts = List.of(text, NgramLanguageIdentifierTest.read("id-banjir-jakarta.txt"),
                NgramLanguageIdentifierTest.read("ms-minyak-sawit.txt"),
                NgramLanguageIdentifierTest.read("en-landslide.txt"));
        List<LanguageGuess> expected = texts.stream().map(IDENTIFIER::identify).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<LanguageGuess>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> {
                    List<LanguageGuess> guesses = new ArrayList<>();
                    for (int round = 0; round < 25; round++) {
                        guesses = texts.stream().map(IDENTIFIER::identify).toList();
                    }
                    return guesses;
                }));
            }
            for (Future<List<LanguageGuess>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
