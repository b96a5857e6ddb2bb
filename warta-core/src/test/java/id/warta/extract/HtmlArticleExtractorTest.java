package id.warta.extract;

import id.warta.Warta;
import id.warta.model.Image;
import id.warta.model.Related;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlArticleExtractorTest {

    @Test
    void theSharedSizeOfTheBodyPhotoIsTheLeadImage() {
        Image body = new Image("https://cdn.example.id/pic/673x379/pasar-senen.jpg", "Pedagang di Pasar Senen.");
        Image meta = new Image("https://cdn.example.id/pic/1200x675/pasar-senen.jpg", null);
        assertThat(HtmlArticleExtractor.leadImage(body, meta))
                .isEqualTo(new Image("https://cdn.example.id/pic/1200x675/pasar-senen.jpg", "Pedagang di Pasar Senen."));
    }

    @Test
    void aResizingServiceAddressWithOtherParametersIsTheSamePhoto() {
        assertThat(HtmlArticleExtractor.samePicture("https://img.example.com/resizer/v2/SMELTER.jpg?auth=1f&width=960",
                "https://img.example.com/resizer/v2/SMELTER.jpg?auth=1f&width=1200&height=630")).isTrue();
        assertThat(HtmlArticleExtractor.samePicture(
                "https://img.example.com/raw/https%3A%2F%2Fbucket.example.com%2Fimages%2Fdrivers.jpg?width=1260",
                "https://img.example.com/raw/drivers.jpg?width=700")).isTrue();
    }

    @Test
    void aDifferentBodyPhotoWinsOverTheSharedImage() {
        Image body = new Image("https://cdn.example.id/2026/03/banjir-bekasi.jpg", null);
        Image meta = new Image("https://cdn.example.id/assets/default-share.png", null);
        assertThat(HtmlArticleExtractor.leadImage(body, meta)).isEqualTo(body);
        assertThat(HtmlArticleExtractor.leadImage(null, meta)).isEqualTo(meta);
    }

    @Test
    void teasersOfAPageReadWithoutItsUrlKeepTheirLinksAsWritten() {
        String html = """
                <html><head><title>Harga Cabai Naik Jelang Ramadan</title></head><body>
                <article><h1>Harga Cabai Naik Jelang Ramadan</h1>
                <p>Harga cabai rawit di Pasar Kramat Jati naik menjadi Rp 85.000 per kilogram pada Senin pagi,
                menurut pedagang yang ditemui di lokasi.</p>
                <p>Kenaikan terjadi karena pasokan dari sentra produksi di Jawa Tengah berkurang akibat hujan
                deras sepanjang pekan lalu, kata Ketua Asosiasi Pedagang Pasar.</p>
                <div class="related-posts"><h3>Baca Juga</h3><ul>
                <li><a href="/berita/101">Harga Bawang Merah Ikut Merangkak Naik</a></li>
                <li><a href="/berita/102">Pemerintah Siapkan Operasi Pasar di 30 Kota</a></li>
                </ul></div>
                <p>Pemerintah daerah berencana menggelar operasi pasar mulai pekan depan untuk menekan harga.</p>
                </article></body></html>
                """;
        var article = Warta.extract(html);
        assertThat(article.related()).extracting(Related::url)
                .containsExactly("/berita/101", "/berita/102");
        assertThat(article.text()).doesNotContain("Bawang Merah");
    }
}
