package id.warta.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaptionsAndBoilerplateTest {

    @Test
    void captionsByLabelAndCredit() {
        assertThat(Captions.caption("Foto: Warga mengungsi di Pronojiwo, Lumajang.")).hasValue(
                "Warga mengungsi di Pronojiwo, Lumajang.");
        assertThat(Captions.caption("FOTO: Petugas memadamkan api di Pasar Senen")).hasValue(
                "Petugas memadamkan api di Pasar Senen");
        assertThat(Captions.caption("(Foto: Presiden meninjau lokasi banjir di Bekasi)")).hasValue(
                "Presiden meninjau lokasi banjir di Bekasi");
        assertThat(Captions.caption("Photo: Firefighters battle a blaze in Los Angeles")).hasValue(
                "Firefighters battle a blaze in Los Angeles");
        assertThat(Captions.caption("Ilustrasi vaksinasi COVID-19 di puskesmas")).isPresent();
        assertThat(Captions.caption("Pedagang di Pasar Kramat Jati. (KOMPAS.com/ANDI)")).isPresent();
        assertThat(Captions.caption("Demonstrators gather in Almaty, Kazakhstan (REUTERS/Pavel Mikheyev)"))
                .isPresent();
        assertThat(Captions.caption("Presiden di Istana Bogor (ANTARA FOTO/Sigid Kurniawan)")).isPresent();
        assertThat(Captions.caption("Kapolda Metro Jaya saat konferensi pers (Dok. Humas Polda)")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Hal itu disampaikan Jokowi di Istana Merdeka, Senin (3/1/2022).",
            "Rapat digelar di Jakarta, Senin (3/1/2022)",
            "Foto-foto yang beredar di media sosial memperlihatkan antrean panjang.",
            "Kepala BNPB (Badan Nasional Penanggulangan Bencana) meninjau lokasi.",
            "Harga beras diperkirakan turun setelah panen raya, kata Arief di Jakarta. (ant/ida)",
    })
    void sentencesAreNotCaptions(String line) {
        assertThat(Captions.caption(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Find Us On Social Media :", "Follow us on Instagram", "Ikuti kami di Instagram @intisari",
            "Simak berita lainnya di Google News", "Dapatkan update berita pilihan setiap hari di Telegram",
            "Advertisement", "ADVERTISEMENT", "Scroll to continue with content", "Share", "Bagikan",
            "Tags: banjir, Bekasi", "Copyright © 2022 Kompas.com", "(Baca selengkapnya di sini)",
            "Sumber: Kompas.com", "(ant/ida)", "Facebook Twitter WhatsApp", "Lihat Foto", "#banjir #bekasi",
            "Home > News > Internasional", "Our Standards: The Thomson Reuters Trust Principles.",
            "https://www.kompas.com/read/2022/01/08/banjir-bekasi", "Halaman selanjutnya", "Halaman 1 2 3",
            "Copyright 2022 The Associated Press. All rights reserved.", "Hak cipta dilindungi undang-undang",
            "Artikel ini telah tayang di Kompas.com dengan judul \"Banjir Rendam Bekasi\", Klik untuk baca: "
                    + "https://www.kompas.com/read/2022/01/08/banjir-bekasi",
            "___", "* * *", "•••", "—", "Simak juga Video 'Banjir Rob Rendam Pesisir Semarang':",
            "Watch the video: Floods in north Jakarta:",
    })
    void boilerplateLines(String line) {
        assertThat(Boilerplate.is(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Shares of Apple rose 3 percent on Monday.",
            "Ikan hasil tangkapan nelayan dijual ke pasar.",
            "Sumber daya alam Indonesia melimpah, kata menteri itu.",
            "Follow-up talks are planned for next week in Geneva.",
            "Iklan rokok dilarang tayang sebelum pukul 21.30.",
            "Hak cipta lagu itu kini dipegang oleh ahli waris sang pencipta.",
            "Copyright lawsuits against AI companies multiplied in 2023.",
            "Halaman sekolah itu terendam air setinggi lutut.",
            "2026", "***Update: Polisi menangkap dua tersangka.",
    })
    void proseIsNotBoilerplate(String line) {
        assertThat(Boilerplate.is(line)).isFalse();
    }
}
