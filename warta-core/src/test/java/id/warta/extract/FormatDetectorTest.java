package id.warta.extract;

import id.warta.model.Format;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTest {

    @Test
    void pagesAreHtml() {
        assertThat(FormatDetector.detect("<!DOCTYPE html><html><head><title>Berita</title></head></html>", null))
                .isEqualTo(Format.HTML);
        assertThat(FormatDetector.detect("\n\n  <html lang=\"id\"><body><p>Isi</p></body></html>", null))
                .isEqualTo(Format.HTML);
        // a fragment without <html>: markup all the same
        assertThat(FormatDetector.detect("<div class=\"read__content\"><p>Paragraf satu.</p><p>Dua.</p></div>", null))
                .isEqualTo(Format.HTML);
    }

    @Test
    void scrapedDumpsAreText() {
        String dump = """
                Find Us On Social Media :

                Harga Cabai Rawit di Surabaya Tembus Rp 90.000 per Kilogram

                By Siti Rahma, Senin, 6 Februari 2023 | 09:15 WIB

                Surabaya-online.com - Harga cabai rawit di sejumlah pasar tradisional naik tajam.
                """;
        assertThat(FormatDetector.detect(dump, null)).isEqualTo(Format.TEXT);
        // a stray angle bracket in prose does not make markup
        assertThat(FormatDetector.detect("Suhu < 20 derajat dan angin > 40 km/jam, kata BMKG.", null))
                .isEqualTo(Format.TEXT);
    }

    @Test
    void declaredContentTypeIsOnlyAHint() {
        // one tag is enough when the server says HTML
        assertThat(FormatDetector.detect("Judul berita\n<p>Isi berita satu paragraf.</p>", "text/html; charset=UTF-8"))
                .isEqualTo(Format.HTML);
        assertThat(FormatDetector.detect("Judul berita\n<p>Isi berita satu paragraf.</p>", null))
                .isEqualTo(Format.TEXT);
        // a text dump served as text/html is still text
        assertThat(FormatDetector.detect("Harga Beras Naik\n\nOleh Budi Santoso\n\nJAKARTA, KOMPAS.com - Harga beras naik.",
                "text/html")).isEqualTo(Format.TEXT);
        assertThat(FormatDetector.detect("<html><body><p>teks</p></body></html>", "text/plain")).isEqualTo(Format.HTML);
    }
}
