package id.warta.events;

import id.warta.quantity.RuleQuantityFinder;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whole articles of bad input (no events, hundreds of events, contradictions) and misuse of the API. */
class CasualtyCounterTest {

    private static final String[] PLACES = {"Nduga", "Intan Jaya", "Puncak", "Yahukimo", "Maybrat", "Deiyai",
        "Paniai", "Mimika", "Jayawijaya", "Lanny Jaya"};

    @Test
    void anArticleWithoutEventsGivesNoCount() {
        String article = "Pertumbuhan ekonomi Indonesia pada kuartal III 2022 mencapai 5,72 persen, tertinggi sejak "
                + "2021. Badan Pusat Statistik mencatat ekspor naik 21,64 persen menjadi US$ 24,8 miliar. Inflasi "
                + "September tercatat 5,95 persen, sementara harga beras naik Rp 1.000 per kilogram. Sebanyak "
                + "1.200 UMKM menerima bantuan modal Rp 2,4 juta pada tahun 2022. Informasi program dapat "
                + "ditanyakan ke nomor 0812-3456-7890 setiap hari pukul 08.00 hingga 16.00 WIB.";
        assertThat(CasualtyCounterGoldenTest.perSentence(article, "id")).allMatch(Casualties::isEmpty);
    }

    @Test
    void anArticleWithFiveHundredEventsGivesEachItsOwnCount() {
        StringBuilder article = new StringBuilder();
        for (int k = 0; k < 500; k++) {
            article.append("Pada hari ke-").append(k + 1).append(" operasi, ").append(k % 7 + 2)
                    .append(" orang tewas dan ").append(k % 5 + 1).append(" orang ditangkap di ")
                    .append(PLACES[k % PLACES.length]).append(". ");
        }
        List<Casualties> sentences = CasualtyCounterGoldenTest.perSentence(article.toString(), "id");
        assertThat(sentences).hasSize(500);
        for (int k = 0; k < 500; k++) {
            assertThat(sentences.get(k).killed()).as("sentence %d", k).isEqualTo(k % 7 + 2L);
            assertThat(sentences.get(k).arrested()).as("sentence %d", k).isEqualTo(k % 5 + 1L);
            assertThat(sentences.get(k).injured()).isNull();
        }
        Casualties merged = Casualties.merge(sentences);
        assertThat(merged.killed()).isEqualTo(8L);
        assertThat(merged.arrested()).isEqualTo(5L);
    }

    @Test
    void contradictoryFiguresStayWithTheirSentences() {
        List<Casualties> sentences = CasualtyCounterGoldenTest.perSentence("Polisi menyebut 5 orang tewas dalam "
                + "bentrokan itu. Namun Komnas HAM mencatat sedikitnya 20 orang tewas dan 60 orang luka-luka.", "id");
        assertThat(sentences).extracting(Casualties::killed).containsExactly(5L, 20L);
        assertThat(sentences).extracting(Casualties::injured).containsExactly(null, 60L);
        assertThat(sentences.get(1).approximate()).isTrue();
    }

    @Test
    void aSentenceOutsideTheTextIsMisuse() {
        String s = "Tiga orang tewas.";
        Text text = Text.of(s, "id", new RuleSentenceSplitter());
        Sentence beyond = new Sentence(20, 25, List.of(new Token(20, 25, Token.Kind.WORD)));
        CasualtyCounter counter = new CasualtyCounter();
        assertThatThrownBy(() -> counter.count(text, beyond, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> counter.count(text, null, List.of())).isInstanceOf(NullPointerException.class);
        assertThat(counter.count(text, text.sentences().get(0), List.of())).isEqualTo(Casualties.NONE);
        assertThat(counter.count(text, text.sentences().get(0), new RuleQuantityFinder().find(s, "id")).killed())
                .isEqualTo(3L);
    }
}
