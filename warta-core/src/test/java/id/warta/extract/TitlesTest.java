package id.warta.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitlesTest {

    @Test
    void siteSuffixAndPrefixAreRemoved() {
        assertThat(Titles.strip("Harga Beras Medium Turun Jelang Panen Raya - Kompas.com", null, "kompas"))
                .isEqualTo(new Titles.Stripped("Harga Beras Medium Turun Jelang Panen Raya", "Kompas.com"));
        assertThat(Titles.strip("BBC News | Storm Malik brings 90mph gusts to Scotland", "BBC News", "bbc"))
                .isEqualTo(new Titles.Stripped("Storm Malik brings 90mph gusts to Scotland", "BBC News"));
        assertThat(Titles.strip("Tempo.co: Banjir Rob Rendam Muara Angke", null, "tempo"))
                .isEqualTo(new Titles.Stripped("Banjir Rob Rendam Muara Angke", "Tempo.co"));
        assertThat(Titles.strip("Vaksin Booster Dimulai 12 Januari | Berita Terkini | detikNews", null, "detik").title())
                .isEqualTo("Vaksin Booster Dimulai 12 Januari | Berita Terkini");
    }

    @Test
    void separatorsInsideTheHeadlineStay() {
        assertThat(Titles.strip("Jokowi - Prabowo Bertemu di Istana Bogor - Kompas.com", "Kompas.com", "kompas").title())
                .isEqualTo("Jokowi - Prabowo Bertemu di Istana Bogor");
        assertThat(Titles.strip("Kasus Covid-19 Harian Naik Lagi", null, "kompas").title())
                .isEqualTo("Kasus Covid-19 Harian Naik Lagi");
        assertThat(Titles.strip("Reuters: Oil prices steady as supply worries ease", null, "kompas").title())
                .isEqualTo("Reuters: Oil prices steady as supply worries ease");
    }

    @Test
    void aTitleThatIsOnlyTheSiteStays() {
        assertThat(Titles.strip("Kompas.com", "Kompas.com", "kompas").title()).isEqualTo("Kompas.com");
        assertThat(Titles.strip(null, "Kompas.com", "kompas").title()).isNull();
    }

    @Test
    void similarHeadlines() {
        assertThat(Titles.similar("Voters Are Tired of Waiting for the New Bridge",
                "Opinion | Voters Are Tired of Waiting for the New Bridge")).isTrue();
        assertThat(Titles.similar("Kompas.com", "Harga Beras Medium Turun Jelang Panen Raya")).isFalse();
    }
}
