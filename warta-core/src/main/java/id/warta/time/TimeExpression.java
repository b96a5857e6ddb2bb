package id.warta.time;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;

/**
 * One time expression found in a text, by character offsets, with the calendar period it names.
 *
 * <p>Every expression names a period of whole days, {@code begin} to {@code last} inclusive: one day for DAY,
 * HOUR and MINUTE, Monday to Sunday for WEEK, the month or the year for MONTH and YEAR. When a time of day is
 * written next to the date, {@code dateTime} holds it with its offset.
 *
 * @param start     offset of the expression's first character (a preposition such as {@code pada} or {@code on}
 *                  is left out; {@code hari}, {@code tahun}, {@code last} are part of it)
 * @param end       offset after its last character, the attached time and zone included
 * @param begin     the first day of the period
 * @param last      the last day of the period, inclusive
 * @param dateTime  the date-time when a time of day was written (precision HOUR or MINUTE), otherwise null
 * @param precision how fine the expression is
 * @param relative  whether the reference date was needed to resolve it (kemarin, Senin lalu, 1 Januari)
 */
public record TimeExpression(int start, int end, LocalDate begin, LocalDate last, OffsetDateTime dateTime,
                             Precision precision, boolean relative) {

    /** How fine a time expression is. */
    public enum Precision {
        YEAR, MONTH, WEEK, DAY, HOUR, MINUTE
    }

    public TimeExpression {
        Objects.requireNonNull(begin, "begin");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(precision, "precision");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad time span [" + start + ", " + end + ")");
        }
        if (last.isBefore(begin)) {
            throw new IllegalArgumentException("period ends " + last + " before it begins " + begin);
        }
        boolean timed = precision == Precision.HOUR || precision == Precision.MINUTE;
        if (timed != (dateTime != null)) {
            throw new IllegalArgumentException("a date-time goes with precision HOUR or MINUTE only");
        }
    }

    /**
     * The value in ISO 8601 at its precision: {@code 2022}, {@code 2022-01}, {@code 2021-W52}, {@code 2022-01-06},
     * {@code 2022-01-08T07:45+07:00}.
     */
    public String value() {
        return switch (precision) {
            case YEAR -> Integer.toString(begin.getYear());
            case MONTH -> begin.toString().substring(0, 7);
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", begin.get(IsoFields.WEEK_BASED_YEAR),
                    begin.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAY -> begin.toString();
            case HOUR, MINUTE -> dateTime.toString();
        };
    }

    /** The expression's characters in {@code text}, the string it was found in. */
    public String text(String text) {
        return text.substring(start, end);
    }
}
