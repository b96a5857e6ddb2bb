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
    void forcesSentIntoACountryAtItsRequestAreAidDatedByTheCaptionThatNamesThem() {
        Event russia = only(deployment(), e -> e.type().equals("AID") && "RUS".equals(e.actor().country()));
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
    void theListedMembersOfAnAllianceSendingTroopsAreTheAlliancesMembers() {
        Event members = only(deployment(), e -> e.type().equals("MOBILIZE"));
        assertThat(members.actor().name()).isEqualTo("CSTO");
        assertThat(members.actor().country()).isEqualTo("IGO");
        assertThat(members.actor().members()).containsExactly("ARM", "BLR", "KGZ", "TJK");
        assertThat(DEPLOYMENT.substring(members.actor().start(), members.actor().end())).isEqualTo("CSTO");
        assertThat(members.target().country()).isEqualTo("KAZ");
        assertThat(members.reported()).as("after menurut").isTrue();
        assertThat(members.date()).as("the caption names neither them nor their sector's country")
                .isEqualTo(LocalDate.of(2022, 1, 8));
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

    @Test
    void troopsSentInThePassiveActForTheirStateAndTheRequesterAsksThem() {
        List<Event> events = Articles.of("en", "About 2,000 Russian troops were sent to Armenia at the request of "
                + "Prime Minister Nikol Pashinyan, officials said on Wednesday.")
                .loc("ARM", "country", "Armenia").person("Nikol Pashinyan").code();
        Event sent = only(events, e -> e.type().equals("AID"));
        assertThat(sent.actor().country()).isEqualTo("RUS");
        assertThat(sent.actor().sector()).isEqualTo("MIL");
        assertThat(sent.target().country()).isEqualTo("ARM");
        assertThat(sent.reported()).as("officials said").isTrue();
        assertThat(sent.date()).as("the Wednesday before the publication on Saturday 8 January")
                .isEqualTo(LocalDate.of(2022, 1, 5));
        Event request = only(events, e -> e.type().equals("REQUEST"));
        assertThat(request.actor().name()).isEqualTo("Nikol Pashinyan");
        assertThat(request.actor().country()).as("a prime minister of the country it happens in").isEqualTo("ARM");
        assertThat(request.target().country()).isEqualTo("RUS");
    }

    @Test
    void aDenialNegatesTheActAndReportsIt() {
        Event shooting = only(Articles.of("id", "Polisi membantah menembak pengunjuk rasa di Makassar, Rabu (5/1).")
                .loc("IDN", "city", "Makassar").code(), e -> e.type().equals("ASSAULT"));
        assertThat(shooting.negated()).isTrue();
        assertThat(shooting.reported()).isTrue();
        assertThat(shooting.modality()).isEqualTo(Event.Modality.ASSERTED);
        assertThat(shooting.actor().sector()).isEqualTo("COP");
        assertThat(shooting.actor().country()).as("where it happened").isEqualTo("IDN");
        assertThat(shooting.target().sector()).isEqualTo("CVL");
        assertThat(shooting.location().name()).isEqualTo("Makassar");
        assertThat(shooting.date()).isEqualTo(LocalDate.of(2022, 1, 5));
    }

    @Test
    void aPlannedDeploymentIsFlaggedNotHappened() {
        Event planned = only(Articles.of("id", "Rusia akan mengirim pasukan tambahan ke Kazakhstan pekan depan.")
                .loc("RUS", "country", "Rusia").loc("KAZ", "country", "Kazakhstan").code(),
                e -> e.type().equals("MOBILIZE"));
        assertThat(planned.modality()).isEqualTo(Event.Modality.PLANNED);
        assertThat(planned.negated()).isFalse();
        assertThat(planned.actor().country()).isEqualTo("RUS");
        assertThat(planned.target().country()).isEqualTo("KAZ");
    }

    @Test
    void forcesSentWithinTheirCountryAtARequestStayAMobilization() {
        Event sent = only(Articles.of("id", "TNI mengirim pasukan ke Maluku atas permintaan Gubernur Maluku.")
                .org("IDN", "TNI").loc("IDN", "admin1", "Maluku").code(), e -> !e.type().equals("REQUEST"));
        assertThat(sent.type()).isEqualTo("MOBILIZE");
    }

    @Test
    void promisedHelpIsAnAgreementAndRefusedTroopsARejection() {
        Event promise = only(Articles.of("id", "Indonesia akan membantu Filipina membebaskan para sandera.")
                .loc("IDN", "country", "Indonesia").loc("PHL", "country", "Filipina").code(), e -> true);
        assertThat(promise.type()).isEqualTo("AGREE");
        assertThat(promise.modality()).as("the promise was made").isEqualTo(Event.Modality.ASSERTED);
        assertThat(promise.actor().country()).isEqualTo("IDN");
        Event refusal = only(Articles.of("id", "Rusia tidak akan mengirim pasukan ke Armenia.")
                .loc("RUS", "country", "Rusia").loc("ARM", "country", "Armenia").code(), e -> true);
        assertThat(refusal.type()).isEqualTo("REJECT");
        assertThat(refusal.negated()).isFalse();
        assertThat(refusal.actor().country()).isEqualTo("RUS");
    }

    @Test
    void aConditionMakesEveryEventOfItsSentenceSupposed() {
        List<Event> events = Articles.of("id", "Jika unjuk rasa berlanjut hingga malam, polisi akan menangkap para "
                + "pengunjuk rasa di Jakarta.").loc("IDN", "city", "Jakarta").code();
        assertThat(events).extracting(Event::type).contains("PROTEST", "COERCE");
        assertThat(events).allMatch(e -> e.modality() == Event.Modality.HYPOTHETICAL);
    }

    @Test
    void aThreatHappenedAndWhatItThreatensDidNot() {
        List<Event> events = Articles.of("en", "Protesters threatened to attack the police station in Almaty on "
                + "Tuesday.").loc("KAZ", "city", "Almaty").code();
        Event threat = only(events, e -> e.type().equals("THREATEN"));
        assertThat(threat.modality()).isEqualTo(Event.Modality.ASSERTED);
        assertThat(threat.actor().sector()).isEqualTo("CVL");
        // violence by protesters is PLOVER's PROTEST, mode riot
        Event attack = only(events, e -> e.type().equals("PROTEST"));
        assertThat(attack.mode()).isEqualTo("riot");
        assertThat(attack.modality()).isEqualTo(Event.Modality.HYPOTHETICAL);
        assertThat(threat.confidence()).isGreaterThan(attack.confidence());
    }

    @Test
    void aNegatedArrestInEnglish() {
        Event arrest = only(Articles.of("en", "Police did not arrest any protesters in Almaty on Wednesday.")
                .loc("KAZ", "city", "Almaty").code(), e -> e.type().equals("COERCE"));
        assertThat(arrest.negated()).isTrue();
        assertThat(arrest.actor().country()).isEqualTo("KAZ");
    }

    @Test
    void anArchivePhotoDoesNotDateTheStory() {
        Event landing = only(Articles.of("id", "Sekitar 2.500 tentara Rusia tiba di Kazakhstan.")
                .caption("Foto arsip: tentara Rusia berlatih di Kazakhstan, 6 Januari 2019.")
                .loc("RUS", "country", "Rusia").loc("KAZ", "country", "Kazakhstan").code(), e -> true);
        assertThat(landing.date()).isEqualTo(LocalDate.of(2022, 1, 8));
    }

    @Test
    void aSentenceWithoutPlaceHappensAtTheDateline() {
        Event arrest = only(Articles.of("id", "Polisi menangkap 12 orang yang diduga terlibat penjarahan toko.")
                .dateline("JAKARTA, KOMPAS.com").code(), e -> true);
        assertThat(arrest.type()).isEqualTo("COERCE");
        assertThat(arrest.location().name()).isEqualTo("Jakarta");
        assertThat(arrest.location().source()).isEqualTo(EventLocation.Source.DATELINE);
        assertThat(arrest.actor().country()).isEqualTo("IDN");
        assertThat(arrest.arrested()).isEqualTo(12L);
    }

    @Test
    void twoReportsOfOneArrestAreOneEventCountedOnce() {
        Event arrest = only(Articles.of("id", "Polisi menangkap 12 orang di Makassar pada Minggu (2/1). Kapolda "
                + "mengatakan polisi menangkap 12 orang itu di Makassar pada Minggu malam.")
                .loc("IDN", "city", "Makassar").code(), e -> true);
        assertThat(arrest.evidence()).hasSize(2);
        assertThat(arrest.arrested()).isEqualTo(12L);
        assertThat(arrest.date()).isEqualTo(LocalDate.of(2022, 1, 2));
        assertThat(arrest.reported()).as("the first report is the paper's own").isFalse();
    }

    @Test
    void aTollAloneIsNoEventAndIsNotCarriedAcrossParagraphs() {
        assertThat(Articles.of("id", "Tiga pendaki tewas di Gunung Semeru setelah tersesat dua hari.").code())
                .isEmpty();
        Event riot = only(Articles.of("id", "Kerusuhan pecah di Almaty pada Rabu (5/1).\n\nSebanyak 40 orang tewas "
                + "dalam kecelakaan bus di Aktobe.").loc("KAZ", "city", "Almaty").code(), e -> true);
        assertThat(riot.killed()).isNull();
        assertThat(riot.evidence()).hasSize(1);
    }

    @Test
    void whatSelainSetsAsideDoesNotActAgain() {
        List<Event> events = Articles.of("id", "Selain Rusia, Armenia juga mengirim pasukan ke Kazakhstan.")
                .loc("RUS", "country", "Rusia").loc("ARM", "country", "Armenia").loc("KAZ", "country", "Kazakhstan")
                .code();
        assertThat(events).extracting(e -> e.actor().country()).containsExactly("ARM");
    }

    @Test
    void statesListedWithAnArticleAgreeTogether() {
        Event agreement = only(Articles.of("en", "Vietnam and the Philippines agreed on Tuesday to set up a hotline "
                + "between their coast guards.").loc("VNM", "country", "Vietnam").loc("PHL", "country", "Philippines")
                .code(), e -> e.type().equals("AGREE"));
        assertThat(agreement.actor().country()).isNull();
        assertThat(agreement.actor().members()).containsExactly("VNM", "PHL");
        assertThat(agreement.actor().name()).isEqualTo("Vietnam and the Philippines");
    }

    @Test
    void aListOfOneCountrysGroupsIsThatCountry() {
        Event patrol = only(Articles.of("id", "Polisi dan tentara menangkap 12 orang di Makassar.")
                .loc("IDN", "city", "Makassar").code(), e -> e.type().equals("COERCE"));
        assertThat(patrol.actor().country()).isEqualTo("IDN");
        assertThat(patrol.actor().members()).isEmpty();
        assertThat(patrol.actor().sector()).as("police and army share none").isNull();
    }

    @Test
    void everyEvidenceIsItsSentenceAndEveryOffsetPointsIntoTheText() {
        String text = DEPLOYMENT;
        for (Event e : deployment()) {
            for (Evidence ev : e.evidence()) {
                assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.sentence());
            }
            if (e.actor().start() >= 0) {
                assertThat(text.substring(e.actor().start(), e.actor().end())).isNotBlank();
            }
            for (Count c : e.counts()) {
                assertThat(c.end()).isLessThanOrEqualTo(text.length());
            }
        }
    }
}
