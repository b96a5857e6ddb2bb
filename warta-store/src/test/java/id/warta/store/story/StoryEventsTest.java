package id.warta.store.story;

import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.store.StoryEvent;
import id.warta.store.story.StoryEvents.ArticleEvent;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Merging hand-built article events: which are one happening, and what the happening keeps. */
class StoryEventsTest {

    private static final LocalDate JAN5 = LocalDate.of(2022, 1, 5);

    private static final EventLocation ALMATY = new EventLocation("Almaty", "KAZ", "Almaty", 43.25, 76.92, 1526384,
            1, EventLocation.Source.SENTENCE, 10, 16);
    private static final EventLocation KAZAKHSTAN = new EventLocation("Kazakhstan", "KAZ", null, 48, 68, 1522867,
            3, EventLocation.Source.COUNTRY, -1, -1);
    private static final EventLocation BISHKEK = new EventLocation("Bishkek", "KGZ", "Bishkek", 42.87, 74.59,
            1528675, 1, EventLocation.Source.SENTENCE, 10, 17);

    private static Actor actor(String name, String country, String sector) {
        return new Actor(name, country, sector, List.of(), 0, name.length());
    }

    private static Event event(String type, Actor actor, EventLocation where, LocalDate date, String sentence,
                               Count... counts) {
        Long killed = null;
        Long injured = null;
        Long arrested = null;
        for (Count c : counts) {
            switch (c.kind()) {
                case KILLED -> killed = (killed == null ? 0 : killed) + c.value();
                case INJURED -> injured = (injured == null ? 0 : injured) + c.value();
                case ARRESTED -> arrested = (arrested == null ? 0 : arrested) + c.value();
                case SIZE -> { }
            }
        }
        return new Event(type, null, actor, null, where, date, TimeExpression.Precision.DAY, killed, injured,
                arrested, null, false, false, Event.Modality.ASSERTED, false, List.of(counts),
                List.of(new Evidence(sentence, 0, sentence.length())), 0.6);
    }

    private static Count killed(long n) {
        return new Count(Count.Kind.KILLED, n, false, "orang", 0, 2);
    }

    @Test
    void reportsOfOneRiotFromThreeOutletsAreOneHappeningWithTheHighestTollNotTheSum() {
        Actor protesters = actor("pengunjuk rasa", "KAZ", "PRO");
        List<ArticleEvent> events = List.of(
                new ArticleEvent("a1", event("PROTEST", protesters, ALMATY, JAN5,
                        "Kerusuhan di Almaty menewaskan 8 orang.", killed(8))),
                new ArticleEvent("a2", event("PROTEST", actor("demonstran", null, null), KAZAKHSTAN, JAN5,
                        "Sedikitnya 12 orang tewas dalam kerusuhan itu.", killed(12))),
                new ArticleEvent("a3", event("PROTEST", protesters, ALMATY, JAN5.plusDays(1),
                        "Rioters set fire to the mayor's office in Almaty, where 8 people died.", killed(8))));

        List<StoryEvent> merged = StoryEvents.merge("a1", events);

        assertThat(merged).hasSize(1);
        StoryEvent riot = merged.get(0);
        assertThat(riot.story()).isEqualTo("a1");
        assertThat(riot.articles()).containsExactly("a1", "a2", "a3");
        assertThat(riot.event().killed()).isEqualTo(12L);
        assertThat(riot.event().evidence()).hasSize(3);
        assertThat(riot.event().date()).isEqualTo(JAN5);
        assertThat(riot.event().location()).isEqualTo(ALMATY);
        assertThat(riot.event().actor().country()).isEqualTo("KAZ");
    }

    @Test
    void aSyndicatedCopysIdenticalSentenceIsKeptOnce() {
        String sentence = "Polisi menangkap 40 orang di Almaty, Rabu (5/1/2022).";
        Count arrested = new Count(Count.Kind.ARRESTED, 40, false, "orang", 17, 19);
        Actor police = actor("polisi", "KAZ", "COP");
        List<StoryEvent> merged = StoryEvents.merge("s", List.of(
                new ArticleEvent("orig", event("COERCE", police, ALMATY, JAN5, sentence, arrested)),
                new ArticleEvent("copy", event("COERCE", police, ALMATY, JAN5, sentence, arrested))));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).event().evidence()).hasSize(1);
        assertThat(merged.get(0).event().arrested()).isEqualTo(40L);
        assertThat(merged.get(0).articles()).containsExactly("orig", "copy");
    }

    @Test
    void differentTypesCountriesAndDaysStayApart() {
        Actor protesters = actor("pengunjuk rasa", "KAZ", "PRO");
        List<StoryEvent> merged = StoryEvents.merge("s", List.of(
                new ArticleEvent("a1", event("PROTEST", protesters, ALMATY, JAN5, "Warga berunjuk rasa di Almaty.")),
                new ArticleEvent("a1", event("ASSAULT", actor("polisi", "KAZ", "COP"), ALMATY, JAN5,
                        "Polisi menembaki massa di Almaty.")),
                new ArticleEvent("a2", event("PROTEST", actor("warga", "KGZ", "CVL"), BISHKEK, JAN5,
                        "Warga Kirgistan berunjuk rasa di Bishkek.")),
                new ArticleEvent("a3", event("PROTEST", protesters, ALMATY, JAN5.plusDays(7),
                        "Sepekan kemudian warga kembali berunjuk rasa di Almaty."))));

        assertThat(merged).hasSize(4);
        assertThat(merged).extracting(e -> e.event().type())
                .containsExactlyInAnyOrder("PROTEST", "PROTEST", "PROTEST", "ASSAULT");
    }

    @Test
    void aChainOfDaysDoesNotGrowIntoOneWeekLongHappening() {
        Actor protesters = actor("pengunjuk rasa", "KAZ", "PRO");
        List<ArticleEvent> events = new ArrayList<>();
        for (int d = 0; d < 3; d++) {
            events.add(new ArticleEvent("a" + d, event("PROTEST", protesters, ALMATY, JAN5.plusDays(d),
                    "Warga berunjuk rasa di Almaty hari ke-" + (d + 1) + ".")));
        }
        List<StoryEvent> merged = StoryEvents.merge("s", events);

        // 5 and 6 January are one day apart, and so are 6 and 7; 5 and 7 are not
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).articles()).containsExactly("a0", "a1");
        assertThat(merged.get(1).articles()).containsExactly("a2");
    }

    @Test
    void anUndatedMentionJoinsTheDatedHappening() {
        Actor protesters = actor("pengunjuk rasa", "KAZ", "PRO");
        List<StoryEvent> merged = StoryEvents.merge("s", List.of(
                new ArticleEvent("a1", event("PROTEST", protesters, null, null, "Kerusuhan terus berlanjut.")),
                new ArticleEvent("a2", event("PROTEST", protesters, ALMATY, JAN5, "Kerusuhan pecah di Almaty."))));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).event().date()).isEqualTo(JAN5);
        assertThat(merged.get(0).articles()).containsExactlyInAnyOrder("a1", "a2");
    }

    @Test
    void noEventsNoHappenings() {
        assertThat(StoryEvents.merge("s", List.of())).isEmpty();
        assertThatThrownBy(() -> StoryEvents.merge(null, List.of())).isInstanceOf(NullPointerException.class);
    }
}
