package id.warta.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input for the shipped coder: articles that report no event, an article of 500 events, contradictory
 * numbers, and years, dates, ages, phone numbers and article numbers next to casualty words. No crash, no invented
 * event, no count taken from what is not a count of people.
 */
class EventBadInputTest {

    @Test
    void articlesWithoutEventsGiveNone() {
        assertThat(Articles.of("id", """
                Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp90.000 per kilogram menjelang Lebaran.

                Pedagang mengatakan pasokan dari Jawa Tengah berkurang karena hujan deras sepanjang pekan.""")
                .codeShipped()).isEmpty();
        assertThat(Articles.of("en", "The recipe calls for two cups of flour, a pinch of salt and three eggs. Bake "
                + "it for 40 minutes at 180 degrees.").codeShipped()).isEmpty();
        assertThat(Articles.of("id", "").codeShipped()).isEmpty();
        assertThat(Articles.of("und", "!!! ??? ... 123 456 --- ###").codeShipped()).isEmpty();
    }

    @Test
    void fiveHundredArrestsOnFiveHundredDaysAreFiveHundredEvents() {
        StringBuilder text = new StringBuilder();
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 500; i++) {
            LocalDate d = day.plusDays(i);
            text.append("Polisi menangkap ").append(i % 40 + 2).append(" orang di Makassar pada tanggal ")
                    .append(d.getDayOfMonth()).append('/').append(d.getMonthValue()).append('/').append(d.getYear())
                    .append(". ");
            if (i % 10 == 9) {
                text.append("\n\n");
            }
        }
        List<Event> events = Articles.of("id", text.toString().strip()).loc("IDN", "city", "Makassar").codeShipped();
        assertThat(events).hasSize(500);
        for (int i = 0; i < 500; i++) {
            Event e = events.get(i);
            assertThat(e.type()).isEqualTo("COERCE");
            assertThat(e.date()).isEqualTo(day.plusDays(i));
            assertThat(e.arrested()).isEqualTo(i % 40 + 2L);
            assertThat(e.evidence()).hasSize(1);
        }
    }

    @Test
    void contradictoryTollsOfOneEventKeepTheLargerNotTheirSum() {
        List<Event> events = Articles.of("id", """
                Polisi menangkap 12 orang di Makassar pada Minggu (2/1).

                Kapolda mengatakan polisi menangkap 15 orang di Makassar pada Minggu (2/1).""")
                .loc("IDN", "city", "Makassar").codeShipped();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).arrested()).isEqualTo(15L);
        assertThat(events.get(0).evidence()).hasSize(2);
    }

    @Test
    void yearsDatesAgesPhonesAndArticleNumbersAreNoCounts() {
        String text = """
                Seorang pria 45 tahun tewas ditembak di Makassar pada 12/1/2022.

                Kerusuhan tahun 2019 di Makassar menewaskan warga, kata polisi.

                Keluarga korban serangan itu dapat menghubungi posko di nomor 0812-3456-7890.

                Berita nomor 20220112 tentang korban tewas penembakan itu dibaca 300 ribu kali.""";
        List<Event> events = Articles.of("id", text).loc("IDN", "city", "Makassar").codeShipped();
        assertThat(events).isNotEmpty();
        for (Event e : events) {
            for (Count c : e.counts()) {
                assertThat(c.value()).as(c.toString()).isNotIn(45L, 12L, 2022L, 2019L, 812L, 3456L, 7890L,
                        20220112L, 300_000L);
            }
        }
        Event shooting = events.get(0);
        assertThat(shooting.type()).isEqualTo("ASSAULT");
        assertThat(shooting.killed()).as("one man").isEqualTo(1L);
        assertThat(shooting.date()).isEqualTo(LocalDate.of(2022, 1, 12));
    }

    @Test
    void aCasualtyWordNextToAYearMakesNoEventAlone() {
        assertThat(Articles.of("id", "Korban tahun 2022 mencapai 12 orang, menurut laporan tahunan rumah sakit.")
                .codeShipped()).isEmpty();
    }

    @Test
    void aListCutOffAtTheEndOfTheTextIsRead() {
        assertThat(Articles.of("en", "Police arrested Russian and").codeShipped()).isNotNull();
        assertThat(Articles.of("id", "Polisi menangkap warga Rusia dan").codeShipped()).isNotNull();
    }
}
