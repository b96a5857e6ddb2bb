package id.warta.store.story;

import id.warta.store.StoreOptions;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * Whether an article reports the same happening as an earlier one. The score in [0, 1] rests on what the two share:
 * <ul>
 *   <li>0 when their days are more than {@code storyWindowDays} apart, or unknown, or when both name countries
 *       and none in common;</li>
 *   <li>entities: the named people, organisations and places they share, as a share of the smaller article's,
 *       counted as at least {@value #MIN_ENTITIES} (one shared name, such as the capital, is not a story);</li>
 *   <li>events: the share of one article's events that the other also reports (same type, same country or
 *       one unknown, dates at most a day apart), the larger of the two shares. A shared event raises the entity
 *       score by
 *       {@value #EVENT_WEIGHT} of what it lacks to 1: the same kind of happening on the same day in the same
 *       country, with nobody and no place in common, stays below the default threshold (two protests in two
 *       cities), while with one or two shared names it makes one story;</li>
 *   <li>a day's drift is free; each further day apart takes {@value #DAY_PENALTY} off (follow-ups a few days on
 *       still join when they share enough).</li>
 * </ul>
 * Thread-safe.
 */
public final class StoryMatcher {

    static final int MIN_ENTITIES = 3;
    static final double EVENT_WEIGHT = 0.3;
    static final double DAY_PENALTY = 0.1;

    private final StoreOptions options;

    public StoryMatcher(StoreOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** How surely {@code article} reports the happening {@code candidate} reports, in [0, 1]. */
    public double score(StoryProfile article, StoryProfile candidate) {
        return score(article, candidate, 0);
    }

    /**
     * {@link #score(StoryProfile, StoryProfile)} when it reaches {@code floor}; when it surely does not, 0 (or the
     * score) without comparing the events, which cost most. For a caller that keeps only candidates reaching the
     * story threshold: the entities bound what the events can add.
     */
    public double score(StoryProfile article, StoryProfile candidate, double floor) {
        if (article.day() == null || candidate.day() == null) {
            return 0;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(article.day(), candidate.day()));
        if (days > options.storyWindowDays()) {
            return 0;
        }
        if (!article.countries().isEmpty() && !candidate.countries().isEmpty()
                && disjoint(article.countries(), candidate.countries())) {
            return 0;
        }
        double entities = entityScore(article.entities(), candidate.entities());
        double penalty = 1 - DAY_PENALTY * Math.max(0, days - 1);
        if (floor > 0 && Math.max(0, (entities + (1 - entities) * EVENT_WEIGHT) * penalty) < floor) {
            // even every event shared would not lift it to the floor
            return 0;
        }
        double events = eventScore(article.eventKeys(), candidate.eventKeys());
        double score = entities + (1 - entities) * EVENT_WEIGHT * events;
        return Math.max(0, score * penalty);
    }

    /** Whether the two report one happening: {@link #score} reaches {@code storySimilarity}. */
    public boolean sameStory(StoryProfile article, StoryProfile candidate) {
        return score(article, candidate) >= options.storySimilarity();
    }

    private static double entityScore(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String e : small) {
            if (large.contains(e)) {
                shared++;
            }
        }
        return (double) shared / Math.max(MIN_ENTITIES, small.size());
    }

    /** The larger of the two shares of an article's events that the other also reports. */
    private static double eventScore(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return Math.max(reported(a, b), reported(b, a));
    }

    /** The share of {@code events} that {@code other} also reports. */
    private static double reported(Set<String> events, Set<String> other) {
        int matched = 0;
        for (String e : events) {
            for (String f : other) {
                if (sameEvent(e, f)) {
                    matched++;
                    break;
                }
            }
        }
        return (double) matched / events.size();
    }

    /** Same type, the same country or one unknown, dates a day apart at most (or one unknown). */
    private static boolean sameEvent(String a, String b) {
        int a1 = a.indexOf('|');
        int b1 = b.indexOf('|');
        if (a1 != b1 || !a.regionMatches(0, b, 0, a1)) {
            return false;
        }
        int a2 = a.indexOf('|', a1 + 1);
        int b2 = b.indexOf('|', b1 + 1);
        boolean sameCountry = a2 - a1 == b2 - b1 && a.regionMatches(a1 + 1, b, b1 + 1, a2 - a1 - 1);
        if (!sameCountry && !unknown(a, a1 + 1, a2) && !unknown(b, b1 + 1, b2)) {
            return false;
        }
        if (unknown(a, a2 + 1, a.length()) || unknown(b, b2 + 1, b.length())) {
            return true;
        }
        if (a.length() - a2 == b.length() - b2 && a.regionMatches(a2 + 1, b, b2 + 1, a.length() - a2 - 1)) {
            return true;
        }
        // this runs for every pair of events of every candidate: the plain yyyy-MM-dd form is read by hand
        return Math.abs(epochDay(a, a2 + 1) - epochDay(b, b2 + 1)) <= 1;
    }

    /** Whether {@code s} between the two indexes is {@code -}, an unknown country or date. */
    private static boolean unknown(String s, int from, int to) {
        return to - from == 1 && s.charAt(from) == '-';
    }

    /** The epoch day of the ISO date from {@code from} to the end of {@code s}. */
    private static long epochDay(String s, int from) {
        if (s.length() - from == 10 && s.charAt(from + 4) == '-' && s.charAt(from + 7) == '-') {
            int y = digits(s, from, 4);
            int m = digits(s, from + 5, 2);
            int d = digits(s, from + 8, 2);
            if (y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
                return LocalDate.of(y, m, d).toEpochDay();
            }
        }
        return LocalDate.parse(s.substring(from)).toEpochDay();
    }

    /** The value of {@code n} decimal digits at {@code from}, or -1 when one is not a digit. */
    private static int digits(String s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String s : a) {
            if (b.contains(s)) {
                return false;
            }
        }
        return true;
    }
}
