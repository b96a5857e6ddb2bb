package id.warta.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TeasersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Baca Juga: Harga Cabai Rawit Tembus Rp 100.000 per Kilogram | Harga Cabai Rawit Tembus Rp 100.000 per Kilogram",
            "BACA JUGA : Polisi Tangkap Dua Pelaku Pembakaran Pasar | Polisi Tangkap Dua Pelaku Pembakaran Pasar",
            "baca juga - Gempa Susulan Guncang Cianjur | Gempa Susulan Guncang Cianjur",
            "Baca: Jokowi Resmikan Bendungan di Nusa Tenggara Timur | Jokowi Resmikan Bendungan di Nusa Tenggara Timur",
            "Lihat Juga: Banjir Rob Rendam Pesisir Semarang | Banjir Rob Rendam Pesisir Semarang",
            "Simak juga: Video Detik-detik Kapal Tenggelam di Selat Bali | Video Detik-detik Kapal Tenggelam di Selat Bali",
            "Read more: Floods displace thousands in northern Jakarta | Floods displace thousands in northern Jakarta",
            "READ ALSO: Rupiah weakens as central bank holds rates | Rupiah weakens as central bank holds rates",
            "Related: How Indonesia's nickel boom reshaped Sulawesi | How Indonesia's nickel boom reshaped Sulawesi",
            "Artikel Terkait: Tarif Ojek Online Naik Mulai Bulan Depan | Tarif Ojek Online Naik Mulai Bulan Depan",
            "Pilihan Editor: Rupiah Menguat ke Rp15.900 per Dolar AS | Rupiah Menguat ke Rp15.900 per Dolar AS",
    })
    void teaserLinesGiveTheirHeadline(String line, String headline) {
        assertThat(Teasers.headline(line)).contains(headline);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Baca Juga",
            "BACA JUGA:",
            "Related",
            "Read more",
            "Baca buku pelajaran setiap malam membantu anak lebih siap menghadapi ujian.",
            "Related parties must disclose their holdings, the regulator said.",
            "Lihat bagaimana warga bergotong royong membersihkan lumpur.",
            "Simak juga Video 'Banjir Rob Rendam Pesisir Semarang':",
            "",
    })
    void ordinaryLinesAndBareLabelsAreNotTeasers(String line) {
        assertThat(Teasers.headline(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baca Juga", "BACA JUGA:", "Baca juga :", "Related", "Read more", "Berita Terkait",
            "[Baca Juga]"})
    void labelsAlone(String line) {
        assertThat(Teasers.isLabel(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Baca Juga: Harga Beras Naik", "Kerusuhan di Almaty", "Read the full report"})
    void notLabels(String line) {
        assertThat(Teasers.isLabel(line)).isFalse();
    }
}
