package id.warta.store.story;

import id.warta.store.StoreOptions;

import java.util.Objects;

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
 * The rules run on {@link CompactProfile}s, where they compare hashes and epoch days. Thread-safe.
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
        return score(CompactProfile.of(article), CompactProfile.of(candidate), floor);
    }

    /** {@link #score(StoryProfile, StoryProfile, double)} of the two profiles in their compact form. */
    public double score(CompactProfile article, CompactProfile candidate, double floor) {
        if (article.day == CompactProfile.UNKNOWN_DAY || candidate.day == CompactProfile.UNKNOWN_DAY) {
            return 0;
        }
        long days = Math.abs(article.day - candidate.day);
        if (days > options.storyWindowDays()) {
            return 0;
        }
        if (article.countries > 0 && candidate.countries > 0
                && shared(article.data, article.entities, article.countries, candidate.data, candidate.entities,
                        candidate.countries) == 0) {
            return 0;
        }
        double entities = entityScore(article, candidate);
        double penalty = 1 - DAY_PENALTY * Math.max(0, days - 1);
        if (floor > 0 && Math.max(0, (entities + (1 - entities) * EVENT_WEIGHT) * penalty) < floor) {
            // even every event shared would not lift it to the floor
            return 0;
        }
        double events = eventScore(article, candidate);
        double score = entities + (1 - entities) * EVENT_WEIGHT * events;
        return Math.max(0, score * penalty);
    }

    /** Whether the two report one happening: {@link #score} reaches {@code storySimilarity}. */
    public boolean sameStory(StoryProfile article, StoryProfile candidate) {
        return score(article, candidate) >= options.storySimilarity();
    }

    private static double entityScore(CompactProfile a, CompactProfile b) {
        if (a.entities == 0 || b.entities == 0) {
            return 0;
        }
        int shared = shared(a.data, 0, a.entities, b.data, 0, b.entities);
        return (double) shared / Math.max(MIN_ENTITIES, Math.min(a.entities, b.entities));
    }

    /** The number of values two sorted runs of distinct values share: {@code n} from {@code i}, {@code m} from j. */
    private static int shared(long[] a, int i, int n, long[] b, int j, int m) {
        int aEnd = i + n;
        int bEnd = j + m;
        int shared = 0;
        // without branches on the comparisons, which hashes make unpredictable
        while (i < aEnd && j < bEnd) {
            long x = a[i];
            long y = b[j];
            shared += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }
        return shared;
    }

    /** The larger of the two shares of an article's events that the other also reports. */
    private static double eventScore(CompactProfile a, CompactProfile b) {
        if (a.events == 0 || b.events == 0) {
            return 0;
        }
        return Math.max(reported(a, b), reported(b, a));
    }

    /** The share of the events of {@code p} that {@code other} also reports. */
    private static double reported(CompactProfile p, CompactProfile other) {
        long[] e = p.data;
        long[] f = other.data;
        int fFrom = other.entities + other.countries;
        int fTo = fFrom + 3 * other.events;
        int matched = 0;
        for (int i = p.entities + p.countries, end = i + 3 * p.events; i < end; i += 3) {
            for (int j = fFrom; j < fTo; j += 3) {
                if (sameEvent(e[i], e[i + 1], e[i + 2], f[j], f[j + 1], f[j + 2])) {
                    matched++;
                    break;
                }
            }
        }
        return (double) matched / p.events;
    }

    /** Same type, the same country or one unknown, dates a day apart at most (or one unknown). */
    private static boolean sameEvent(long type, long country, long day, long otherType, long otherCountry,
                                     long otherDay) {
        return type == otherType
                && (country == otherCountry || country == CompactProfile.UNKNOWN_COUNTRY
                    || otherCountry == CompactProfile.UNKNOWN_COUNTRY)
                && (day == CompactProfile.UNKNOWN_DAY || otherDay == CompactProfile.UNKNOWN_DAY
                    || Math.abs(day - otherDay) <= 1);
    }
}
