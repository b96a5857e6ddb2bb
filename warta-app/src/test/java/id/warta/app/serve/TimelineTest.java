package id.warta.app.serve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A day's period for each interval: itself, its ISO week's Monday, its month's first day. */
class TimelineTest {

    @ParameterizedTest
    @CsvSource({
            "2022-01-05, day, 2022-01-05",
            "2022-01-05, week, 2022-01-03",
            "2022-01-03, week, 2022-01-03",
            "2022-01-09, week, 2022-01-03",
            "2022-01-01, week, 2021-12-27",
            "2024-02-29, month, 2024-02-01",
            "2024-12-31, month, 2024-12-01"})
    void periods(String day, String interval, String first) {
        assertThat(Timeline.period(LocalDate.parse(day), interval)).isEqualTo(LocalDate.parse(first));
    }
}
