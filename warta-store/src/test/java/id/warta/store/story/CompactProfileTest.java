package id.warta.store.story;

import id.warta.store.StoreOptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The compact form scores exactly as the rules of {@link StoryMatcher} say, stated here over the profile's strings
 * and dates; it decodes from the stored bytes, including bytes an older build wrote.
 */
class CompactProfileTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2023, 5, 9), LocalDate.of(2021, 12, 31),
            LocalDate.of(2024, 2, 28));
    private static final List<String> TYPES = List.of("PROTEST", "ASSAULT", "COERCE", "CONSULT");
    private static final List<String> EVENT_COUNTRIES = List.of("PAK", "KAZ", "IDN", "-");
    private static final List<String> COUNTRIES = List.of("PAK", "KAZ", "IDN", "MYS");
    private static final List<String> NAMES = List.of("karachi", "imran khan", "javed odho", "almaty",
            "kassym-jomart tokayev", "jakarta", "joko widodo", "polda metro jaya", "surabaya", "tri rismaharini",
            "kpk", "bmkg", "são paulo", "zürich", "москва", "東京", "𝐛𝐞𝐫𝐢𝐭𝐚 𝐬𝐚𝐭𝐮", "lahore", "islamabad",
            "sindh");

    /** Two profiles published near one day and the story window they are scored with. */
    record Case(StoryProfile a, StoryProfile b, int window) {
    }

    @Property(tries = 2_000)
    void theCompactFormScoresAsTheRulesSay(@ForAll("cases") Case c) {
        StoryMatcher matcher = new StoryMatcher(StoreOptions.DEFAULTS.withStoryWindowDays(c.window()));
        double expected = rules(c.a(), c.b(), c.window());
        CompactProfile a = CompactProfile.fromBytes(c.a().toBytes());
        CompactProfile b = CompactProfile.fromBytes(c.b().toBytes());

        assertThat(matcher.score(a, b, 0)).isEqualTo(expected);
        assertThat(matcher.score(b, a, 0)).isEqualTo(expected);
        assertThat(matcher.score(c.a(), c.b())).isEqualTo(expected);
        assertThat(matcher.sameStory(c.a(), c.b())).isEqualTo(expected >= StoreOptions.DEFAULTS.storySimilarity());
        // with a floor: the same score when it reaches the floor, else 0 or the score
        for (double floor : new double[] {0.2, 0.5, 0.8}) {
            double floored = matcher.score(a, b, floor);
            if (expected >= floor) {
                assertThat(floored).isEqualTo(expected);
            } else {
                assertThat(floored).isIn(0.0, expected);
            }
            assertThat(matcher.score(c.a(), c.b(), floor)).isEqualTo(floored);
        }
        Statistics.label("score").collect(expected == 0 ? "0" : expected < 0.5 ? "below 0.5" : "0.5 or more");
        Statistics.label("events").collect(events(c.a(), c.b()) > 0 ? "some shared" : "none shared");
        Statistics.label("score").coverage(k -> {
            k.check("0").percentage(p -> p > 5);
            k.check("below 0.5").percentage(p -> p > 5);
            k.check("0.5 or more").percentage(p -> p > 5);
        });
        Statistics.label("events").coverage(k -> k.check("some shared").percentage(p -> p > 5));
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.of(DAYS).flatMap(day -> Combinators.combine(profile(day), profile(day), Arbitraries.longs(),
                Arbitraries.of(0, 1, 3, 5)).as((a, other, kept, window) -> new Case(a, report(a, other, kept),
                window)));
    }

    /**
     * Another report near {@code a}'s: {@code other}'s day, and its names, events and countries with some of
     * {@code a}'s, those the bits of {@code kept} say (a second outlet names some of the same people and events).
     */
    private static StoryProfile report(StoryProfile a, StoryProfile other, long kept) {
        Set<String> entities = new LinkedHashSet<>(some(a.entities(), kept));
        entities.addAll(other.entities());
        Set<String> events = new HashSet<>(some(a.eventKeys(), kept >>> 20));
        events.addAll(other.eventKeys());
        Set<String> countries = new HashSet<>(some(a.countries(), kept >>> 30));
        countries.addAll(other.countries());
        return new StoryProfile(other.day(), events, entities.stream().limit(StoryProfile.MAX_ENTITIES)
                .collect(Collectors.toCollection(LinkedHashSet::new)), countries);
    }

    /** The members of {@code set} whose bit in {@code bits} is set, in its order. */
    private static List<String> some(Set<String> set, long bits) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (String s : set) {
            if ((bits >>> i++ & 1) != 0) {
                out.add(s);
            }
        }
        return out;
    }

    /** A profile published up to 3 days either side of {@code day} (or undated), its events 3 days either side. */
    private static Arbitrary<StoryProfile> profile(LocalDate day) {
        Arbitrary<String> date = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(-3, 3).map(d -> day.plusDays(d).toString())),
                Tuple.of(1, Arbitraries.just("-")));
        Arbitrary<String> key = Combinators.combine(Arbitraries.of(TYPES), Arbitraries.of(EVENT_COUNTRIES), date)
                .as((type, country, d) -> type + '|' + country + '|' + d);
        Arbitrary<LocalDate> published = Arbitraries.frequencyOf(
                Tuple.of(15, Arbitraries.integers().between(-3, 3).map(day::plusDays)),
                Tuple.of(1, Arbitraries.just((LocalDate) null)));
        return Combinators.combine(published,
                key.set().ofMaxSize(5), Arbitraries.of(NAMES).set().ofMaxSize(8),
                Arbitraries.of(COUNTRIES).set().ofMaxSize(3)).as(StoryProfile::new);
    }

    /**
     * The documented rules over strings and dates: 0 for an unknown day, days beyond the window or disjoint
     * countries; the share of shared entities of the smaller set (at least {@value StoryMatcher#MIN_ENTITIES});
     * the larger share of either article's events the other reports; a shared event raising the entity score by
     * its weight of what it lacks to 1; each day apart beyond the first a penalty.
     */
    private static double rules(StoryProfile a, StoryProfile b, int window) {
        if (a.day() == null || b.day() == null) {
            return 0;
        }
        long days = Math.abs(ChronoUnit.DAYS.between(a.day(), b.day()));
        if (days > window || !a.countries().isEmpty() && !b.countries().isEmpty()
                && Collections.disjoint(a.countries(), b.countries())) {
            return 0;
        }
        double entities = 0;
        if (!a.entities().isEmpty() && !b.entities().isEmpty()) {
            Set<String> shared = new HashSet<>(a.entities());
            shared.retainAll(b.entities());
            entities = (double) shared.size() / Math.max(StoryMatcher.MIN_ENTITIES,
                    Math.min(a.entities().size(), b.entities().size()));
        }
        double penalty = 1 - StoryMatcher.DAY_PENALTY * Math.max(0, days - 1);
        return Math.max(0, (entities + (1 - entities) * StoryMatcher.EVENT_WEIGHT * events(a, b)) * penalty);
    }

    private static double events(StoryProfile a, StoryProfile b) {
        if (a.eventKeys().isEmpty() || b.eventKeys().isEmpty()) {
            return 0;
        }
        return Math.max(share(a.eventKeys(), b.eventKeys()), share(b.eventKeys(), a.eventKeys()));
    }

    /** The share of {@code events} that some event of {@code other} matches. */
    private static double share(Set<String> events, Set<String> other) {
        int matched = 0;
        for (String e : events) {
            if (other.stream().anyMatch(f -> oneHappening(e.split("\\|"), f.split("\\|")))) {
                matched++;
            }
        }
        return (double) matched / events.size();
    }

    /** Same type; same country or one unknown; dates at most a day apart or one unknown. */
    private static boolean oneHappening(String[] e, String[] f) {
        return e[0].equals(f[0])
                && (e[1].equals(f[1]) || e[1].equals("-") || f[1].equals("-"))
                && (e[2].equals("-") || f[2].equals("-")
                    || Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(e[2]), LocalDate.parse(f[2]))) <= 1);
    }

    @Test
    void bytesAsAnOlderBuildWroteThemDecodeToTheFormOfTheProfile() throws IOException {
        StoryProfile p = new StoryProfile(LocalDate.of(2022, 1, 5),
                Set.of("PROTEST|KAZ|2022-01-05", "ASSAULT|-|-", "COERCE|KAZ|+10000-01-01"),
                Set.of("almaty", "kassym-jomart tokayev", "москва", "𝐛𝐞𝐫𝐢𝐭𝐚 𝐬𝐚𝐭𝐮", "nur\u0000sultan"),
                Set.of("KAZ", "RUS"));
        // format 1, written field by field: a format byte, the epoch day, then three sets of strings (names and
        // countries in another order than the profile's: the form does not depend on it)
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeLong(p.day().toEpochDay());
            for (List<String> set : List.of(List.copyOf(p.eventKeys()), reversed(p.entities()),
                    reversed(p.countries()))) {
                out.writeShort(set.size());
                for (String s : set) {
                    out.writeUTF(s);
                }
            }
        }
        byte[] stored = bytes.toByteArray();
        // as a Lucene doc value hands it over: within a larger array
        byte[] page = new byte[stored.length + 10];
        System.arraycopy(stored, 0, page, 7, stored.length);

        CompactProfile fromString = CompactProfile.of(p);
        for (CompactProfile decoded : List.of(CompactProfile.fromBytes(stored),
                CompactProfile.fromBytes(page, 7, stored.length))) {
            assertThat(decoded.day()).isEqualTo(fromString.day()).isEqualTo(p.day().toEpochDay());
            assertThat(decoded.entities).isEqualTo(5);
            assertThat(decoded.countries).isEqualTo(2);
            assertThat(decoded.events).isEqualTo(3);
            assertThat(decoded.data).containsExactly(fromString.data);
        }
        assertThat(fromString.data).contains(CompactProfile.UNKNOWN_COUNTRY, CompactProfile.UNKNOWN_DAY,
                LocalDate.of(10_000, 1, 1).toEpochDay());
        StoryMatcher matcher = new StoryMatcher(StoreOptions.DEFAULTS);
        assertThat(matcher.score(fromString, CompactProfile.fromBytes(page, 7, stored.length), 0)).isEqualTo(1.0);
    }

    private static List<String> reversed(Set<String> set) {
        List<String> out = new ArrayList<>(set);
        Collections.reverse(out);
        return out;
    }

    @Test
    void aNameHasOneHashWhateverItsScript() {
        StoryProfile a = new StoryProfile(LocalDate.of(2022, 1, 5), Set.of(), Set.of("москва", "東京",
                "𝐛𝐞𝐫𝐢𝐭𝐚 𝐬𝐚𝐭𝐮"), Set.of());
        StoryProfile b = new StoryProfile(LocalDate.of(2022, 1, 5), Set.of(), Set.of("москва", "東京", "berita satu"),
                Set.of());
        // two of three names shared, counted in the bytes both were stored as
        assertThat(new StoryMatcher(StoreOptions.DEFAULTS).score(CompactProfile.of(a), CompactProfile.of(b), 0))
                .isEqualTo(2.0 / 3);
    }

    @Test
    void bytesThatAreNoProfileAreRefused() {
        assertThatThrownBy(() -> CompactProfile.fromBytes(new byte[] {9, 1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
        byte[] whole = new StoryProfile(LocalDate.of(2022, 1, 5), Set.of("PROTEST|KAZ|2022-01-05"), Set.of("almaty"),
                Set.of("KAZ")).toBytes();
        for (int n = 0; n < whole.length; n++) {
            int length = n;
            assertThatThrownBy(() -> CompactProfile.fromBytes(whole, 0, length))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        byte[] noCountry = new StoryProfile(null, Set.of("PROTEST-2022-01-05"), Set.of(), Set.of()).toBytes();
        assertThatThrownBy(() -> CompactProfile.fromBytes(noCountry)).isInstanceOf(IllegalArgumentException.class);
    }
}
