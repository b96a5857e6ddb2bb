package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
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
 * Whatever the input, the lexicons do not throw, every match lies inside the tokens with its trigger word inside
 * it, triggers never share a token word, and every thread gets the same result.
 */
class LexiconPropertiesTest {

    private static final RuleTokenizer TOKENIZER = new RuleTokenizer();

    /** Trigger words, complements, actors, blockers and punctuation glued at random, so that patterns meet. */
    @Provide
    Arbitrary<String> newsLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("mengirim", "pasukan", "dikirim", "3.000", "bantuan", "meminta", "atas",
                        "permintaan", "tewas", "luka-luka", "dalam", "kecelakaan", "serangan", "jantung", "demo",
                        "masak", "menggelar", "aksi", "mendarat", "yang", "dan", "diamankan", "lokasi", "Rusia",
                        "sent", "troops", "were", "imposed", "sanctions", "killed", "in", "crash", "United",
                        "States", "the", "Police", "arrested", "protesters", ",", ".", "\"", "(", ")", "-nya",
                        "pasukannya", "AS", "as", "Latin", "American", "bahasa", "Inggris", "TNI", "tni"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(8));
        return pieces.list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    private static List<String> all(String text, String language) {
        List<Token> tokens = TOKENIZER.tokenize(text, language);
        FoldedTokens folded = FoldedTokens.of(text, tokens);
        List<String> out = new ArrayList<>();
        boolean[] words = new boolean[tokens.size()];
        for (TriggerMatch m : TriggerLexicon.of(language).matches(folded)) {
            assertThat(m.start()).isGreaterThanOrEqualTo(0);
            assertThat(m.end()).isLessThanOrEqualTo(tokens.size());
            assertThat(m.anchorStart()).isBetween(m.start(), m.anchorEnd() - 1);
            for (int i = m.anchorStart(); i < m.anchorEnd(); i++) {
                assertThat(words[i]).as("trigger words overlap").isFalse();
                words[i] = true;
            }
            out.add(m.toString());
        }
        for (SectorLexicon.SectorMatch m : SectorLexicon.of(language).matches(folded)) {
            assertThat(m.end()).isLessThanOrEqualTo(tokens.size());
            out.add(m.toString());
        }
        for (Demonyms.DemonymMatch m : Demonyms.of(language).matches(folded)) {
            assertThat(m.end()).isLessThanOrEqualTo(tokens.size());
            out.add(m.toString());
        }
        return out;
    }

    @Property(tries = 300)
    void matchesLieInsideTheTokens(@ForAll("newsLike") String text) {
        all(text, "id");
        all(text, "en");
    }

    @Property(tries = 200)
    void anyStringIsSafe(@ForAll String text) {
        assertThat(all(text, "id")).isNotNull();
        assertThat(all(text, "en")).isNotNull();
    }

    @Property(tries = 20)
    void sameResultOnFourThreads(@ForAll("newsLike") String text) throws Exception {
        List<String> expected = all(text, "id");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> all(text, "id")));
            }
            for (Future<List<String>> f : futures) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }
}
