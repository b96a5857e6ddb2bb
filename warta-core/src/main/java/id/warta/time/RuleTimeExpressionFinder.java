package id.warta.time;

import id.warta.internal.CalendarWords;
import id.warta.time.TimeExpression.Precision;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based time expressions of Indonesian and English news: each rule is a regex compiled once whose match is
 * resolved to a period; overlapping matches are settled leftmost-longest, then a time of day written right after a
 * day is attached to it. Stateless and thread-safe.
 */
public final class RuleTimeExpressionFinder implements TimeExpressionFinder {

    /**
     * ASCII case folding only: every word looked for is ASCII, and Unicode folding would let "ſix" or "İn" match
     * words whose lower case is then not in the tables.
     */
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;
    /** Indonesian news without a stated zone and without a reference is written in Western Indonesian Time. */
    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);

    /** The dot of an abbreviation ("Jan.", "Sept."); after a full name it is the sentence's full stop. */
    private static final String ABBREVIATION_DOT = "(?:(?<!\\p{L}{5})\\.)?";
    private static final String MON = "(?<mon>" + CalendarWords.alternation(CalendarWords.MONTHS.keySet())
            + ")(?!\\p{L})" + ABBREVIATION_DOT;
    /** Day names before a date, abbreviations included ("Sat, Jan 8, 2022"). */
    private static final String DN = "(?:(?<dn>" + CalendarWords.alternation(CalendarWords.DAYS.keySet())
            + ")(?!\\p{L})" + ABBREVIATION_DOT + "\\s{0,3},?\\s{0,3})?";
    /** Day names standing alone: full names only, since "sun", "sat" and "wed" are ordinary English words. */
    private static final String FULL_DAY = "(?<dn>" + CalendarWords.alternation(CalendarWords.DAYS.keySet().stream()
            .filter(d -> d.length() >= 4 && !d.equals("thur") && !d.equals("thurs") && !d.equals("tues")).toList())
            + ")";
    private static final String NUMBER = "\\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|an?";
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("satu", 1),
            Map.entry("dua", 2), Map.entry("tiga", 3), Map.entry("empat", 4), Map.entry("lima", 5),
            Map.entry("enam", 6), Map.entry("tujuh", 7), Map.entry("delapan", 8), Map.entry("sembilan", 9),
            Map.entry("sepuluh", 10), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("a", 1),
            Map.entry("an", 1));
    private static final String PART_OF_DAY = "(?:\\s{1,3}(?:pagi|siang|sore|malam|dini\\s+hari|morning|afternoon"
            + "|evening|night)(?!\\p{L}))?";
    /** Words after which a bare month or year is a time ("pada 2021", "in May"); they stay outside the span. */
    private static final String CUE = "(?:pada|sejak|hingga|sampai|awal|akhir|pertengahan|selama|in|since|until"
            + "|by|during|early|late|mid)\\s{1,3}";

    /** The rules, in the order that settles a tie between two matches of the same span. */
    private enum Rule {
        ISO("(?<![\\d-])(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\d])"),
        NUMERIC("(?<![\\p{L}\\d./,:-])" + DN + "\\(?(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4})(?![\\d/])\\)?"),
        DAY_MONTH("(?<![\\p{L}\\d.,/])" + DN + "(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:of\\s{1,3})?" + MON
                + "(?:\\s{0,3},?\\s{1,3}(?<y>\\d{4})(?!\\d))?" + PART_OF_DAY),
        MONTH_DAY("(?<![\\p{L}\\d])" + DN + MON + "\\s{0,3}(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.]?\\d)"
                + "(?:\\s{0,3},\\s{0,3}(?<y>\\d{4})(?!\\d))?"),
        MONTH_YEAR("(?<![\\p{L}\\d])(?:bulan\\s{1,3})?" + MON + "\\s{1,3}(?<y>\\d{4})(?![\\d.,]?\\d)"),
        MONTH_ALONE("(?<![\\p{L}])" + CUE + "(?<e>(?:bulan\\s{1,3})?" + MON + ")(?!\\s{0,3}\\d)"),
        YEAR("(?<![\\p{L}\\d])(?:" + CUE + ")?(?<e>(?:tahun\\s{1,3})?(?<y>\\d{4}))(?![\\d.,]?\\d)"),
        /** "pekan lalu", "dua hari lalu", "sepekan lalu", "tahun depan", "three weeks ago" */
        PERIOD("(?<![\\p{L}\\d])(?:(?<n>" + NUMBER + ")\\s{1,3}|(?<se>se))?(?<u>hari|pekan|minggu|bulan|tahun"
                + "|days?|weeks?|months?|years?)\\s{1,3}(?<dir>yang\\s+lalu|lalu|kemarin|depan|mendatang|ini|ago)"
                + "(?!\\p{L})"),
        /** "last week", "next month", "this year" */
        PERIOD_EN("(?<![\\p{L}])(?<dir>last|next|this|past)\\s{1,3}(?<u>week|month|year)(?!\\p{L})"),
        RELATIVE_DAY("(?<![\\p{L}])(?<w>kemarin\\s+lusa|kemarin|hari\\s+ini|besok|esok\\s+hari|lusa"
                + "|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tomorrow"
                + "|tonight)(?!\\p{L})" + PART_OF_DAY),
        /** "Senin lalu", "hari Minggu", "Jumat (7/1)", "on Monday", "last Friday" */
        WEEKDAY("(?<![\\p{L}])(?:(?:pada|on)\\s{1,3})?(?<e>(?:(?<mod>hari|last|this|next|this\\s+past)\\s{1,3})?"
                + FULL_DAY + "(?!\\p{L})(?:\\s{0,3},?\\s{0,3}\\(\\s?(?<d>\\d{1,2})/(?<m>\\d{1,2})(?:/(?<y>\\d{4}))?"
                + "\\s?\\))?(?:\\s{1,3}(?<post>yang\\s+lalu|lalu|kemarin|depan|ini)(?!\\p{L}))?" + PART_OF_DAY + ")");

        final Pattern pattern;

        Rule(String regex) {
            this.pattern = Pattern.compile(regex, FLAGS);
        }
    }

    /** A clock time with its optional cue word, am/pm and zone. */
    private static final String CLOCK = "(?:(?<cue>(?:sekitar\\s+)?(?:pukul|pkl\\.?|jam|at|around))\\s{1,3})?"
            + "(?<h>\\d{1,2})(?:(?<sep>[.:])(?<mi>\\d{2}))?(?![\\d]|[.:]\\d)"
            // "p.m." keeps its last dot; "pm." at a sentence's end leaves the full stop to the sentence
            + "(?:\\s?(?<ap>[ap])(?:\\.\\s?m\\.|\\s?m)(?!\\p{L}))?"
            + "(?:\\s{0,3}\\(?(?<zone>WITA|WIB|WIT|GMT|UTC|(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CET|ET|PT))"
            + "(?!\\p{L})\\)?)?";
    /**
     * A time right after a day: "pukul 07.45 WIB", ", 07:45 WITA", "at 7.45 pm", " | 07:45 WIB". A dotted time
     * needs a cue word, a zone or am/pm so that "Jumat (7/1) 2.000 orang" keeps its number.
     */
    private static final Pattern TIME_AFTER = Pattern.compile("\\s{0,3}(?:[,|]\\s{0,3})?" + CLOCK, FLAGS);
    /**
     * A time right before a day, as the Indonesian press writes it: "pukul 02.00 WIB, Minggu (9/1)". It needs a
     * cue word, a zone or am/pm, so that a score ("2:1 Senin lalu") is not read as a time.
     */
    private static final Pattern TIME_BEFORE = Pattern.compile("(?<![\\p{L}\\d.:,])" + CLOCK
            + "\\s{0,3},?\\s{0,3}(?:(?:pada|on)\\s{1,3})?$", FLAGS);
    /** How far after a day an attached time may reach. */
    private static final int TIME_WINDOW = 40;

    private record Candidate(int start, int end, LocalDate begin, LocalDate last, Precision precision,
                             boolean relative, int rule) {
    }

    @Override
    public List<TimeExpression> find(String text, String language, OffsetDateTime reference) {
        Objects.requireNonNull(text, "text");
        boolean english = language != null && language.toLowerCase(Locale.ROOT).startsWith("en");
        LocalDate today = reference == null ? null : reference.toLocalDate();
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            Matcher m = rule.pattern.matcher(text);
            while (m.find()) {
                Candidate c = resolve(rule, m, english, today);
                if (c != null && c.end() > c.start() && (today != null || !c.relative())) {
                    candidates.add(c);
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt((Candidate c) -> c.end() - c.start()).reversed())
                .thenComparingInt(Candidate::rule));
        List<Candidate> chosen = new ArrayList<>();
        int previousEnd = 0;
        for (Candidate c : candidates) {
            if (c.start() >= previousEnd) {
                chosen.add(c);
                previousEnd = c.end();
            }
        }
        ZoneOffset defaultOffset = reference != null ? reference.getOffset() : english ? ZoneOffset.UTC : WIB;
        List<TimeExpression> result = new ArrayList<>(chosen.size());
        for (int k = 0; k < chosen.size(); k++) {
            Candidate c = chosen.get(k);
            int limit = k + 1 < chosen.size() ? chosen.get(k + 1).start() : text.length();
            int floor = result.isEmpty() ? 0 : result.get(result.size() - 1).end();
            result.add(withTime(text, c, Math.max(floor, c.start() - TIME_WINDOW),
                    Math.min(limit, c.end() + TIME_WINDOW), defaultOffset));
        }
        return List.copyOf(result);
    }

    private static TimeExpression withTime(String text, Candidate c, int floor, int limit,
                                           ZoneOffset defaultOffset) {
        TimeExpression plain = new TimeExpression(c.start(), c.end(), c.begin(), c.last(), null, c.precision(),
                c.relative());
        if (c.precision() != Precision.DAY) {
            return plain;
        }
        Matcher t = TIME_AFTER.matcher(text).region(c.end(), limit);
        if (t.lookingAt()) {
            TimeExpression timed = timed(t, c, c.start(), t.end(), defaultOffset);
            if (timed != null) {
                return timed;
            }
        }
        Matcher b = TIME_BEFORE.matcher(text).region(floor, c.start());
        if (b.find() && (b.group("cue") != null || b.group("ap") != null || b.group("zone") != null)) {
            TimeExpression timed = timed(b, c, b.start(), c.end(), defaultOffset);
            if (timed != null) {
                return timed;
            }
        }
        return plain;
    }

    /** The expression with the time {@code t} matched, or null when it is no valid time. */
    private static TimeExpression timed(Matcher t, Candidate c, int start, int end, ZoneOffset defaultOffset) {
        String ap = t.group("ap");
        String zone = t.group("zone");
        if (t.group("cue") == null && ap == null && zone == null && !":".equals(t.group("sep"))) {
            return null;
        }
        int hour = Integer.parseInt(t.group("h"));
        int minute = t.group("mi") == null ? 0 : Integer.parseInt(t.group("mi"));
        if (ap != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (Character.toLowerCase(ap.charAt(0)) == 'p' ? 12 : 0);
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        LocalTime time = LocalTime.of(hour, minute);
        ZoneOffset offset = defaultOffset;
        if (zone != null) {
            ZoneId id = CalendarWords.ZONES.get(zone.toUpperCase(Locale.ROOT));
            offset = id.getRules().getOffset(c.begin().atTime(time));
        }
        return new TimeExpression(start, end, c.begin(), c.last(), OffsetDateTime.of(c.begin(), time, offset),
                t.group("mi") == null ? Precision.HOUR : Precision.MINUTE, c.relative());
    }

    private static Candidate resolve(Rule rule, Matcher m, boolean english, LocalDate today) {
        return switch (rule) {
            case ISO -> day(m, rule, date(num(m, "y"), num(m, "m"), num(m, "d")));
            case NUMERIC -> {
                int a = num(m, "d");
                int b = num(m, "m");
                boolean monthFirst = english && b <= 12 || english && a <= 12 && b > 12;
                yield day(m, rule, monthFirst ? date(num(m, "y"), a, b) : date(num(m, "y"), b, a));
            }
            case DAY_MONTH, MONTH_DAY -> {
                if (!monthWordOk(m.group("mon"))) {
                    yield null;
                }
                int month = CalendarWords.MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT));
                if (m.group("y") != null) {
                    yield day(m, rule, date(num(m, "y"), month, num(m, "d")));
                }
                yield dayWithoutYear(m, rule, month, num(m, "d"), weekday(m.group("dn")), today);
            }
            case MONTH_YEAR -> {
                int y = num(m, "y");
                if (!monthWordOk(m.group("mon")) || !yearOk(y)) {
                    yield null;
                }
                LocalDate first = LocalDate.of(y, CalendarWords.MONTHS.get(m.group("mon").toLowerCase(Locale.ROOT)), 1);
                yield new Candidate(m.start(), m.end(), first, first.with(TemporalAdjusters.lastDayOfMonth()),
                        Precision.MONTH, false, rule.ordinal());
            }
            case MONTH_ALONE -> {
                String mon = m.group("mon");
                if (today == null || !Character.isUpperCase(mon.charAt(0)) || mon.length() < 3) {
                    yield null;
                }
                int month = CalendarWords.MONTHS.get(mon.toLowerCase(Locale.ROOT));
                LocalDate first = today.withDayOfMonth(1).withMonth(month);
                if (first.isAfter(today)) {
                    first = first.minusYears(1);
                }
                yield new Candidate(m.start("e"), m.end("e"), first,
                        first.with(TemporalAdjusters.lastDayOfMonth()), Precision.MONTH, true, rule.ordinal());
            }
            case YEAR -> {
                int y = num(m, "y");
                boolean cued = m.start("e") > m.start() || m.group("e").length() > 4;
                if (!cued || !yearOk(y)) {
                    yield null;
                }
                yield new Candidate(m.start("e"), m.end("e"), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31),
                        Precision.YEAR, false, rule.ordinal());
            }
            case PERIOD, PERIOD_EN -> period(m, rule, today);
            case RELATIVE_DAY -> {
                if (today == null) {
                    yield null;
                }
                String w = m.group("w").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                int shift = switch (w) {
                    case "kemarin lusa", "the day before yesterday" -> -2;
                    case "kemarin", "yesterday" -> -1;
                    case "besok", "esok hari", "tomorrow" -> 1;
                    case "lusa", "the day after tomorrow" -> 2;
                    default -> 0;
                };
                LocalDate d = today.plusDays(shift);
                yield new Candidate(m.start(), m.end(), d, d, Precision.DAY, true, rule.ordinal());
            }
            case WEEKDAY -> weekdayCandidate(m, rule, english, today);
        };
    }

    private static Candidate weekdayCandidate(Matcher m, Rule rule, boolean english, LocalDate today) {
        String dn = m.group("dn");
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        // "minggu" in lower case is "week"; any day name in lower case is more often a common word than a day,
        // unless a numeric date follows it ("sabtu (12/3)" in lower-cased text)
        if (!Character.isUpperCase(dn.charAt(0)) && !mod.equals("hari") && m.group("d") == null) {
            return null;
        }
        DayOfWeek day = weekday(dn);
        if (m.group("d") != null) {
            int d = num(m, "d");
            int mo = num(m, "m");
            if (m.group("y") != null) {
                return day(m, rule, m.start("e"), m.end("e"), date(num(m, "y"), mo, d));
            }
            if (mo < 1 || mo > 12) {
                return null;
            }
            return dayWithoutYear(m.start("e"), m.end("e"), rule, mo, d, day, today);
        }
        if (today == null) {
            return null;
        }
        String post = m.group("post") == null ? "" : m.group("post").toLowerCase(Locale.ROOT);
        LocalDate d;
        if (mod.startsWith("last") || mod.equals("this past") || post.endsWith("lalu") || post.equals("kemarin")) {
            d = today.with(TemporalAdjusters.previous(day));
        } else if (mod.equals("next") || post.equals("depan")) {
            d = today.with(TemporalAdjusters.next(day));
        } else if (mod.equals("this") || post.equals("ini")) {
            d = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(day));
        } else {
            d = today.with(TemporalAdjusters.previousOrSame(day));
        }
        return new Candidate(m.start("e"), m.end("e"), d, d, Precision.DAY, true, rule.ordinal());
    }

    private static Candidate period(Matcher m, Rule rule, LocalDate today) {
        if (today == null) {
            return null;
        }
        String u = m.group("u").toLowerCase(Locale.ROOT);
        String dir = m.group("dir").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int n = 1;
        if (rule == Rule.PERIOD) {
            String count = m.group("n");
            if (count != null) {
                String c = count.toLowerCase(Locale.ROOT);
                n = Character.isDigit(c.charAt(0)) ? Integer.parseInt(c) : NUMBER_WORDS.get(c);
            } else if (m.group("se") == null && (u.startsWith("hari") || u.startsWith("day") || dir.equals("ago")
                    || u.endsWith("s"))) {
                // "hari lalu" alone follows "beberapa" (some days ago); "days ago" needs its count
                return null;
            }
            if (dir.equals("ini")) {
                if (count != null || m.group("se") != null) {
                    return null;
                }
                n = 0;
            }
        } else if (dir.equals("this")) {
            n = 0;
        }
        int sign = switch (dir) {
            case "depan", "mendatang", "next" -> 1;
            case "ini", "this" -> 0;
            default -> -1;
        };
        long shift = (long) sign * n;
        if (u.startsWith("hari") || u.startsWith("day")) {
            LocalDate d = today.plusDays(shift);
            return new Candidate(m.start(), m.end(), d, d, Precision.DAY, true, rule.ordinal());
        }
        if (u.startsWith("pekan") || u.startsWith("minggu") || u.startsWith("week")) {
            LocalDate monday = today.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Candidate(m.start(), m.end(), monday, monday.plusDays(6), Precision.WEEK, true,
                    rule.ordinal());
        }
        if (u.startsWith("bulan") || u.startsWith("month")) {
            LocalDate first = today.withDayOfMonth(1).plusMonths(shift);
            return new Candidate(m.start(), m.end(), first, first.with(TemporalAdjusters.lastDayOfMonth()),
                    Precision.MONTH, true, rule.ordinal());
        }
        LocalDate first = today.withDayOfYear(1).plusYears(shift);
        return new Candidate(m.start(), m.end(), first, first.plusYears(1).minusDays(1), Precision.YEAR, true,
                rule.ordinal());
    }

    /** A month word in lower case is taken only when it is long and not an English verb ("may", "march"). */
    private static boolean monthWordOk(String mon) {
        return Character.isUpperCase(mon.charAt(0)) || mon.length() >= 6 && !mon.equalsIgnoreCase("march");
    }

    private static Candidate dayWithoutYear(Matcher m, Rule rule, int month, int day, DayOfWeek weekday,
                                            LocalDate today) {
        return dayWithoutYear(m.start(), m.end(), rule, month, day, weekday, today);
    }

    /**
     * The most recent such date not after the reference; when a day name is written ("Jumat (7/1)") the nearest
     * year whose date falls on that day wins, so an announcement of next week's Monday resolves forward.
     */
    private static Candidate dayWithoutYear(int start, int end, Rule rule, int month, int day, DayOfWeek weekday,
                                            LocalDate today) {
        if (today == null) {
            return null;
        }
        LocalDate best = null;
        LocalDate onWeekday = null;
        for (int y = today.getYear() - 1; y <= today.getYear() + 1; y++) {
            LocalDate d = date(y, month, day);
            if (d == null) {
                continue;
            }
            if (!d.isAfter(today)) {
                best = d;
            }
            if (d.getDayOfWeek() == weekday && (onWeekday == null
                    || Math.abs(ChronoUnit.DAYS.between(today, d)) < Math.abs(ChronoUnit.DAYS.between(today, onWeekday)))) {
                onWeekday = d;
            }
        }
        if (onWeekday != null) {
            best = onWeekday;
        }
        if (best == null) {
            return null;
        }
        return new Candidate(start, end, best, best, Precision.DAY, true, rule.ordinal());
    }

    private static Candidate day(Matcher m, Rule rule, LocalDate d) {
        return day(m, rule, m.start(), m.end(), d);
    }

    private static Candidate day(Matcher m, Rule rule, int start, int end, LocalDate d) {
        if (d == null) {
            return null;
        }
        return new Candidate(start, end, d, d, Precision.DAY, false, rule.ordinal());
    }

    private static DayOfWeek weekday(String name) {
        return name == null ? null : CalendarWords.DAYS.get(name.toLowerCase(Locale.ROOT));
    }

    private static int num(Matcher m, String group) {
        return Integer.parseInt(m.group(group));
    }

    private static boolean yearOk(int y) {
        return y >= MIN_YEAR && y <= MAX_YEAR;
    }

    private static LocalDate date(int y, int m, int d) {
        if (!yearOk(y)) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
