package id.warta.extract;

import id.warta.internal.CalendarWords;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date-times news pages print, in Indonesian and English: ISO 8601, RFC 1123/822, written dates with day
 * and month names ("Sabtu, 8 Januari 2022 | 07:45 WIB", "Jan. 8, 2022 at 7:45 a.m. ET"), numeric day-first dates
 * ("08/01/2022, 07:45 WIB") and zone words (WIB, WITA, WIT, GMT, ET...). Shared by the HTML metadata reader and the
 * plain-text extractor so both read bylines the same way. Stateless; patterns are compiled once.
 */
final class DateTimes {

    /**
     * A date found in free text.
     *
     * @param value   the date-time with its offset; midnight when only a date was written
     * @param start   offset of the first character of the date (its day name, or a time written before it)
     * @param end     offset just after the last character (the time and zone, when present)
     * @param hasTime whether a time of day was written
     */
    public record Found(OffsetDateTime value, int start, int end, boolean hasTime) {
    }

    /** Years outside this range are page numbers, prices or typos, not publication dates. */
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    /** Longest string {@link #parse} accepts: meta values are short; anything longer is prose. */
    private static final int MAX_PARSE_LENGTH = 200;
    /** Words allowed around a date in {@link #parse} ("Updated: ..."), at most this many characters. */
    private static final int MAX_PARSE_LEFTOVER = 40;
    private static final Set<String> ORDINALS = Set.of("st", "nd", "rd", "th");
    /** Longest date text before its year: "Wednesday, (08th of September, " fits. */
    private static final int WINDOW_BEFORE_YEAR = 48;
    /** Longest date text after its year: "-01-08" of ISO 8601. */
    private static final int WINDOW_AFTER_YEAR = 8;
    /** How far before a date a leading time ("7:45 AM ET, Sat January 8, 2022") is looked for. */
    private static final int TIME_BEFORE_WINDOW = 40;

    private static final Map<String, Integer> MONTHS = CalendarWords.MONTHS;
    private static final Map<String, ZoneId> ZONES = CalendarWords.ZONES;

    private static final String MONTH = "(?<mon>" + CalendarWords.alternation(MONTHS.keySet()) + ")(?!\\p{L})\\.?";

    private static final String DAY_NAMES = CalendarWords.alternation(CalendarWords.DAYS.keySet());

    /** Optional day name before a date: "Sabtu, ", "Sat ", "Senin (" as in "Senin (3/1/2022)". */
    private static final String DAY = "(?:(?<!\\p{L})(?:" + DAY_NAMES + ")(?!\\p{L})\\.?\\s{0,3},?\\s{0,3}\\(?\\s{0,3})?";

    /**
     * Zone words are upper case in print, except the Indonesian ones and GMT/UTC, which also appear as "wib" or
     * "Gmt"; lower-case "et", "pt" or "z" are ordinary words. The patterns using this are case-insensitive.
     */
    private static final String ZONE = "(?:(?<zw>WITA|WIB|WIT|GMT|UTC|(?-i:UT|Z|EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|"
            + "CEST|CET|EEST|EET|MSK|WAT|SGT|HKT|MYT|AWST|JST|KST|AEST|AEDT|ET|CT|MT|PT))(?!\\p{L})"
            + "(?:\\s?(?<zs>[+\\-−])\\s?(?<zh>\\d{1,2})(?::?(?<zm>\\d{2}))?(?!\\d))?"
            + "|(?<ns>[+\\-−])(?<nh>\\d{2}):?(?<nm>\\d{2})?(?!\\d))";

    private static final String MERIDIEM = "(?<ap>[ap])\\.?\\s?m(?!\\p{L})\\.?";

    /** A time written after a date, with what may separate them ("T", ", ", " | ", " pukul ", " at "). */
    private static final Pattern TIME_AFTER = Pattern.compile("(?:T|\\s{0,3}\\)?\\s{0,3}(?:[,|•·/–—-]\\s{0,3})?"
            + "(?:(?:at|pukul|pkl\\.?|jam|@)\\s{0,3})?)"
            + "(?<h>\\d{1,2})(?<ts>[:.])(?<mi>\\d{2})(?:\\k<ts>(?<s>\\d{2})(?:[.,](?<f>\\d{1,9}))?)?(?![\\d]|[.,:]\\d)"
            + "(?:\\s{0,3}" + MERIDIEM + ")?"
            + "(?:\\s{0,3}\\(?\\s{0,3}" + ZONE + "\\)?)?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A time written before a date ("7:45 AM ET, Sat January 8, 2022"), matched against the text just before. */
    private static final Pattern TIME_BEFORE = Pattern.compile("(?<![\\d.:,])"
            + "(?<h>\\d{1,2})(?<ts>[:.])(?<mi>\\d{2})(?::(?<s>\\d{2})(?:[.,](?<f>\\d{1,9}))?)?(?![\\d]|[.,:]\\d)"
            + "(?:\\s{0,3}" + MERIDIEM + ")?"
            + "(?:\\s{0,3}\\(?\\s{0,3}" + ZONE + "\\)?)?"
            + "\\s{0,3}[,|•·–—-]?\\s{0,3}(?:on\\s{1,3})?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The date patterns; all name their parts y, m (number) or mon (name), and d. Names from this index on. */
    private static final int FIRST_NAMED_MONTH = 2;
    private static final List<Pattern> DATES = List.of(
            // ISO 8601 and year-first numeric dates: 2022-01-08, 2022/01/08, 2022.01.08
            Pattern.compile("(?<![\\d.,])(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})"
                    + "(?![\\d]|[.,]\\d)", FLAGS),
            // day-first numeric dates as Indonesian pages print them: 08/01/2022, 8-1-2022, 08.01.2022
            Pattern.compile(DAY + "(?<![\\d.,/-])(?<d>\\d{1,2})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})"
                    + "(?![\\d]|[.,/-]\\d)", FLAGS),
            // day month year: 8 Januari 2022, 08 Jan 2022, 8th of January, 2022, 08-Jan-2022
            Pattern.compile(DAY + "(?<![\\p{L}\\d.,])(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s{0,3}-\\s{0,3}|\\s{1,3})"
                    + "(?:of\\s{1,3})?" + MONTH + "(?:\\s{0,3}[,-]\\s{0,3}|\\s{1,3})(?<y>\\d{4})(?!\\d)", FLAGS),
            // month day year: January 8, 2022, Jan. 8 2022
            Pattern.compile(DAY + "(?<!\\p{L})" + MONTH + "\\s{0,3}(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)"
                    + "\\s{0,3},?\\s{0,3}(?<y>\\d{4})(?!\\d)", FLAGS));

    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    /** ISO 8601 basic format (20220108, 20220108T074500Z), seen in some meta tags. */
    private static final Pattern ISO_BASIC = Pattern.compile("(?<y>\\d{4})(?<m>\\d{2})(?<d>\\d{2})"
            + "(?:T?(?<h>\\d{2})(?<mi>\\d{2})(?<s>\\d{2})?)?(?<z>Z|[+-]\\d{2}:?\\d{2})?");

    private DateTimes() {
    }

    /**
     * Parses one date or date-time string in any supported form; empty if it is not one. A few words around the
     * date ("Updated: ...") are tolerated; prose is not.
     *
     * @param s           the string, may be {@code null}
     * @param defaultZone zone for date-times that carry no offset or zone word
     */
    public static Optional<OffsetDateTime> parse(String s, ZoneId defaultZone) {
        return parse(s, defaultZone, false);
    }

    /**
     * As {@link #parse(String, ZoneId)}, reading numeric dates whose two first numbers could both be a month
     * ("01/08/2022") month first when {@code monthFirst}, as US pages write them; otherwise day first.
     */
    public static Optional<OffsetDateTime> parse(String s, ZoneId defaultZone, boolean monthFirst) {
        Objects.requireNonNull(defaultZone, "defaultZone");
        if (s == null) {
            return Optional.empty();
        }
        String t = s.strip();
        if (t.isEmpty() || t.length() > MAX_PARSE_LENGTH) {
            return Optional.empty();
        }
        if (EPOCH.matcher(t).matches()) {
            long n = Long.parseLong(t);
            Instant instant = t.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            OffsetDateTime value = instant.atZone(defaultZone).toOffsetDateTime();
            return yearOk(value.getYear()) ? Optional.of(value) : Optional.empty();
        }
        Matcher basic = ISO_BASIC.matcher(t);
        if (basic.matches()) {
            return fromBasic(basic, defaultZone);
        }
        Optional<Found> found = find(t, defaultZone, monthFirst);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Found f = found.get();
        String leftover = t.substring(0, f.start()) + t.substring(f.end());
        if (leftover.length() > MAX_PARSE_LEFTOVER || leftover.chars().anyMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(f.value());
    }

    private static Optional<OffsetDateTime> fromBasic(Matcher m, ZoneId defaultZone) {
        int y = Integer.parseInt(m.group("y"));
        int mo = Integer.parseInt(m.group("m"));
        int d = Integer.parseInt(m.group("d"));
        if (!dateOk(y, mo, d)) {
            return Optional.empty();
        }
        ZoneId zone = defaultZone;
        if (m.group("z") != null) {
            try {
                zone = ZoneOffset.of(m.group("z").length() == 5 ? m.group("z").substring(0, 3) + ":"
                        + m.group("z").substring(3) : m.group("z"));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        int h = m.group("h") == null ? 0 : Integer.parseInt(m.group("h"));
        int mi = m.group("mi") == null ? 0 : Integer.parseInt(m.group("mi"));
        int sec = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        if (h > 23 || mi > 59 || sec > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.of(y, mo, d, h, mi, sec).atZone(zone).toOffsetDateTime());
    }

    /**
     * Finds the first date (with its time if present) in free text such as a byline. Numbers that only look like
     * parts of dates ("3.000 tentara", "1/2", "Rp 1.250.000") are not dates.
     *
     * @param text        the text, may be {@code null}
     * @param defaultZone zone for date-times that carry no offset or zone word
     */
    public static Optional<Found> find(String text, ZoneId defaultZone) {
        return find(text, defaultZone, false);
    }

    /**
     * As {@link #find(String, ZoneId)}, reading numeric dates whose two first numbers could both be a month
     * ("01/08/2022") month first when {@code monthFirst}, as US pages write them; otherwise day first.
     */
    public static Optional<Found> find(String text, ZoneId defaultZone, boolean monthFirst) {
        Objects.requireNonNull(defaultZone, "defaultZone");
        if (text == null || text.length() < 6) {
            return Optional.empty();
        }
        // every supported date has a four-digit year: look only around those, so prose costs one pass over chars
        Matcher[] matchers = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && isDigit(text.charAt(j))) {
                j++;
            }
            if (j - i == 4 && yearOk(Integer.parseInt(text, i, j, 10)) && plausible(text, i, j)) {
                if (matchers == null) {
                    matchers = new Matcher[DATES.size()];
                    for (int p = 0; p < matchers.length; p++) {
                        matchers[p] = DATES.get(p).matcher(text);
                    }
                }
                Found f = dateWithYearAt(text, matchers, i, j, defaultZone, monthFirst);
                if (f != null) {
                    return Optional.of(f);
                }
            }
            i = j;
        }
        return Optional.empty();
    }

    /**
     * Whether the characters around a year can belong to a date: a separator after it (2022-01-08), a day and
     * separator before it (08/01/2022), or a day number or month name before it (January 8, 2022; 8 Januari 2022).
     * Years in prose ("tahun 2022 naik") fail here without running the date patterns.
     */
    private static boolean plausible(String text, int yearStart, int yearEnd) {
        if (yearEnd < text.length() && "-/.".indexOf(text.charAt(yearEnd)) >= 0) {
            return true;
        }
        int k = yearStart - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 6 && " \t\u00a0,.-/".indexOf(text.charAt(k)) >= 0) {
            k--;
            skipped++;
        }
        if (k < 0 || skipped == 0) {
            return false;
        }
        char c = text.charAt(k);
        if (isDigit(c)) {
            return true;
        }
        int w = k;
        while (w >= 0 && k - w < 10 && Character.isLetter(text.charAt(w))) {
            w--;
        }
        String word = text.substring(w + 1, k + 1).toLowerCase(Locale.ROOT);
        return MONTHS.containsKey(word)
                || ORDINALS.contains(word) && w >= 0 && isDigit(text.charAt(w));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The date written around the year at [yearStart, yearEnd), earliest-starting form first; null if none. */
    private static Found dateWithYearAt(String text, Matcher[] matchers, int yearStart, int yearEnd,
                                        ZoneId defaultZone, boolean monthFirst) {
        int from = Math.max(0, yearStart - WINDOW_BEFORE_YEAR);
        int to = Math.min(text.length(), yearEnd + WINDOW_AFTER_YEAR);
        Found best = null;
        for (int p = 0; p < DATES.size(); p++) {
            Matcher m = matchers[p];
            // transparent bounds: look-arounds see past the window, so "13.000.2022" stays no date
            m.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (m.start("y") != yearStart) {
                    continue;
                }
                Found f = build(text, m, p >= FIRST_NAMED_MONTH, defaultZone, monthFirst);
                if (f != null && (best == null || f.start() < best.start())) {
                    best = f;
                }
                break;
            }
        }
        return best;
    }

    /** Builds a found date from a date match, extending it with a time written after or before; null if invalid. */
    private static Found build(String text, Matcher date, boolean monthName, ZoneId defaultZone,
                               boolean monthFirst) {
        int y = Integer.parseInt(date.group("y"));
        int d = Integer.parseInt(date.group("d"));
        int mo;
        String mon = monthName ? date.group("mon") : null;
        if (mon != null) {
            mo = MONTHS.get(mon.toLowerCase(Locale.ROOT));
        } else {
            mo = Integer.parseInt(date.group("m"));
            // day-first is the Indonesian (and British) order; a first number above 12 can only be a day, and a
            // second one above 12 means the page wrote month-first (US style)
            if (date.start("y") > date.start("d") && (mo > 12 && d <= 12 || monthFirst && d <= 12)) {
                int swap = mo;
                mo = d;
                d = swap;
            }
        }
        if (!dateOk(y, mo, d)) {
            return null;
        }
        LocalDate day = LocalDate.of(y, mo, d);
        Matcher after = TIME_AFTER.matcher(text);
        after.region(date.end(), text.length());
        if (after.lookingAt()) {
            OffsetDateTime value = withTime(day, after, defaultZone);
            if (value != null) {
                return new Found(value, date.start(), trimEnd(text, date.start(), after.end()), true);
            }
        }
        int from = Math.max(0, date.start() - TIME_BEFORE_WINDOW);
        Matcher before = TIME_BEFORE.matcher(text);
        before.region(from, date.start());
        if (before.find() && (":".equals(before.group("ts")) || before.group("ap") != null || hasZone(before))) {
            OffsetDateTime value = withTime(day, before, defaultZone);
            if (value != null) {
                return new Found(value, before.start(), date.end(), true);
            }
        }
        return new Found(day.atStartOfDay(defaultZone).toOffsetDateTime(), date.start(), date.end(), false);
    }

    /** Drops trailing blanks a time pattern may have swallowed, so the span ends on the last written character. */
    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static boolean hasZone(Matcher m) {
        return m.group("zw") != null || m.group("ns") != null;
    }

    private static OffsetDateTime withTime(LocalDate day, Matcher m, ZoneId defaultZone) {
        int h = Integer.parseInt(m.group("h"));
        int mi = Integer.parseInt(m.group("mi"));
        int s = m.group("s") == null ? 0 : Integer.parseInt(m.group("s"));
        int nanos = 0;
        String f = m.group("f");
        if (f != null) {
            nanos = Integer.parseInt((f + "000000000").substring(0, 9));
        }
        String ap = m.group("ap");
        if (ap != null) {
            if (h < 1 || h > 12) {
                return null;
            }
            boolean pm = ap.equalsIgnoreCase("p");
            h = h % 12 + (pm ? 12 : 0);
        }
        if (h > 23 || mi > 59 || s > 59) {
            return null;
        }
        ZoneId zone = zoneOf(m, defaultZone);
        if (zone == null) {
            return null;
        }
        return LocalDateTime.of(day, java.time.LocalTime.of(h, mi, s, nanos)).atZone(zone).toOffsetDateTime();
    }

    /** The zone a time names, the default when it names none, or null when the offset it names is impossible. */
    private static ZoneId zoneOf(Matcher m, ZoneId defaultZone) {
        String word = m.group("zw");
        if (word != null) {
            ZoneId base = ZONES.get(word.toUpperCase(Locale.ROOT));
            if (m.group("zs") == null) {
                return base;
            }
            // "GMT+7", "UTC+07:00": the offset after the word is relative to UTC
            return offset(m.group("zs"), m.group("zh"), m.group("zm"));
        }
        if (m.group("ns") != null) {
            return offset(m.group("ns"), m.group("nh"), m.group("nm"));
        }
        return defaultZone;
    }

    private static ZoneOffset offset(String sign, String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int mi = minutes == null ? 0 : Integer.parseInt(minutes);
        if (h > 14 || mi > 59) {
            return null;
        }
        int total = h * 3600 + mi * 60;
        return ZoneOffset.ofTotalSeconds("+".equals(sign) ? total : -total);
    }

    private static boolean yearOk(int y) {
        return y >= MIN_YEAR && y <= MAX_YEAR;
    }

    private static boolean dateOk(int y, int m, int d) {
        if (!yearOk(y) || m < 1 || m > 12 || d < 1) {
            return false;
        }
        return d <= java.time.YearMonth.of(y, m).lengthOfMonth();
    }
}
