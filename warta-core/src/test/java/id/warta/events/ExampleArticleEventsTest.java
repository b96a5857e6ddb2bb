package id.warta.events;

import id.warta.QualityFloors;
import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.model.Analysis;
import id.warta.model.Format;
import id.warta.model.RawDocument;
import id.warta.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical example ({@code ../shared/examples/intisari-2022-01-08-kazakhstan.txt}) through Warta's whole
 * pipeline and the shipped coder: what issue #4 requires of it. Skipped when the shared data is not beside the
 * checkout.
 */
class ExampleArticleEventsTest {

    private static String text;
    private static List<Event> events;

    @BeforeAll
    static void code() throws IOException {
        Path file = QualityFloors.shared("examples", "intisari-2022-01-08-kazakhstan.txt");
        Warta warta = Warta.with(WartaOptions.defaults());
        Analysis analysis = warta.analyze(new RawDocument(file.toString(), null, Files.readAllBytes(file),
                "text/plain; charset=utf-8", Format.TEXT, null));
        text = analysis.article().text().substring(0, analysis.analysedLength());
        String language = analysis.language().language();
        Text sentences = new Text(text, language, warta.analyzer().stages().sentences().split(text, language));
        events = new RuleEventCoder().code(sentences, analysis);
    }

    private static List<Event> matching(Predicate<Event> which) {
        return events.stream().filter(which).toList();
    }

    private static boolean sending(Event e) {
        return (e.type().equals("AID") || e.type().equals("MOBILIZE")) && e.modality() == Event.Modality.ASSERTED
                && !e.negated() && e.target() != null && "KAZ".equals(e.target().country());
    }

    @Test
    void russianTroopsIntoKazakhstanOnTheCaptionsDayWithTheirNumber() {
        List<Event> russia = matching(e -> sending(e) && "RUS".equals(e.actor().country())
                && "MIL".equals(e.actor().sector()));
        assertThat(russia).as("events " + events).hasSize(1);
        Event e = russia.get(0);
        assertThat(e.date()).isEqualTo(LocalDate.of(2022, 1, 6));
        assertThat(e.size()).isEqualTo(3000L);
        assertThat(e.location().country()).isEqualTo("KAZ");
        assertThat(e.evidence()).anyMatch(ev -> ev.sentence().startsWith("3.000 pasukan terjun payung Rusia"));
    }

    @Test
    void theOtherCstoMembersSendTroopsIntoKazakhstan() {
        List<Event> members = matching(e -> sending(e) && e.actor().members().containsAll(
                List.of("ARM", "BLR", "KGZ", "TJK")));
        assertThat(members).as("events " + events).hasSize(1);
        assertThat(members.get(0).actor().name()).isEqualTo("CSTO");
        assertThat(members.get(0).actor().members()).as("Rusia is set aside by Selain")
                .containsExactly("ARM", "BLR", "KGZ", "TJK");
    }

    @Test
    void tokayevRequestedTheHelp() {
        List<Event> requests = matching(e -> e.type().equals("REQUEST"));
        assertThat(requests).hasSize(1);
        Event request = requests.get(0);
        assertThat(request.actor().name()).isEqualTo("Kassym-Jomart Tokayev");
        assertThat(request.actor().country()).isEqualTo("KAZ");
        assertThat(request.actor().sector()).isEqualTo("GOV");
        assertThat(request.target().country()).isEqualTo("RUS");
        assertThat(request.modality()).isEqualTo(Event.Modality.ASSERTED);
    }

    @Test
    void theRiotOfTheFirstOfJanuaryWithItsDeadAndInjured() {
        List<Event> riots = matching(e -> e.type().equals("PROTEST") && "riot".equals(e.mode())
                && e.modality() == Event.Modality.ASSERTED && e.location() != null
                && "KAZ".equals(e.location().country()));
        assertThat(riots).hasSize(1);
        Event riot = riots.get(0);
        assertThat(riot.date()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(riot.killed()).isEqualTo(48L);
        assertThat(riot.counts()).filteredOn(c -> c.kind() == Count.Kind.KILLED).extracting(Count::value)
                .containsExactly(30L, 18L);
        assertThat(riot.injured()).isEqualTo(1000L);
        assertThat(riot.approximate()).isTrue();
        assertThat(riot.evidence()).anyMatch(ev -> ev.sentence().startsWith("Jumlah korban luka"));
    }

    @Test
    void theAnalystsSuppositionIsNoHappenedEvent() {
        assertThat(events).filteredOn(e -> e.evidence().stream()
                        .anyMatch(ev -> ev.sentence().contains("jika kampanye itu diperpanjang")))
                .allMatch(e -> e.modality() != Event.Modality.ASSERTED || e.negated());
        assertThat(events).filteredOn(e -> e.evidence().stream()
                        .anyMatch(ev -> ev.sentence().contains("jika negara anggota")))
                .allMatch(e -> e.modality() != Event.Modality.ASSERTED);
    }

    @Test
    void everyEvidenceIsTheTextAtItsOffsets() {
        for (Event e : events) {
            for (Evidence ev : e.evidence()) {
                assertThat(text.substring(ev.start(), ev.end())).isEqualTo(ev.sentence());
            }
        }
    }
}
