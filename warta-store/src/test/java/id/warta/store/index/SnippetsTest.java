package id.warta.store.index;

import id.warta.store.SearchHit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {

    private static final String TEXT = "Hujan deras sejak sore membuat Sungai Cisadane meluap. "
            + "Air merendam ratusan rumah di tiga kecamatan di Kota Tangerang. "
            + "Petugas BPBD mengevakuasi warga lanjut usia dengan perahu karet, sementara sebagian warga memilih "
            + "bertahan di lantai dua rumah mereka. Banjir mulai surut keesokan harinya, tetapi lumpur tebal masih "
            + "menutupi jalan-jalan permukiman. Pemerintah kota membuka dapur umum di kantor kelurahan.";

    @Test
    void thePassageWithTheMostQueryWordsIsMarked() {
        Set<String> terms = Snippets.terms(Queries.text("banjir lumpur"), "id");
        SearchHit.Snippet s = Snippets.of(TEXT, "id", terms);
        assertThat(s.text()).contains("Banjir mulai surut").contains("lumpur tebal");
        assertThat(s.text()).startsWith("Banjir mulai surut");
        assertThat(s.marks()).extracting(m -> s.text().substring(m.start(), m.end()))
                .containsExactly("Banjir", "lumpur");
    }

    @Test
    void stemmedFormsAreMarkedAndNegatedWordsAreNot() {
        // "pengungsi" and "mengevakuasi" meet their stems; NOT words are not looked for
        Set<String> terms = Snippets.terms(Queries.text("evakuasi NOT rumah"), "id");
        SearchHit.Snippet s = Snippets.of(TEXT, "id", terms);
        assertThat(s.marks()).extracting(m -> s.text().substring(m.start(), m.end()))
                .containsExactly("mengevakuasi");
    }

    @Test
    void withoutMatchesTheTextOpens() {
        SearchHit.Snippet s = Snippets.of(TEXT, "id", Set.of());
        assertThat(s.marks()).isEmpty();
        assertThat(s.text()).startsWith("Hujan deras").hasSizeLessThanOrEqualTo(Snippets.LENGTH);
        assertThat(Snippets.of("", "en", Set.of("flood")).text()).isEmpty();
    }

    @Property(tries = 300)
    void anyTextGivesASnippetWithMarksInside(@ForAll @StringLength(max = 2_000) String text,
                                             @ForAll @StringLength(min = 1, max = 8) String word) {
        for (String lang : new String[] {"id", "en", "und"}) {
            Set<String> terms = Snippets.terms(Queries.text("\"" + word.replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\""), lang);
            // the Snippet record refuses marks outside its text; this must never throw
            SearchHit.Snippet s = Snippets.of(text + " " + word, lang, terms);
            assertThat(s.text().length()).isLessThanOrEqualTo(text.length() + word.length() + 1);
        }
    }
}
