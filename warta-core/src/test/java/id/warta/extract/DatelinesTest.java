package id.warta.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DatelinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "Nakita.grid.id - Posyandu itu dibuka setiap Selasa pagi.; Nakita.grid.id; -; Nakita.grid.id",
            "JAKARTA, KOMPAS.com - Pemerintah menaikkan harga.; JAKARTA, KOMPAS.com; JAKARTA; KOMPAS.com",
            "JAKARTA, KOMPAS.com — Pemerintah menaikkan harga.; JAKARTA, KOMPAS.com; JAKARTA; KOMPAS.com",
            "SURABAYA, KOMPAS.com - Pemerintah menaikkan harga.; SURABAYA, KOMPAS.com; SURABAYA; KOMPAS.com",
            "Jakarta, CNN Indonesia -- Pemerintah menaikkan harga.; Jakarta, CNN Indonesia; Jakarta; CNN Indonesia",
            "TEMPO.CO, Jakarta - Pemerintah menaikkan harga.; TEMPO.CO, Jakarta; Jakarta; TEMPO.CO",
            "Liputan6.com, Jakarta - Pemerintah menaikkan harga.; Liputan6.com, Jakarta; Jakarta; Liputan6.com",
            "Bisnis.com, JAKARTA — Pemerintah menaikkan harga.; Bisnis.com, JAKARTA; JAKARTA; Bisnis.com",
            "JAKARTA (Reuters) - Indonesia raised fuel prices.; JAKARTA (Reuters); JAKARTA; Reuters",
            "WASHINGTON (AP) — The Senate voted on Saturday.; WASHINGTON (AP); WASHINGTON; AP",
            "WASHINGTON, Jan 8 (Reuters) - The Senate voted.; WASHINGTON, Jan 8 (Reuters); WASHINGTON; Reuters",
            "Jakarta (ANTARA) - Presiden meresmikan bendungan.; Jakarta (ANTARA); Jakarta; ANTARA",
            "KOMPAS.com - Gempa berkekuatan 5,1 mengguncang.; KOMPAS.com; -; KOMPAS.com",
            "NEW YORK (Reuters) - Stocks fell on Monday.; NEW YORK (Reuters); NEW YORK; Reuters",
            "JAKARTA - Menteri Keuangan menyampaikan laporan.; JAKARTA; JAKARTA; -",
            "Jakarta - Wakil Menteri Kesehatan memperkirakan.; Jakarta; Jakarta; -",
            "REPUBLIKA.CO.ID, JAKARTA -- Pemerintah menaikkan harga.; REPUBLIKA.CO.ID, JAKARTA; JAKARTA; REPUBLIKA.CO.ID",
            "(CNN) — President Joe Biden said on Saturday.; (CNN); -; CNN",
            "VIVA – Pemerintah menaikkan harga BBM.; VIVA; -; VIVA",
            "TRIBUNNEWS.COM, JAKARTA - Polisi menangkap dua pria.; TRIBUNNEWS.COM, JAKARTA; JAKARTA; TRIBUNNEWS.COM",
            "Jakarta. Cadangan beras pemerintah naik menjadi 2,4 juta ton.; Jakarta; Jakarta; -",
            "Surabaya. Rice stocks in East Java rose on Thursday.; Surabaya; Surabaya; -",
    })
    void recognisesDatelines(String paragraph, String dateline, String place, String site) {
        Optional<Datelines.Dateline> d = Datelines.split(paragraph);
        assertThat(d).isPresent();
        assertThat(d.get().dateline()).isEqualTo(dateline);
        assertThat(d.get().place()).isEqualTo(place);
        assertThat(d.get().site()).isEqualTo(site);
        String body = paragraph.substring(d.get().bodyStart());
        assertThat(body).doesNotStartWith(" ").doesNotContain(dateline);
        assertThat(Character.isUpperCase(body.charAt(0))).isTrue();
    }

    @Test
    void aPlaceClosedByAFullStopIsADatelineOnlyWhereTheStoryStarts() {
        String line = "Jakarta. Ia kemudian kembali ke kampung halamannya di Solo.";
        assertThat(Datelines.split(line)).isPresent();
        assertThat(Datelines.splitAnywhere(line)).isEmpty();
        assertThat(Datelines.splitAnywhere("JAKARTA, KOMPAS.com - Harga naik.")).isPresent();
    }

    @Test
    void bodyStartCountsLeadingSpaces() {
        Datelines.Dateline d = Datelines.split("  JAKARTA, KOMPAS.com - Harga naik.").orElseThrow();
        assertThat(d.bodyStart()).isEqualTo("  JAKARTA, KOMPAS.com - ".length());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Presiden Joko Widodo (Jokowi) - yang hadir di acara itu - meminta menteri bekerja cepat.",
            "Tol JAKARTA-CIKAMPEK kembali macet pada Jumat sore.",
            "Harga minyak goreng - yang sempat melonjak - kini turun.",
            "Pemerintah menaikkan harga BBM mulai Sabtu.",
            "\"Kami siap,\" kata dia - singkat.",
            "Andi Wijaya, Ketua RT - yang juga saksi - menuturkan kejadian itu.",
            "Prof. Budi Santoso mengatakan harga beras akan turun.",
            "Kab. Bogor menjadi daerah dengan kasus terbanyak.",
            "Yes. That is what the minister said on Monday.",
            "",
    })
    void sentencesWithDashesAreNotDatelines(String paragraph) {
        assertThat(Datelines.split(paragraph)).isEmpty();
    }

    @Test
    void sitesAreDomainsOrKnownNames() {
        assertThat(Datelines.isSite("Tribunnews.com")).isTrue();
        assertThat(Datelines.isSite("TEMPO.CO")).isTrue();
        assertThat(Datelines.isSite("detikNews")).isTrue();
        assertThat(Datelines.isSite("CNN Indonesia")).isTrue();
        assertThat(Datelines.isSite("Jakarta")).isFalse();
        assertThat(Datelines.isSite("Presiden")).isFalse();
        assertThat(Datelines.isSite(null)).isFalse();
    }
}
