package id.warta.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DateTimesTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static OffsetDateTime parse(String s, ZoneId zone) {
        return DateTimes.parse(s, zone).orElse(null);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', value = {
            "2022-01-08T07:45:00+07:00;2022-01-08T07:45+07:00",
            "2022-01-08T07:45:00.123+07:00;2022-01-08T07:45:00.123+07:00",
            "2022-01-08T00:45:00Z;2022-01-08T00:45Z",
            "2022-01-08T00:45:00.000000Z;2022-01-08T00:45Z",
            "2022-01-08T07:45:00+0700;2022-01-08T07:45+07:00",
            "2022-01-08T07:45+07;2022-01-08T07:45+07:00",
            "2022-01-08 07:45:00;2022-01-08T07:45+07:00",
            "2022-01-08T07:45:00;2022-01-08T07:45+07:00",
            "2022-01-08;2022-01-08T00:00+07:00",
            "2022-01-08T02:45:00-05:00;2022-01-08T02:45-05:00",
            "Sat, 08 Jan 2022 07:45:00 +0700;2022-01-08T07:45+07:00",
            "Sat, 08 Jan 2022 00:45:00 GMT;2022-01-08T00:45Z",
            "Saturday, 08-Jan-22 00:45:00 GMT;",
            "20220108;2022-01-08T00:00+07:00",
            "20220108T004500Z;2022-01-08T00:45Z",
            "1641602700;2022-01-08T07:45+07:00",
            "1641602700000;2022-01-08T07:45+07:00",
    })
    void machineForms(String input, String expected) {
        assertThat(parse(input, JAKARTA)).isEqualTo(expected == null ? null : OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', value = {
            "Sabtu, 8 Januari 2022 | 07:45 WIB;2022-01-08T07:45+07:00",
            "08/01/2022, 07:45 WIB;2022-01-08T07:45+07:00",
            "8 Jan 2022 07.45 WIB;2022-01-08T07:45+07:00",
            "Senin, 03 Jan 2022 14:05 WIB;2022-01-03T14:05+07:00",
            "Jum'at, 07 Januari 2022 - 19:30 WIB;2022-01-07T19:30+07:00",
            "Jumat, 7 Jan 2022 19:30 WITA;2022-01-07T19:30+08:00",
            "Minggu, 9 Januari 2022 10:15 WIT;2022-01-09T10:15+09:00",
            "Ahad, 9 Januari 2022 10:15 wib;2022-01-09T10:15+07:00",
            "Rabu, 5 Januari 2022 pukul 21.10 WIB;2022-01-05T21:10+07:00",
            "Kamis (6/1/2022) pukul 08.00 WIB;2022-01-06T08:00+07:00",
            "17 Agustus 2021, 10:00 WIB;2021-08-17T10:00+07:00",
            "17 Agt 2021 10:00;2021-08-17T10:00+07:00",
            "17 Agust 2021;2021-08-17T00:00+07:00",
            "1 Sept 2021 09.30 WIB;2021-09-01T09:30+07:00",
            "12 Okt 2021 | 23:59 WIB;2021-10-12T23:59+07:00",
            "31 Des 2021, 23:00 WIB;2021-12-31T23:00+07:00",
            "5 Mei 2021;2021-05-05T00:00+07:00",
            "Selasa, 4 Januari 2022 13:00 GMT+7;2022-01-04T13:00+07:00",
            "Diperbarui 08 Jan 2022, 09:12 WIB;2022-01-08T09:12+07:00",
            "08-01-2022 07:45;2022-01-08T07:45+07:00",
            "08.01.2022 07:45 WIB;2022-01-08T07:45+07:00",
            "Sabtu, 08/01/2022 07:45 WIB;2022-01-08T07:45+07:00",
            "Sabtu 08 Januari 2022 07:45 WIB;2022-01-08T07:45+07:00",
            "8 Januari 2022, 07:45:12 WIB;2022-01-08T07:45:12+07:00",
            "08 Januari 2022 | 7:45 WIB;2022-01-08T07:45+07:00",
            "Jum’at, 7 Januari 2022 19:30;2022-01-07T19:30+07:00",
            "Selasa, 1 Pebruari 2022 08:00 WIB;2022-02-01T08:00+07:00",
            "29 Februari 2024;2024-02-29T00:00+07:00",
    })
    void indonesianForms(String input, String expected) {
        assertThat(parse(input, JAKARTA)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = ';', value = {
            "January 8, 2022;2022-01-08T00:00Z",
            "Jan. 8, 2022 at 7:45 a.m. ET;2022-01-08T07:45-05:00",
            "July 4, 2022 at 7:45 p.m. ET;2022-07-04T19:45-04:00",
            "8 January 2022;2022-01-08T00:00Z",
            "Saturday 8 January 2022 07.45 GMT;2022-01-08T07:45Z",
            "Sat 8 Jan 2022 07.45 GMT;2022-01-08T07:45Z",
            "January 8, 2022 7:45 pm;2022-01-08T19:45Z",
            "January 8, 2022 12:05 AM EST;2022-01-08T00:05-05:00",
            "January 8, 2022 12:05 PM PST;2022-01-08T12:05-08:00",
            "Updated 7:45 AM ET, Sat January 8, 2022;2022-01-08T07:45-05:00",
            "8th January 2022, 14:30 BST;2022-01-08T14:30+01:00",
            "Monday 3 January 2022 14:30 CET;2022-01-03T14:30+01:00",
            "3 July 2022 14:30 CEST;2022-07-03T14:30+02:00",
            "March 13, 2022 9:00 a.m. PDT;2022-03-13T09:00-07:00",
            "01/20/2022;2022-01-20T00:00Z",
            "Published: 07:45 GMT, 8 January 2022;2022-01-08T07:45Z",
            "8 January 2022 • 7:45am;2022-01-08T07:45Z",
            "Jan 8, 2022, 7:45 AM;2022-01-08T07:45Z",
            "2022-01-08 07:45:00 UTC;2022-01-08T07:45Z",
            "January 08, 2022 07:45 AM EST;2022-01-08T07:45-05:00",
            "Sat 8 Jan 2022 07.45 GMT+01:00;2022-01-08T07:45+01:00",
    })
    void englishForms(String input, String expected) {
        assertThat(parse(input, UTC)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void ambiguousNumericDatesFollowThePagesOrder() {
        assertThat(parse("08/01/2022 7:45 AM", UTC)).isEqualTo("2022-01-08T07:45Z");
        assertThat(DateTimes.parse("01/08/2022 7:45 AM", UTC, true)).contains(OffsetDateTime.parse("2022-01-08T07:45Z"));
        // a first number above 12 is a day whatever the page's habit
        assertThat(DateTimes.parse("20/01/2022", UTC, true)).contains(OffsetDateTime.parse("2022-01-20T00:00Z"));
        assertThat(DateTimes.find("Updated 01/20/2022", UTC, true).orElseThrow().value())
                .isEqualTo("2022-01-20T00:00Z");
    }

    @Test
    void witIsNotWita() {
        assertThat(parse("8 Januari 2022 07:45 WIT", JAKARTA)).isEqualTo("2022-01-08T07:45+09:00");
        assertThat(parse("8 Januari 2022 07:45 WITA", JAKARTA)).isEqualTo("2022-01-08T07:45+08:00");
        assertThat(parse("8 Januari 2022 07:45 WIB", UTC)).isEqualTo("2022-01-08T07:45+07:00");
    }

    @Test
    void lowerCaseEnglishZoneLettersAreWords() {
        DateTimes.Found f = DateTimes.find("January 8, 2022 7:45 et al. reported", UTC).orElseThrow();
        assertThat(f.value()).isEqualTo("2022-01-08T07:45Z");
        assertThat(parse("8 Januari 2022 07:45 wib", UTC)).isEqualTo("2022-01-08T07:45+07:00");
    }

    @Test
    void dateOnlyIsMidnightInTheDefaultZone() {
        assertThat(parse("8 Januari 2022", JAKARTA)).isEqualTo("2022-01-08T00:00+07:00");
        assertThat(parse("2022-07-04", ZoneId.of("America/New_York"))).isEqualTo("2022-07-04T00:00-04:00");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "3 hours ago", "Published 3 hours ago", "2 jam yang lalu", "kemarin",
            "31 Februari 2022", "30/02/2022", "2022-13-01", "2022-02-29", "32 Jan 2022", "8 Januari 22",
            "8 Januari 2022 25:61", "0/0/2022", "1/2", "3.000", "12:45", "Sabtu", "Januari 2022",
            "1 Januari 1066", "Rp 1.250.000", "8 Januari 2022 tentara Rusia memasuki ibu kota Kazakhstan pada pagi",
            "ISBN 978-602-03-2478-4", "2022"})
    void notDates(String input) {
        assertThat(DateTimes.parse(input, JAKARTA)).isEmpty();
    }

    @Test
    void impossibleTimeKeepsTheDate() {
        Optional<DateTimes.Found> f = DateTimes.find("Sabtu, 8 Januari 2022 25:61 WIB", JAKARTA);
        assertThat(f).isPresent();
        assertThat(f.get().hasTime()).isFalse();
        assertThat(f.get().value()).isEqualTo("2022-01-08T00:00+07:00");
    }

    @Test
    void nullIsEmpty() {
        assertThat(DateTimes.parse(null, UTC)).isEmpty();
        assertThat(DateTimes.find(null, UTC)).isEmpty();
    }

    @Test
    void findGivesTheSpanOfDateAndTime() {
        String byline = "Kompas.com - 08/01/2022, 07:45 WIB";
        DateTimes.Found f = DateTimes.find(byline, JAKARTA).orElseThrow();
        assertThat(byline.substring(f.start(), f.end())).isEqualTo("08/01/2022, 07:45 WIB");
        assertThat(f.hasTime()).isTrue();
        assertThat(f.value()).isEqualTo("2022-01-08T07:45+07:00");
    }

    @Test
    void findIncludesTheDayName() {
        String byline = "Penulis: Ahmad Fauzi | Sabtu, 08 Jan 2022 07:45 WIB";
        DateTimes.Found f = DateTimes.find(byline, JAKARTA).orElseThrow();
        assertThat(byline.substring(f.start(), f.end())).isEqualTo("Sabtu, 08 Jan 2022 07:45 WIB");
    }

    @Test
    void findIncludesATimeWrittenBefore() {
        String byline = "Updated 7:45 AM ET, Sat January 8, 2022";
        DateTimes.Found f = DateTimes.find(byline, UTC).orElseThrow();
        assertThat(byline.substring(f.start(), f.end())).isEqualTo("7:45 AM ET, Sat January 8, 2022");
    }

    @Test
    void findStopsAtTheZone() {
        String line = "January 8, 2022 / 7:45 AM / Updated 2 hours ago";
        DateTimes.Found f = DateTimes.find(line, UTC).orElseThrow();
        assertThat(line.substring(f.start(), f.end())).isEqualTo("January 8, 2022 / 7:45 AM");
        assertThat(f.value()).isEqualTo("2022-01-08T07:45Z");
        // with more than a date around it, the string is prose and parse declines it
        assertThat(DateTimes.parse(line, UTC)).isEmpty();
    }

    @Test
    void findTakesTheFirstDate() {
        String text = "Dipublikasikan 7 Januari 2022, 21:00 WIB. Diperbarui 8 Januari 2022, 06:30 WIB";
        assertThat(DateTimes.find(text, JAKARTA).orElseThrow().value()).isEqualTo("2022-01-07T21:00+07:00");
    }

    @Test
    void dateInProseIsFoundButNumbersAreNot() {
        String text = "Sebanyak 3.000 tentara tiba pada 1/2 hari yang lalu, atau Rp 1.250.000 per orang. "
                + "Kejadian itu terjadi pada 6 Januari 2022.";
        DateTimes.Found f = DateTimes.find(text, JAKARTA).orElseThrow();
        assertThat(text.substring(f.start(), f.end())).isEqualTo("6 Januari 2022");
        assertThat(f.hasTime()).isFalse();
        assertThat(DateTimes.find("Sebanyak 3.000 tentara dan 1/2 dari warga, skor 2-1 pada menit 90.", JAKARTA))
                .isEmpty();
    }

    @Test
    void yearsAloneAreNotDates() {
        assertThat(DateTimes.find("Inflasi tahun 2022 naik, lebih tinggi dari 2021 dan target 2023.", JAKARTA)).isEmpty();
        assertThat(DateTimes.find("In 2022, 1,500 people moved; by 2030 the town may double.", UTC)).isEmpty();
        String late = "Inflasi tahun 2022 naik. ".repeat(50) + "Data dirilis 3 Januari 2023.";
        DateTimes.Found f = DateTimes.find(late, JAKARTA).orElseThrow();
        assertThat(late.substring(f.start(), f.end())).isEqualTo("3 Januari 2023");
    }

    @Test
    void numberAfterDateIsNotATime() {
        DateTimes.Found f = DateTimes.find("Pada 8 Januari 2022 3.000 tentara tiba", JAKARTA).orElseThrow();
        assertThat(f.hasTime()).isFalse();
        assertThat(f.value()).isEqualTo("2022-01-08T00:00+07:00");
    }

    @Test
    void datesInUrlPaths() {
        assertThat(DateTimes.find("/read/2022/01/08/074500/kazakhstan", JAKARTA).orElseThrow().value())
                .isEqualTo("2022-01-08T00:00+07:00");
    }
}
