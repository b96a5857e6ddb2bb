package id.warta.store.story;

import id.warta.store.StoreOptions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
}
