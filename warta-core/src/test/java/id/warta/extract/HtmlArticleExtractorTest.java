package id.warta.extract;

import id.warta.model.Image;
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
}
