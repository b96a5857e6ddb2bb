package id.warta.ner;

import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever the text, matching does not throw, matches are in order, do not overlap, sit on token boundaries inside
 * the text and name something, and another thread gets the same result.
 */
class NameMatcherPropertiesTest {

    private static final RuleTokenizer TOKENIZER = new RuleTokenizer();

    /** Pieces of names and of the text around them, glued at random. */
    @Provide
    Arbitrary<String> namesLike() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("Jawa", "Timur", "Jatim", "AS", "as", "Amerika", "Serikat", "Latin", "Padang",
                        "padang", "DKI", "Dki", "U.S.", "Kab.", "Bogor", "Dewan", "Urusan", "Internasional", "Rusia",
                        "OPEC", "+", "PBB", "Lima", "lima", "JAKARTA", "Côte", "d\u2019Ivoire", "São", "Paulo",
                        "Papua", "Nugini", "Laut", "China", "Selatan", "-", ",", ".", "(", ")", "'s", " ", "  ",
                        "\n", "\u00A0", "\u0301", "\uD83D\uDE00", "\uD800", "\u0130", "ß"),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(10));
        return pieces.list().ofMaxSize(50).map(l -> String.join(" ", l));
    }

    @Property(tries = 300)
    void matchesAreOrderedDisjointAndOnTokenBoundaries(@ForAll("namesLike") String text,
                                                       @ForAll boolean ignoreCase) throws Exception {
        List<Token> tokens = TOKENIZER.tokenize(text, "id");
        List<NameMatch> matches = NameMatcher.shared().match(text, tokens, ignoreCase);
        int lastEnd = 0;
        for (NameMatch m : matches) {
            assertThat(m.firstToken()).isGreaterThanOrEqualTo(lastEnd);
            assertThat(m.endToken()).isGreaterThan(m.firstToken()).isLessThanOrEqualTo(tokens.size());
            assertThat(m.start()).isEqualTo(tokens.get(m.firstToken()).start());
            assertThat(m.end()).isEqualTo(tokens.get(m.endToken() - 1).end()).isLessThanOrEqualTo(text.length());
            assertThat(m.places().isEmpty() && m.organisation() == null).isFalse();
            lastEnd = m.endToken();
        }
        List<NameMatch> elsewhere = CompletableFuture.supplyAsync(
                () -> NameMatcher.shared().match(text, tokens, ignoreCase)).get();
        assertThat(elsewhere).isEqualTo(matches);
    }
}
