package id.warta.quote;

import id.warta.QualityFloors;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.text.RuleSentenceSplitter;
import id.warta.text.Text;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole paragraphs: the shape of the issue's example (quote, {@code kata X, kepala Y (Z).}, a second quote), the
 * canonical example article itself, entity resolution against quoted names, and unbalanced marks.
 */
class RuleQuoteFinderTest {

    private static final QuoteFinder FINDER = new RuleQuoteFinder();

    private static List<Quote> find(String s, String language, List<Entity> entities) {
        return FINDER.find(Text.of(s, language, new RuleSentenceSplitter()), entities);
    }

    /** The example's shape, written anew: the speaker is the PERSON entity, the role keeps the acronym. */
    @Test
    void paragraphShapedLikeTheExample() {
        String s = "Jakarta menghadapi musim hujan dengan tanggul yang belum selesai.\n\n"
                + "\"Saat ini, penurunan muka tanah di pesisir utara Jakarta terjadi lebih cepat dari kemampuan kita "
                + "membangun tanggul, terutama di Muara Baru,\" kata Heri Andreas, kepala Kelompok Riset Geodesi "
                + "Institut Teknologi Bandung (ITB). \"Tetapi jika pengambilan air tanah dihentikan, laju itu bisa "
                + "ditekan separuhnya.\"\n\n"
                + "Andreas sudah meneliti penurunan tanah di kawasan itu sejak 2007.";
        Entity heri = new Entity("Heri Andreas", Entity.Type.PERSON, null, null,
                List.of(mention(s, "Heri Andreas", 0), mention(s, "Andreas", s.indexOf("Andreas sudah"))));
        Entity itb = new Entity("Institut Teknologi Bandung", Entity.Type.ORG, null, null,
                List.of(mention(s, "Institut Teknologi Bandung", 0), mention(s, "ITB", 0)));

        List<Quote> quotes = find(s, "id", List.of(itb, heri));

        assertThat(quotes).hasSize(2);
        Quote first = quotes.get(0);
        assertThat(first.text()).startsWith("Saat ini, penurunan muka tanah").endsWith("di Muara Baru,");
        assertThat(first.speaker()).isEqualTo("Heri Andreas");
        assertThat(first.role()).isEqualTo("kepala Kelompok Riset Geodesi Institut Teknologi Bandung (ITB)");
        assertThat(s.substring(first.speakerStart(), first.speakerEnd())).isEqualTo("Heri Andreas");
        Quote second = quotes.get(1);
        assertThat(second.text()).isEqualTo("Tetapi jika pengambilan air tanah dihentikan, laju itu bisa ditekan "
                + "separuhnya.");
        assertThat(second.speaker()).isEqualTo("Heri Andreas");
        assertThat(second.role()).isEqualTo(first.role());
        assertThat(second.speakerStart()).isEqualTo(-1); // not named in its own sentence
        for (Quote q : quotes) {
            assertThat(s.substring(q.start(), q.end())).isEqualTo(q.text());
        }
    }

    /** The same paragraph alone: the name words stand in for the missing entity. */
    @Test
    void withoutEntitiesTheNameWordsAreTheSpeaker() {
        String s = "\"Kalau pengambilan air tanah tidak dihentikan, sebagian Muara Baru akan di bawah laut pada "
                + "2050,\" kata Heri Andreas, kepala Kelompok Riset Geodesi ITB.";
        List<Quote> quotes = find(s, "id", List.of());
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Heri Andreas");
            assertThat(q.role()).isEqualTo("kepala Kelompok Riset Geodesi ITB");
        });
    }

    /**
     * The canonical example article (read beside the checkout, not copied) gives the issue's quote, spoken by
     * Andrei Kortunov with a role naming RIAC, and its continuation; "ancaman teroris" is not a quote.
     */
    @Test
    void canonicalExampleGivesTheQuoteOfTheIssue() throws IOException {
        String s = Files.readString(QualityFloors.shared("examples", "intisari-2022-01-08-kazakhstan.txt"));
        Entity kortunov = new Entity("Andrei Kortunov", Entity.Type.PERSON, null, null,
                List.of(mention(s, "Andrei Kortunov", 0)));
        Entity tokayev = new Entity("Kassym-Jomart Tokayev", Entity.Type.PERSON, null, null,
                List.of(mention(s, "Kassym-Jomart Tokayev", 0),
                        mention(s, "Tokayev", s.indexOf("Tokayev mengatakan"))));

        List<Quote> quotes = find(s, "id", List.of(kortunov, tokayev));

        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).text()).startsWith("Saat ini, intervensi militer Rusia di Kazakhstan");
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.speaker()).isEqualTo("Andrei Kortunov");
            assertThat(q.role()).contains("RIAC").startsWith("kepala");
            assertThat(s.substring(q.start(), q.end())).isEqualTo(q.text());
        });
        assertThat(quotes.get(1).text()).startsWith("Tetapi jika");
        assertThat(quotes).noneMatch(q -> q.text().contains("ancaman teroris"));
        // and without entities, from the attribution's words alone
        assertThat(find(s, "id", List.of())).extracting(Quote::speaker)
                .containsExactly("Andrei Kortunov", "Andrei Kortunov");
    }

    /** "-nya" is the one last named outside quotes, not a person the quote itself mentions. */
    @Test
    void pronounSkipsPeopleNamedInsideTheQuote() {
        String s = "Sutarmi, pedagang sayur di Pasar Kranggan, menerima bantuan modal pekan lalu.\n\n"
                + "\"Terima kasih kepada Presiden Joko Widodo, warung saya bisa buka lagi,\" katanya.";
        Entity sutarmi = new Entity("Sutarmi", Entity.Type.PERSON, null, null, List.of(mention(s, "Sutarmi", 0)));
        Entity jokowi = new Entity("Joko Widodo", Entity.Type.PERSON, null, null,
                List.of(mention(s, "Joko Widodo", 0)));
        List<Quote> quotes = find(s, "id", List.of(sutarmi, jokowi));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.speaker()).isEqualTo("Sutarmi");
            assertThat(q.speakerStart()).isEqualTo(-1);
        });
    }

    /**
     * A mark left open in a long paragraph is dropped once the quotation would pass {@link QuoteMarks#MAX_QUOTE}
     * characters, so the quote further on is found with its own marks.
     */
    @Test
    void anUnbalancedMarkDoesNotSwallowTheParagraph() {
        String filler = "Petugas terus memompa air dari permukiman warga yang berada di dataran rendah. ";
        String s = "Warga menyebut kawasan itu \"kampung langganan banjir. " + filler.repeat(25)
                + "\"Pompa kami bekerja 24 jam tanpa henti,\" kata Camat Penjaringan Depika Romadi.";
        List<Quote> quotes = find(s, "id", List.of());
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("Pompa kami bekerja 24 jam tanpa henti,");
            assertThat(q.speaker()).isEqualTo("Depika Romadi");
            assertThat(q.role()).isEqualTo("Camat Penjaringan");
        });
    }

    /** An opening mark never closed before the paragraph ends takes nothing from the next paragraph. */
    @Test
    void aQuotationDoesNotRunIntoTheNextParagraph() {
        String s = "Spanduk di depan balai desa bertanya, \"Kapan jalan kami diperbaiki?\n\n"
                + "Kepala desa mengatakan anggaran perbaikan baru cair bulan depan. Pekerjaan dimulai setelah itu.";
        assertThat(find(s, "id", List.of())).isEmpty();
    }

    /** Entities of another text (mentions past the end) are ignored rather than failing the call. */
    @Test
    void mentionsOutsideTheTextAreIgnored() {
        String s = "\"Kami siap bertanding,\" kata pelatih tim nasional.";
        Entity stray = new Entity("Budi Santoso", Entity.Type.PERSON, null, null, List.of(new Mention(400, 412)));
        assertThat(find(s, "id", List.of(stray))).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("pelatih tim nasional"));
    }

    private static Mention mention(String s, String words, int from) {
        int at = s.indexOf(words, from);
        assertThat(at).as(words).isNotNegative();
        return new Mention(at, at + words.length());
    }
}
