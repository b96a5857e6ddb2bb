package id.warta.extract;

import id.warta.Warta;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Format;
import id.warta.model.Related;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The canonical scraped article shipped beside the checkout, read through the public facade. */
class ExampleArticleTest {

    private static Article article;

    @BeforeAll
    static void read() {
        Path file = Path.of(System.getProperty("warta.shared", "../shared"), "examples",
                "intisari-2022-01-08-kazakhstan.txt");
        assumeTrue(Files.isRegularFile(file), "example article not beside the checkout");
        article = Warta.extract(file);
    }

    @Test
    void isReadAsText() {
        assertThat(article.ok()).as(article.error()).isTrue();
        assertThat(article.format()).isEqualTo(Format.TEXT);
        assertThat(article.charset()).isEqualTo("UTF-8");
    }

    @Test
    void headerFields() {
        assertThat(article.title()).startsWith("Detik-Detik 3.000 Tentara Militer di Rusia");
        assertThat(article.authors()).containsExactly("Afif Khoirul M");
        assertThat(article.published()).isEqualTo(OffsetDateTime.parse("2022-01-08T07:45:00+07:00"));
        assertThat(article.published().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThat(article.site()).isEqualTo("Intisari-online.com");
        assertThat(article.dateline()).isEqualTo("Intisari-online.com");
    }

    @Test
    void leadCaptionIsNotText() {
        String caption = "Tentara Rusia menaiki pesawat militer ke Kazakhstan pada pagi hari 6 Januari 2022.";
        assertThat(article.captions()).contains(caption);
        assertThat(article.image()).isNotNull();
        assertThat(article.image().url()).isNull();
        assertThat(article.image().caption()).isEqualTo(caption);
        assertThat(article.text()).doesNotContain(caption);
    }

    @Test
    void bodyStartsAfterDatelineAndEndsWithLastSentence() {
        assertThat(article.text()).startsWith("Intervensi militer Rusia di Kazakhstan dipandang");
        assertThat(article.text()).endsWith("mencapai 1.000 orang.");
        assertThat(article.text()).doesNotContain("Find Us On Social Media", "Baca Juga", "Intisari-online.com -",
                "By Afif");
        assertThat(article.text()).doesNotStartWith("Detik-Detik");
    }

    @Test
    void threeTeasersWithoutLinks() {
        assertThat(article.related()).hasSize(3);
        assertThat(article.related()).extracting(Related::url).containsOnlyNulls();
        assertThat(article.related().get(0).title()).startsWith("Belum Sempat Gempur Ukraina");
        assertThat(article.related().get(1).title()).startsWith("Dunia Sedang Heboh Konflik Rusia-Ukraina");
        assertThat(article.related().get(2).title()).startsWith("Berebut Pengaruh di Seluruh Dunia");
    }

    @Test
    void paragraphsPointIntoText() {
        assertThat(article.paragraphs()).hasSize(9);
        for (Block b : article.paragraphs()) {
            assertThat(article.text().substring(b.start(), b.end())).isEqualTo(b.text());
        }
        // the quotation stays whole, with both of its quoted sentences
        assertThat(article.paragraphs()).anySatisfy(b -> assertThat(b.text())
                .startsWith("\"Saat ini, intervensi militer Rusia").endsWith("akan sangat jelas.\""));
    }
}
