package id.warta.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateRulesTest {

    @Test
    void furnitureLinesAreRecognised() {
        assertThat(BoilerplateRules.isFurniture("ADVERTISEMENT")).isTrue();
        assertThat(BoilerplateRules.isFurniture("SCROLL TO CONTINUE WITH CONTENT")).isTrue();
        assertThat(BoilerplateRules.isFurniture("Share this article")).isTrue();
        assertThat(BoilerplateRules.isFurniture("By Hannah Okafor and Li Wei, Reuters")).isTrue();
        assertThat(BoilerplateRules.isFurniture("Penulis: Dimas Prasetyo")).isTrue();
        assertThat(BoilerplateRules.isFurniture("Updated: Nov. 19, 2019 at 9:01 a.m.")).isTrue();
        assertThat(BoilerplateRules.isFurniture("Kamis, 07 Maret 2024 14:05 WIB")).isTrue();
        assertThat(BoilerplateRules.isFurniture("(Reporting by Siti Rahma; Editing by Tom Hale)")).isTrue();
        assertThat(BoilerplateRules.isFurniture("Artikel ini telah tayang di Kabar Pesisir dengan judul "
                + "\"Petani Garam Gagal Panen\"")).isTrue();
        assertThat(BoilerplateRules.isFurniture("Have a tip? Dimas may be reached at dimas@example.com.")).isTrue();
        assertThat(BoilerplateRules.isFurniture("[Gambas:Video 20detik]")).isTrue();
        assertThat(BoilerplateRules.isFurniture("(rdp/imk)")).isTrue();
    }

    @Test
    void sentencesThatLookLikeFurnitureAreKept() {
        assertThat(BoilerplateRules.isFurniture("By Tuesday, the river had risen above the old bridge.")).isFalse();
        assertThat(BoilerplateRules.isFurniture("Subscribers to the service will pay more from January.")).isFalse();
        assertThat(BoilerplateRules.isFurniture("Police told him to follow them to the station.")).isFalse();
        assertThat(BoilerplateRules.isFurniture("The broker will receive a commission on every sale.")).isFalse();
        assertThat(BoilerplateRules.isFurniture("Warga dapat mengunduh aplikasi itu di toko aplikasi.")).isFalse();
        assertThat(BoilerplateRules.isFurniture("The findings were published today in the journal Nature.")).isFalse();
        assertThat(BoilerplateRules.isFurniture("Node.js")).isFalse();
        assertThat(BoilerplateRules.isFurniture("U.S.")).isFalse();
        assertThat(BoilerplateRules.isFurniture("Senin (12/2/2024) pagi, air mulai surut.")).isFalse();
    }

    @Test
    void creditsAndSectionLabels() {
        assertThat(BoilerplateRules.isCredit("Foto: ANTARA/Rina Wulandari")).isTrue();
        assertThat(BoilerplateRules.isCredit("Natalie Naccache | Bloomberg | Getty Images")).isTrue();
        assertThat(BoilerplateRules.isCredit("Installation view of the pavilion, photos © Studio Rossi, 2018")).isTrue();
        assertThat(BoilerplateRules.isCredit("Fotografer itu memotret banjir dari atap rumahnya.")).isFalse();
        assertThat(BoilerplateRules.isCredit("© 2024 Warta. All rights reserved.")).isFalse();
        assertThat(BoilerplateRules.isSectionLabel("More Great WIRED Stories")).isTrue();
        assertThat(BoilerplateRules.isSectionLabel("Berita Terpopuler")).isTrue();
        assertThat(BoilerplateRules.isSectionLabel("More than 200 people were evacuated")).isFalse();
    }

    @Test
    void dateLines() {
        assertThat(BoilerplateRules.isDateLine("Tuesday, 19 November 2019 08:38 AM")).isTrue();
        assertThat(BoilerplateRules.isDateLine("06/03/2024 10.42 WIB")).isTrue();
        assertThat(BoilerplateRules.isDateLine("19 November 2019: the day the river rose")).isFalse();
        assertThat(BoilerplateRules.isDateLine("Rabu")).isFalse();
    }

    @Test
    void indonesianTeaserLabelsAndPagination() {
        assertThat(Teasers.headline("Pilihan Editor: Polisi Tetapkan Dua Tersangka Kasus Pagar Laut"))
                .contains("Polisi Tetapkan Dua Tersangka Kasus Pagar Laut");
        assertThat(Teasers.headline("Baca Berita Menarik Lainnya: Harga Emas Antam Turun Rp 5.000"))
                .contains("Harga Emas Antam Turun Rp 5.000");
        assertThat(Teasers.headline("Baca berita menarik: Harga Emas Antam Turun Rp 5.000"))
                .contains("Harga Emas Antam Turun Rp 5.000");
        assertThat(Teasers.headline("Pilihan editor kami minggu ini jatuh pada liputan banjir.")).isEmpty();
        assertThat(BoilerplateRules.isFurniture("Baca halaman selanjutnya")).isTrue();
    }
}
