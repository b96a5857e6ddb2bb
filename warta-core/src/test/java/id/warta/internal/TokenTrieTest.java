package id.warta.internal;

import id.warta.text.RuleTokenizer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The trie's longest match and its case rules, on a dictionary small enough to reason about. */
class TokenTrieTest {

    private static final TokenTrie<String> NAMES = TokenTrie.<String>builder()
            .add(List.of("Jawa", "Timur"), "province", false)
            .add(List.of("Jawa"), "island", false)
            .add(List.of("AS"), "country", false)
            .add(List.of("Padang"), "city", false)
            .add(List.of("Bosnia", "dan", "Herzegovina"), "country", false)
            .add(List.of("Lima"), "city", true)
            .add(List.of("As"), "town", false)
            .add(List.of("Bali"), "island", false)
            .add(List.of("BALI"), "code", false)
            .build();

    private static FoldedTokens tokens(String text) {
        return FoldedTokens.of(text, new RuleTokenizer().tokenize(text, "id"));
    }

    private static String longest(String text, int from, boolean ignoreCase) {
        List<String> values = new ArrayList<>();
        int end = NAMES.longest(tokens(text), from, ignoreCase, values);
        return end < 0 ? "-" : end + " " + values;
    }

    @Test
    void prefersTheLongestName() {
        assertThat(longest("Jawa Timur diguncang gempa", 0, false)).isEqualTo("2 [province]");
        assertThat(longest("Jawa Tengah diguncang gempa", 0, false)).isEqualTo("1 [island]");
        assertThat(longest("Jawa", 0, false)).isEqualTo("1 [island]");
    }

    @Test
    void matchesNamesInTheirCase() {
        assertThat(longest("padang rumput", 0, false)).isEqualTo("-");
        assertThat(longest("PADANG", 0, false)).isEqualTo("1 [city]");
        assertThat(longest("jawa Timur", 0, false)).isEqualTo("-");
        assertThat(longest("Bosnia Dan Herzegovina", 0, false)).isEqualTo("3 [country]");
        assertThat(longest("Bosnia dan herzegovina", 0, false)).isEqualTo("-");
    }

    @Test
    void matchesCapitalsOnlyInCapitalsAndTwoOrThreeCapitalsOnlyAsAnAcronym() {
        assertThat(longest("As", 0, false)).isEqualTo("1 [town]");
        assertThat(longest("AS", 0, false)).as("an acronym, not the town in capitals").isEqualTo("1 [country]");
        assertThat(longest("as", 0, false)).isEqualTo("-");
    }

    @Test
    void mergesNamesThatFoldAlikeAndBothMatch() {
        assertThat(longest("BALI", 0, false)).isEqualTo("1 [island, code]");
        assertThat(longest("Bali", 0, false)).isEqualTo("1 [island]");
    }

    @Test
    void ignoringCaseStillNeedsTheCaseOfOrdinaryWords() {
        assertThat(longest("padang", 0, true)).isEqualTo("1 [city]");
        assertThat(longest("lima orang", 0, true)).isEqualTo("-");
        assertThat(longest("Lima", 0, true)).isEqualTo("1 [city]");
    }

    @Test
    void looksUpFoldedTokensWhateverTheCase() {
        List<String> values = new ArrayList<>();
        NAMES.lookup(List.of("as"), values);
        assertThat(values).containsExactly("country", "town");
        NAMES.lookup(List.of("jawa", "barat"), values);
        assertThat(values).isEmpty();
        assertThat(NAMES.names()).isEqualTo(9);
    }

    @Test
    void scanFindsNamesLeftToRightEachTheLongest() {
        List<String> found = new ArrayList<>();
        NAMES.scan(tokens("Gempa di Jawa Timur terasa hingga Bali dan Padang"), false,
                (start, end, value) -> found.add(start + "-" + end + " " + value));
        // tokens: Gempa(0) di(1) Jawa(2) Timur(3) terasa(4) hingga(5) Bali(6) dan(7) Padang(8)
        assertThat(found).containsExactly("2-4 province", "6-7 island", "8-9 city");
    }
}
