package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.text.RuleTokenizer;
import id.warta.text.Token;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped sector tables: the actors of news sentences written for the tests. */
class SectorLexiconTest {

    private static final RuleTokenizer TOKENIZER = new RuleTokenizer();

    /** Each phrase found, as {@code phrase=SECTOR} or {@code phrase=SECTOR+SECONDARY}. */
    private static List<String> sectors(String language, String sentence) {
        List<Token> tokens = TOKENIZER.tokenize(sentence, language);
        List<String> out = new ArrayList<>();
        for (SectorLexicon.SectorMatch m : SectorLexicon.of(language).matches(FoldedTokens.of(sentence, tokens))) {
            String phrase = sentence.substring(tokens.get(m.start()).start(), tokens.get(m.end() - 1).end());
            SectorLexicon.Sector s = m.sector();
            out.add(phrase + "=" + s.code() + (s.secondary().isEmpty() ? "" : "+" + String.join("+", s.secondary())));
        }
        return out;
    }

    @Test
    void indonesianActors() {
        assertThat(sectors("id", "Pasukan terjun payung Rusia tiba di Almaty untuk membantu aparat keamanan "
                + "menghadapi para pengunjuk rasa."))
                .containsExactly("Pasukan terjun payung=MIL", "aparat keamanan=COP", "pengunjuk rasa=CVL+OPP");
        assertThat(sectors("id", "Kontak tembak antara prajurit TNI dan KKB menewaskan dua warga sipil."))
                .containsExactly("prajurit TNI=MIL", "KKB=REB", "warga sipil=CVL");
        assertThat(sectors("id", "Menteri Pertahanan bertemu perwakilan pemerintah daerah dan tokoh agama."))
                .containsExactly("Menteri Pertahanan=GOV+MIL", "perwakilan pemerintah=GOV", "tokoh agama=REL");
    }

    @Test
    void indonesianPluralsAndPossessives() {
        assertThat(sectors("id", "Tentara-tentara itu kembali ke barak.")).containsExactly("Tentara-tentara=MIL");
        assertThat(sectors("id", "Rusia menarik pasukannya dari Kazakhstan.")).containsExactly("pasukannya=MIL");
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(sectors("id", "Personel TNI dan Polri berjaga.")).containsExactly("Personel TNI=MIL", "Polri=COP");
        assertThat(sectors("id", "Kata tni ditulis kecil di sini.")).doesNotContain("tni=MIL");
    }

    @Test
    void englishActorsDerivedFromThePhoenixAgents() {
        assertThat(sectors("en", "Riot police fired rubber bullets at protesters outside the parliament."))
                .containsExactly("Riot police=COP", "protesters=CVL+OPP", "parliament=LEG");
        assertThat(sectors("en", "Rebels ambushed a convoy carrying soldiers and the foreign minister."))
                .containsExactly("Rebels=REB", "soldiers=MIL", "foreign minister=GOV");
        assertThat(sectors("en", "Gunmen and terrorists attacked the villagers."))
                .containsExactly("Gunmen=UAF", "terrorists=REB", "villagers=CVL");
    }

    @Test
    void lookupOfAWholePhrase() {
        assertThat(SectorLexicon.indonesian().lookup("Pengunjuk Rasa"))
                .hasValue(new SectorLexicon.Sector("CVL", List.of("OPP")));
        assertThat(SectorLexicon.english().lookup("state news agency"))
                .hasValue(new SectorLexicon.Sector("GOV", List.of("JRN")));
        assertThat(SectorLexicon.english().lookup("weather forecast")).isEmpty();
        assertThat(SectorLexicon.english().lookup("journalists"))
                .hasValueSatisfying(s -> assertThat(s.code()).isEqualTo("JRN"));
        assertThat(SectorLexicon.english().lookup("")).isEmpty();
    }

    @Test
    void tablesLoadWithTheirSize() {
        assertThat(SectorLexicon.indonesian().size()).isGreaterThan(500);
        assertThat(SectorLexicon.english().size()).isGreaterThan(4000);
        assertThat(SectorLexicon.of("fr").size()).isZero();
        assertThat(SectorLexicon.of("ms")).isSameAs(SectorLexicon.indonesian());
    }

    @Test
    void aCodeOutsidePloverIsADefectOfTheTable() {
        byte[] table = "pasukan\tMIL\t-\npengunjuk rasa\tPRO\t-\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SectorLexicon.read("test.tsv", new ByteArrayInputStream(table), true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2").hasMessageContaining("PRO");
    }
}
