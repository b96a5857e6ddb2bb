package id.warta.internal;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Month names, day names and zone words of Indonesian and English news, shared by the byline reader and the
 * time-expression stage so both know the same words. Immutable and thread-safe.
 */
public final class CalendarWords {

    /** Lower-case month names and abbreviations to their number, 1 to 12. */
    public static final Map<String, Integer> MONTHS;
    /** Lower-case day names and abbreviations to their day. */
    public static final Map<String, DayOfWeek> DAYS;
    /** Upper-case zone words (WIB, WITA, WIT, GMT, ET...) to their offset or region. */
    public static final Map<String, ZoneId> ZONES;

    static {
        Map<String, Integer> months = new HashMap<>();
        month(months, 1, "januari", "january", "jan");
        month(months, 2, "februari", "pebruari", "february", "feb", "peb");
        month(months, 3, "maret", "march", "mar");
        month(months, 4, "april", "apr");
        month(months, 5, "mei", "may");
        month(months, 6, "juni", "june", "jun");
        month(months, 7, "juli", "july", "jul");
        month(months, 8, "agustus", "august", "agust", "agus", "agu", "agt", "aug");
        month(months, 9, "september", "sept", "sep");
        month(months, 10, "oktober", "october", "okt", "oct");
        month(months, 11, "november", "nopember", "nov", "nop");
        month(months, 12, "desember", "december", "des", "dec");
        MONTHS = Map.copyOf(months);
        Map<String, DayOfWeek> days = new HashMap<>();
        day(days, DayOfWeek.MONDAY, "senin", "monday", "mon");
        day(days, DayOfWeek.TUESDAY, "selasa", "tuesday", "tue", "tues");
        day(days, DayOfWeek.WEDNESDAY, "rabu", "wednesday", "wed");
        day(days, DayOfWeek.THURSDAY, "kamis", "thursday", "thu", "thur", "thurs");
        day(days, DayOfWeek.FRIDAY, "jumat", "jum'at", "jum’at", "friday", "fri");
        day(days, DayOfWeek.SATURDAY, "sabtu", "saturday", "sat");
        day(days, DayOfWeek.SUNDAY, "minggu", "ahad", "sunday", "sun");
        DAYS = Map.copyOf(days);
        Map<String, ZoneId> zones = new HashMap<>();
        zone(zones, "+07:00", "WIB");
        zone(zones, "+08:00", "WITA", "SGT", "HKT", "MYT", "AWST");
        zone(zones, "+09:00", "WIT", "JST", "KST");
        zone(zones, "Z", "GMT", "UTC", "UT", "Z");
        zone(zones, "-05:00", "EST", "CDT");
        zone(zones, "-04:00", "EDT");
        zone(zones, "-06:00", "CST", "MDT");
        zone(zones, "-07:00", "MST", "PDT");
        zone(zones, "-08:00", "PST");
        zone(zones, "+01:00", "BST", "CET", "WAT");
        zone(zones, "+02:00", "CEST", "EET");
        zone(zones, "+03:00", "EEST", "MSK");
        zone(zones, "+10:00", "AEST");
        zone(zones, "+11:00", "AEDT");
        zones.put("ET", ZoneId.of("America/New_York"));
        zones.put("CT", ZoneId.of("America/Chicago"));
        zones.put("MT", ZoneId.of("America/Denver"));
        zones.put("PT", ZoneId.of("America/Los_Angeles"));
        ZONES = Map.copyOf(zones);
    }

    private CalendarWords() {
    }

    private static void month(Map<String, Integer> map, int number, String... names) {
        for (String name : names) {
            map.put(name, number);
        }
    }

    private static void day(Map<String, DayOfWeek> map, DayOfWeek day, String... names) {
        for (String name : names) {
            map.put(name, day);
        }
    }

    private static void zone(Map<String, ZoneId> map, String offset, String... words) {
        for (String word : words) {
            map.put(word, ZoneOffset.of(offset));
        }
    }

    /**
     * A regex alternation of {@code words}, quoted, longest first so that "Januari" is not cut to "Jan" and "WITA"
     * not to "WIT".
     */
    public static String alternation(Iterable<String> words) {
        List<String> sorted = new java.util.ArrayList<>();
        words.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder sb = new StringBuilder();
        for (String w : sorted) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(w));
        }
        return sb.toString();
    }
}
