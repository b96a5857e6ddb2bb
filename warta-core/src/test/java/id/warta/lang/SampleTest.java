package id.warta.lang;

import org.junit.jupiter.api.Test;

import java.lang.Character.UnicodeScript;

import static org.assertj.core.api.Assertions.assertThat;

class SampleTest {

    @Test
    void keepsWordsFoldsCapitalsAndCountsMarkers() {
        Sample s = Sample.of("PEMERINTAH menyebut 3.000 warga (14/1) mengungsi karena banjir, kata BPBD.");
        assertThat(s.modelText()).isEqualTo("pemerintah menyebut warga mengungsi karena banjir kata bpbd");
        assertThat(s.letters()).isEqualTo("pemerintahmenyebutwargamengungsikarenabanjirkatabpbd".length());
        assertThat(s.script()).isEqualTo(UnicodeScript.LATIN);
        assertThat(s.indonesian()).isEqualTo(2); // pemerintah, karena
        assertThat(s.malay()).isZero();
    }

    @Test
    void countsPairsAcrossPunctuation() {
        Sample s = Sample.of("Harga naik tahun lepas. Saat ini, harga turun.");
        assertThat(s.indonesian()).isEqualTo(1);
        assertThat(s.malay()).isEqualTo(1);
    }

    @Test
    void keepsCombiningMarksInsideWords() {
        Sample s = Sample.of("ภาษาไทย हिन्दी");
        assertThat(s.modelText()).isEqualTo("ภาษาไทย हिन्दी");
        assertThat(s.script()).isEqualTo(UnicodeScript.THAI);
    }

    @Test
    void countsHanKanaAndHangulAsSeveralLetters() {
        assertThat(Sample.of("北京").letters()).isEqualTo(2 * Sample.SYLLABIC_LETTERS);
        assertThat(Sample.of("ひらがな").letters()).isEqualTo(4 * Sample.SYLLABIC_LETTERS);
        assertThat(Sample.of("서울").letters()).isEqualTo(2 * Sample.SYLLABIC_LETTERS);
    }

    @Test
    void boundsWhatItReadsAndWhatTheModelSees() {
        String paragraph = "Warga yang tinggal di bantaran kali diminta tetap waspada karena debit air naik. ";
        Sample s = Sample.of(paragraph.repeat(20_000));
        assertThat(s.modelText().length()).isLessThanOrEqualTo(Sample.WINDOWS * (Sample.WINDOW_CHARS + 1));
        assertThat(s.letters()).isLessThan(Sample.SCAN_LIMIT);
        int paragraphsRead = Sample.SCAN_LIMIT / paragraph.length();
        assertThat(s.indonesian()).isBetween(paragraphsRead, paragraphsRead + 1); // one "karena" each
    }

    @Test
    void windowsStartOnWords() {
        String text = "kata ".repeat(1000);
        for (String w : Sample.of(text).modelText().split(" ")) {
            assertThat(w).isIn("kata", "kat", "ka", "k");
        }
        assertThat(Sample.of(text).modelText()).startsWith("kata kata");
    }

    @Test
    void readsBlocksOfEnglishAndIndonesian() {
        String indonesian = "Warga yang tinggal di bantaran kali diminta untuk tetap waspada karena debit air dari "
                + "hulu masih tinggi dan hujan akan turun lagi pada malam ini, kata petugas di lokasi itu. ";
        String english = "Residents who live along the river were told to stay alert because the water from the "
                + "hills is still high and more rain is expected on the night, an official at the site said. ";
        Sample s = Sample.of(indonesian + english);
        assertThat(s.malayanBlocks()).isEqualTo(1);
        assertThat(s.englishBlocks()).isEqualTo(1);
        assertThat(Sample.of(indonesian + indonesian).englishBlocks()).isZero();
    }
}
