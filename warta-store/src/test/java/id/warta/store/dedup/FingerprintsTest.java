package id.warta.store.dedup;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FingerprintsTest {

    @Test
    void trackingParametersAndFragmentsGo() {
        assertThat(Fingerprints.canonicalUrl("https://news.detik.com/berita/d-6712345/polisi-tangkap-dua-pelaku"
                + "-begal-di-bekasi?utm_source=facebook&utm_medium=oa&utm_campaign=detikcomsocmed&fbclid=IwAR3x"))
                .isEqualTo("https://news.detik.com/berita/d-6712345/polisi-tangkap-dua-pelaku-begal-di-bekasi");
        assertThat(Fingerprints.canonicalUrl("https://www.kompas.com/tren/read/2023/05/09/210000065/harga-beras"
                + "-naik#comments")).isEqualTo("https://kompas.com/tren/read/2023/05/09/210000065/harga-beras-naik");
        assertThat(Fingerprints.canonicalUrl("https://nasional.tempo.co/read/1723456/kpk-periksa-saksi?gclid=Cj0K"
                + "&ref=wa")).isEqualTo("https://nasional.tempo.co/read/1723456/kpk-periksa-saksi");
    }

    @Test
    void ampAndMobileEditionsAreThePage() {
        String canonical = "https://news.detik.com/berita/d-6712345/polisi-tangkap-dua-pelaku-begal-di-bekasi";
        assertThat(Fingerprints.canonicalUrl(canonical + "/amp")).isEqualTo(canonical);
        assertThat(Fingerprints.canonicalUrl(canonical + "?amp=1")).isEqualTo(canonical);
        assertThat(Fingerprints.canonicalUrl("https://nasional.tempo.co/amp/1723456/kpk-periksa-saksi"))
                .isEqualTo("https://nasional.tempo.co/1723456/kpk-periksa-saksi");
        assertThat(Fingerprints.canonicalUrl("https://amp.kompas.com/tren/read/2023/05/09/210000065/harga-beras"))
                .isEqualTo("https://kompas.com/tren/read/2023/05/09/210000065/harga-beras");
        assertThat(Fingerprints.canonicalUrl("https://m.liputan6.com/news/read/5284123/banjir-rendam-semarang"))
                .isEqualTo(Fingerprints.canonicalUrl("https://www.liputan6.com/news/read/5284123/banjir-rendam"
                        + "-semarang"));
        // Kompas shows the whole article on one page under page=all; page 2 is another page
        assertThat(Fingerprints.canonicalUrl("https://nasional.kompas.com/read/2023/05/09/1/x?page=all"))
                .isEqualTo("https://nasional.kompas.com/read/2023/05/09/1/x");
        assertThat(Fingerprints.canonicalUrl("https://nasional.kompas.com/read/2023/05/09/1/x?page=2"))
                .isEqualTo("https://nasional.kompas.com/read/2023/05/09/1/x?page=2");
    }

    @Test
    void schemeHostPortAndSlashesAreNormalised() {
        assertThat(Fingerprints.canonicalUrl("HTTP://WWW.Tempo.CO:80/read/1723456/kpk-periksa-saksi/"))
                .isEqualTo("https://tempo.co/read/1723456/kpk-periksa-saksi");
        assertThat(Fingerprints.canonicalUrl("https://www.antaranews.com:443")).isEqualTo("https://antaranews.com/");
        assertThat(Fingerprints.canonicalUrl("https://www.antaranews.com/")).isEqualTo("https://antaranews.com/");
        assertThat(Fingerprints.canonicalUrl("https://kabarpagi.id:8080/berita//2023/../2023/x"))
                .isEqualTo("https://kabarpagi.id:8080/berita/2023/x");
        assertThat(Fingerprints.canonicalUrl("  www.republika.co.id/berita/rub123/gempa-cianjur  "))
                .isEqualTo("https://republika.co.id/berita/rub123/gempa-cianjur");
    }

    @Test
    void remainingParametersAreSorted() {
        assertThat(Fingerprints.canonicalUrl("https://kabarpagi.id/cari?q=banjir&tag=jakarta&utm_term=x"))
                .isEqualTo(Fingerprints.canonicalUrl("https://kabarpagi.id/cari?tag=jakarta&q=banjir"))
                .isEqualTo("https://kabarpagi.id/cari?q=banjir&tag=jakarta");
        assertThat(Fingerprints.canonicalUrl("https://www.cnnindonesia.com/nasional/20230509-1-2/x?"))
                .isEqualTo("https://cnnindonesia.com/nasional/20230509-1-2/x");
    }

    @Test
    void notAWebAddressIsNull() {
        assertThat(Fingerprints.canonicalUrl(null)).isNull();
        assertThat(Fingerprints.canonicalUrl("")).isNull();
        assertThat(Fingerprints.canonicalUrl("   ")).isNull();
        assertThat(Fingerprints.canonicalUrl("mailto:redaksi@kabarpagi.id")).isNull();
        assertThat(Fingerprints.canonicalUrl("javascript:void(0)")).isNull();
        assertThat(Fingerprints.canonicalUrl("ftp://kabarpagi.id/arsip.zip")).isNull();
        assertThat(Fingerprints.canonicalUrl("http://")).isNull();
        assertThat(Fingerprints.canonicalUrl("https://kabar pagi.id/x%zz")).isNull();
    }

    @Property
    void anyStringGivesNullOrAnHttpsUrlThatIsItsOwnCanonicalForm(@ForAll String s) {
        String c = Fingerprints.canonicalUrl(s);
        if (c != null) {
            assertThat(c).startsWith("https://");
            assertThat(Fingerprints.canonicalUrl(c)).isEqualTo(c);
        }
    }

    @Test
    void theSameTextFromTwoScrapesHasOneHash() {
        String scrape = "Empat pengunjuk rasa tewas di Karachi, Selasa (9/5/2023).\n\n\"Kami tidak akan "
                + "membiarkan kota ini dibakar,\" kata Javed Odho.";
        String other = "Empat pengunjuk rasa tewas di Karachi,\u00A0Selasa (9/5/2023). \u201CKami tidak akan\n"
                + "membiarkan kota ini dibakar,\u201D kata Javed Odho. ";
        assertThat(Fingerprints.textHash(other)).isEqualTo(Fingerprints.textHash(scrape)).hasSize(32)
                .matches("[0-9a-f]{32}");
        assertThat(Fingerprints.textHash(scrape.toUpperCase())).isEqualTo(Fingerprints.textHash(scrape));
    }

    @Test
    void anotherFigureIsAnotherText() {
        assertThat(Fingerprints.textHash("Empat pengunjuk rasa tewas di Karachi, Selasa (9/5/2023)."))
                .isNotEqualTo(Fingerprints.textHash("Lima pengunjuk rasa tewas di Karachi, Selasa (9/5/2023)."))
                .isNotEqualTo(Fingerprints.textHash("Empat pengunjuk rasa tewas di Karachi, Selasa (9/6/2023)."));
        assertThat(Fingerprints.textHash("")).isEqualTo(Fingerprints.textHash(" \n\t—"));
        assertThatThrownBy(() -> Fingerprints.textHash(null)).isInstanceOf(NullPointerException.class);
    }
}
