package id.warta.store.story;

import id.warta.store.StoreOptions;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static id.warta.store.story.StoryArticles.profile;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stories are happenings: the same clash reported by two outlets in two languages, and its death toll two days on,
 * are one story; a teachers' protest in the capital the same day, a cricket match in the same city the next day and
 * a farmers' protest a week later are not.
 */
class StoryMatcherTest {

    private static final String CLASH = "karachi-clash-kabarpagi-2023-05-09";
    private static final String CLASH_EN = "karachi-clash-english-2023-05-09";
    private static final String TOLL = "karachi-toll-wartatimur-2023-05-11";
    private static final String TEACHERS = "islamabad-teachers-lintaskota-2023-05-09";
    private static final String CRICKET = "karachi-cricket-kabarpagi-2023-05-10";
    private static final String FARMERS = "lahore-farmers-kabarpagi-2023-05-16";
    private static final String FARMERS_AGAIN = "lahore-farmers-again-pewarta-2023-05-23";

    private final StoryMatcher matcher = new StoryMatcher(StoreOptions.DEFAULTS);

    @Test
    void theSameClashFromTwoOutletsInTwoLanguagesIsOneStory() {
        assertThat(matcher.sameStory(profile(CLASH_EN), profile(CLASH))).isTrue();
        assertThat(matcher.sameStory(profile(CLASH), profile(CLASH_EN))).isTrue();
    }

    @Test
    void theDeathTollTwoDaysLaterJoinsTheClash() {
        assertThat(matcher.sameStory(profile(TOLL), profile(CLASH))).isTrue();
        assertThat(matcher.sameStory(profile(TOLL), profile(CLASH_EN))).isTrue();
    }

    @Test
    void anotherProtestInTheSameCountryOnTheSameDayIsAnotherStory() {
        assertThat(matcher.sameStory(profile(TEACHERS), profile(CLASH))).isFalse();
        assertThat(matcher.sameStory(profile(TEACHERS), profile(CLASH_EN))).isFalse();
    }

    @Test
    void aMatchInTheSameCityIsAnotherStory() {
        assertThat(matcher.score(profile(CRICKET), profile(CLASH))).isLessThan(0.2);
    }

    @Test
    void theSameFarmersProtestingAgainAWeekLaterIsAnotherStory() {
        assertThat(matcher.score(profile(FARMERS_AGAIN), profile(FARMERS))).isZero();
        assertThat(matcher.score(profile(FARMERS), profile(CLASH))).isZero();
        // the week, not a lack of common ground, keeps them apart
        StoreOptions fortnight = StoreOptions.DEFAULTS.withStoryWindowDays(14);
        assertThat(new StoryMatcher(fortnight).score(profile(FARMERS_AGAIN), profile(FARMERS))).isGreaterThan(0.2);
    }

    @Test
    void scoreIsSymmetricAndInRange() {
        String[] all = {CLASH, CLASH_EN, TOLL, TEACHERS, CRICKET, FARMERS, FARMERS_AGAIN};
        for (String a : all) {
            for (String b : all) {
                double s = matcher.score(profile(a), profile(b));
                assertThat(s).isBetween(0.0, 1.0).isEqualTo(matcher.score(profile(b), profile(a)));
            }
        }
    }

    @Test
    void unknownDaysAndDisjointCountriesNeverMatch() {
        StoryProfile almaty = new StoryProfile(LocalDate.of(2022, 1, 5), Set.of("PROTEST|KAZ|2022-01-05"),
                Set.of("almaty", "kassym-jomart tokayev"), Set.of("KAZ"));
        StoryProfile undated = new StoryProfile(null, almaty.eventKeys(), almaty.entities(), almaty.countries());
        StoryProfile bishkek = new StoryProfile(almaty.day(), Set.of("PROTEST|KGZ|2022-01-05"),
                almaty.entities(), Set.of("KGZ"));

        assertThat(matcher.sameStory(almaty, almaty)).isTrue();
        assertThat(matcher.score(undated, almaty)).isZero();
        assertThat(matcher.score(bishkek, almaty)).isZero();
    }

    @Test
    void eventsADayApartAcrossAYearEndAreOneHappeningTwoDaysApartAreNot() {
        LocalDate eve = LocalDate.of(2021, 12, 31);
        StoryProfile almaty = new StoryProfile(eve, Set.of("PROTEST|KAZ|2021-12-31"), Set.of(), Set.of());
        StoryProfile nextDay = new StoryProfile(eve, Set.of("PROTEST|KAZ|2022-01-01"), Set.of(), Set.of());
        StoryProfile twoDays = new StoryProfile(eve, Set.of("PROTEST|KAZ|2022-01-02"), Set.of(), Set.of());
        StoryProfile nowhere = new StoryProfile(eve, Set.of("PROTEST|-|2022-01-01"), Set.of(), Set.of());
        StoryProfile undated = new StoryProfile(eve, Set.of("PROTEST|KAZ|-"), Set.of(), Set.of());
        StoryProfile elsewhere = new StoryProfile(eve, Set.of("PROTEST|KGZ|2021-12-31"), Set.of(), Set.of());
        StoryProfile assault = new StoryProfile(eve, Set.of("ASSAULT|KAZ|2021-12-31"), Set.of(), Set.of());
        // no shared names: a shared event alone scores its weight
        assertThat(matcher.score(almaty, nextDay)).isEqualTo(StoryMatcher.EVENT_WEIGHT);
        assertThat(matcher.score(almaty, nowhere)).isEqualTo(StoryMatcher.EVENT_WEIGHT);
        assertThat(matcher.score(almaty, undated)).isEqualTo(StoryMatcher.EVENT_WEIGHT);
        assertThat(matcher.score(almaty, twoDays)).isZero();
        assertThat(matcher.score(almaty, elsewhere)).isZero();
        assertThat(matcher.score(almaty, assault)).isZero();
    }

    @Property
    void anyTwoProfilesScoreSymmetricallyInRange(@ForAll @IntRange(min = 0, max = 6) int days,
                                                 @ForAll @Size(max = 6) List<@IntRange(max = 5) Integer> eventsA,
                                                 @ForAll @Size(max = 6) List<@IntRange(max = 5) Integer> eventsB,
                                                 @ForAll @Size(max = 8) Set<@StringLength(min = 1, max = 3) String> a,
                                                 @ForAll @Size(max = 8) Set<@StringLength(min = 1, max = 3) String> b) {
        LocalDate day = LocalDate.of(2023, 5, 9);
        StoryProfile pa = new StoryProfile(day, keys(eventsA, day), a, Set.of("PAK"));
        StoryProfile pb = new StoryProfile(day.plusDays(days), keys(eventsB, day), b, Set.of("PAK"));
        double s = matcher.score(pa, pb);
        assertThat(s).isBetween(0.0, 1.0).isEqualTo(matcher.score(pb, pa));
        assertThat(StoryProfile.fromBytes(pa.toBytes())).isEqualTo(pa);
        // with a floor: the same score when it reaches the floor, below the floor when it does not
        for (double floor : new double[] {0.2, 0.5, 0.8}) {
            double floored = matcher.score(pa, pb, floor);
            if (s >= floor) {
                assertThat(floored).isEqualTo(s);
            } else {
                assertThat(floored).isLessThan(floor);
            }
        }
    }

    /** Event keys from small numbers: the type from the number, the date a day or two on for some. */
    private static Set<String> keys(List<Integer> codes, LocalDate day) {
        Set<String> out = new HashSet<>();
        for (int c : codes) {
            out.add((c % 2 == 0 ? "PROTEST" : "ASSAULT") + "|PAK|" + day.plusDays(c / 2));
        }
        return out;
    }
}
