package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped nationality words on news sentences written for the tests. */
class DemonymsTest {

    private static final RuleTokenizer TOKENIZER = new RuleTokenizer();

    private static List<String> countries(String language, String sentence) {
        List<Token> tokens = TOKENIZER.tokenize(sentence, language);
        List<String> out = new ArrayList<>();
        for (Demonyms.DemonymMatch m : Demonyms.of(language).matches(FoldedTokens.of(sentence, tokens))) {
            out.add(sentence.substring(tokens.get(m.start()).start(), tokens.get(m.end() - 1).end()) + "=" + m.country());
        }
        return out;
    }

    @Test
    void indonesianUsesTheCountryNameAsAdjective() {
        assertThat(countries("id", "Pasukan Rusia, Armenia, Belarus, Kirgistan dan Tajikistan tiba di Kazakhstan."))
                .containsExactly("Rusia=RUS", "Armenia=ARM", "Belarus=BLR", "Kirgistan=KGZ", "Tajikistan=TJK",
                        "Kazakhstan=KAZ");
        assertThat(countries("id", "Tentara AS dan warga Amerika dievakuasi dari Kabul."))
                .containsExactly("AS=USA", "Amerika=USA");
        assertThat(countries("id", "Kapal Korea Utara ditahan oleh Korsel."))
                .containsExactly("Korea Utara=PRK", "Korsel=KOR");
    }

    @Test
    void phrasesNamingNoCountryBlockShorterOnes() {
        assertThat(countries("id", "Negara-negara Amerika Latin dan guru bahasa Inggris itu.")).isEmpty();
        assertThat(countries("en", "Latin American leaders met South Korean officials.")).containsExactly(
                "South Korean=KOR");
    }

    @Test
    void caseMatters() {
        assertThat(countries("id", "Ia datang sebagai relawan.")).isEmpty();
        assertThat(countries("en", "The russian word was written in lower case.")).isEmpty();
        assertThat(countries("en", "RUSSIAN TROOPS ENTER KAZAKHSTAN")).containsExactly("RUSSIAN=RUS");
    }

    @Test
    void englishDemonyms() {
        assertThat(countries("en", "Russian paratroopers joined Armenian, Belarusian, Kyrgyz and Tajik units "
                + "to protect Kazakh government buildings."))
                .containsExactly("Russian=RUS", "Armenian=ARM", "Belarusian=BLR", "Kyrgyz=KGZ", "Tajik=TJK",
                        "Kazakh=KAZ");
        assertThat(countries("en", "U.S. officials and North Korean diplomats met Filipino fishermen."))
                .containsExactly("U.S.=USA", "North Korean=PRK", "Filipino=PHL");
    }

    @Test
    void lookupOfOneWord() {
        assertThat(Demonyms.english().country("Kazakh")).hasValue("KAZ");
        assertThat(Demonyms.english().country("Latin American")).isEmpty();
        assertThat(Demonyms.english().country("us")).isEmpty();
        assertThat(Demonyms.english().country("US")).hasValue("USA");
        assertThat(Demonyms.indonesian().country("Rusia")).hasValue("RUS");
        assertThat(Demonyms.indonesian().country("Rusia Raya")).isEmpty();
        assertThat(Demonyms.indonesian().country("")).isEmpty();
    }

    @Test
    void everyCountryHasAWordInBothLanguages() {
        List<String[]> rows;
        try (var in = Demonyms.class.getResourceAsStream(Demonyms.RESOURCE)) {
            rows = Demonyms.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.Set<String> iso = new java.util.HashSet<>();
        for (String c : java.util.Locale.getISOCountries()) {
            iso.add(new java.util.Locale("", c).getISO3Country());
        }
        for (String[] row : rows) {
            if (!row[0].equals("-")) {
                assertThat(iso).as("ISO 3166-1 alpha-3").contains(row[0]);
                assertThat(row[1]).as(row[0]).isNotEqualTo("-");
                assertThat(row[2]).as(row[0]).isNotEqualTo("-");
            }
        }
        assertThat(Demonyms.english().size()).isGreaterThan(350);
        assertThat(Demonyms.indonesian().size()).isGreaterThan(250);
    }
}
