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
 *   <li>events: the share of the fewer events that the other article also reports (same type, same country or
 *       one unknown, dates at most a day apart). A shared event raises the entity score by
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
        double events = eventScore(article.eventKeys(), candidate.eventKeys());
        double score = entities + (1 - entities) * EVENT_WEIGHT * events;
        return Math.max(0, score * (1 - DAY_PENALTY * Math.max(0, days - 1)));
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

    private static double eventScore(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int matched = 0;
        for (String e : small) {
            for (String f : large) {
                if (sameEvent(e, f)) {
                    matched++;
                    break;
                }
            }
        }
        return (double) matched / small.size();
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
        String ca = a.substring(a1 + 1, a2);
        String cb = b.substring(b1 + 1, b2);
        if (!ca.equals(cb) && !ca.equals("-") && !cb.equals("-")) {
            return false;
        }
        String da = a.substring(a2 + 1);
        String db = b.substring(b2 + 1);
        if (da.equals("-") || db.equals("-")) {
            return true;
        }
        return Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(da), LocalDate.parse(db))) <= 1;
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
