package id.warta.events;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coder's rules on articles written for these tests, read with a small hand-built lexicon
 * ({@link TestLexicon}) and hand-given entities, so that each assertion is about the coder's reading of the
 * sentence: roles by voice, lists of states, requests, qualifiers, places, dates, counts and merging.
 */
class RuleEventCoderTest {

    /** An Indonesian report of the same shape as the project's example article, in words of its own. */
    private static final String DEPLOYMENT = """
            Sekitar 2.500 tentara Rusia tiba di Kazakhstan atas permintaan Presiden Kassym-Jomart Tokayev.

            Menurut juru bicara aliansi, anggota CSTO seperti Armenia, Belarusia, Kirgistan, dan Tajikistan juga \
            mengirimkan pasukan ke Kazakhstan.

            Pada 5 Januari, kerusuhan di Almaty menyebabkan 12 polisi dan 9 warga tewas. Sekitar 300 orang \
            lainnya luka-luka.

            Tokayev mengatakan pasukan asing akan ditarik jika situasi sudah aman.""";

    private static List<Event> deployment() {
        return Articles.of("id", DEPLOYMENT)
                .caption("Pasukan Rusia bersiap berangkat ke Kazakhstan dari pangkalan udara dekat Moskow, 6 Januari "
                        + "2022.")
                .loc("RUS", "country", "Rusia").loc("KAZ", "country", "Kazakhstan").loc("KAZ", "city", "Almaty")
                .loc("ARM", "country", "Armenia").loc("BLR", "country", "Belarusia")
                .loc("KGZ", "country", "Kirgistan").loc("TJK", "country", "Tajikistan")
                .person("Kassym-Jomart Tokayev", "Tokayev").org(null, "CSTO")
                .code();
    }

    private static Event only(List<Event> events, Predicate<Event> which) {
        List<Event> found = events.stream().filter(which).toList();
        assertThat(found).as("events matching in " + events).hasSize(1);
        return found.get(0);
    }

    @Test
    void forcesSentIntoACountryAreDatedByTheCaptionThatNamesThem() {
        Event russia = only(deployment(), e -> e.type().equals("MOBILIZE") && "RUS".equals(e.actor().country()));
        assertThat(russia.actor().sector()).isEqualTo("MIL");
        assertThat(russia.actor().name()).isEqualTo("tentara Rusia");
        assertThat(russia.target().country()).isEqualTo("KAZ");
        assertThat(russia.location().name()).isEqualTo("Kazakhstan");
        assertThat(russia.location().source()).isEqualTo(EventLocation.Source.SENTENCE);
        assertThat(russia.date()).isEqualTo(LocalDate.of(2022, 1, 6));
        assertThat(russia.size()).isEqualTo(2500L);
        assertThat(russia.approximate()).isTrue();
        assertThat(russia.modality()).isEqualTo(Event.Modality.ASSERTED);
        assertThat(russia.negated()).isFalse();
    }

    @Test
    void aRequestNamedAfterTheEventIsItsRequestersEvent() {
        Event request = only(deployment(), e -> e.type().equals("REQUEST"));
        assertThat(request.actor().name()).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(request.actor().country()).isEqualTo("KAZ");
        assertThat(request.actor().sector()).isEqualTo("GOV");
        assertThat(request.target().country()).isEqualTo("RUS");
        assertThat(request.mode()).isEqualTo("assist");
        assertThat(request.date()).as("the date of what was asked for").isEqualTo(LocalDate.of(2022, 1, 6));
    }

    @Test
    void eachStateOfAListSendingTroopsIsAnActor() {
        List<Event> members = deployment().stream()
                .filter(e -> e.type().equals("MOBILIZE") && !"RUS".equals(e.actor().country())).toList();
        assertThat(members).extracting(e -> e.actor().country()).containsExactly("ARM", "BLR", "KGZ", "TJK");
        for (Event e : members) {
            assertThat(e.target().country()).isEqualTo("KAZ");
            assertThat(e.reported()).as("after menurut").isTrue();
            assertThat(e.date()).as("the caption names neither them nor their sector's country")
                    .isEqualTo(LocalDate.of(2022, 1, 8));
        }
    }

    @Test
    void aRiotWithItsTollAndTheNextSentencesInjuredIsOneEvent() {
        Event riot = only(deployment(), e -> e.type().equals("PROTEST"));
        assertThat(riot.mode()).isEqualTo("riot");
        assertThat(riot.date()).isEqualTo(LocalDate.of(2022, 1, 5));
        assertThat(riot.location().name()).isEqualTo("Almaty");
        assertThat(riot.location().country()).isEqualTo("KAZ");
        assertThat(riot.actor().country()).isEqualTo("KAZ");
        assertThat(riot.actor().start()).as("inferred").isEqualTo(-1);
        assertThat(riot.killed()).isEqualTo(21L);
        assertThat(riot.counts()).filteredOn(c -> c.kind() == Count.Kind.KILLED).extracting(Count::value)
                .containsExactly(12L, 9L);
        assertThat(riot.injured()).isEqualTo(300L);
        assertThat(riot.approximate()).isTrue();
        assertThat(riot.evidence()).hasSize(2);
        assertThat(riot.evidence().get(1).sentence()).startsWith("Sekitar 300 orang");
        assertThat(deployment()).noneMatch(e -> e.type().equals("ASSAULT"));
    }

    @Test
    void aConditionalWithdrawalHasNotHappened() {
        Event withdrawal = only(deployment(), e -> e.type().equals("RETREAT"));
        assertThat(withdrawal.modality()).isEqualTo(Event.Modality.HYPOTHETICAL);
        assertThat(withdrawal.actor().country()).as("pasukan asing: foreign to the article, not written").isNull();
    }
}
