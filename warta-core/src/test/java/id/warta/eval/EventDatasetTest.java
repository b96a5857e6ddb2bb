package id.warta.eval;

import id.warta.QualityFloors;
import id.warta.eval.EventSample.GoldActor;
import id.warta.eval.EventSample.GoldEvent;
import id.warta.events.Event;
import id.warta.events.Plover;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The readers of the event gold sets: the PLOVER records and PETRARCH2 validation records of the shared data (when
 * beside the checkout) against the counts their READMEs state, and Warta's own gold tables.
 */
class EventDatasetTest {

    private static final Plover PLOVER = Plover.shared();
    private static final String HEADER = String.join("\t", EventDataset.COLUMNS) + "\tnote\n";

    @Test
    void readsThePloverGoldRecordsInTheCurrentCategories() throws IOException {
        EventDataset d = EventDataset.read(QualityFloors.shared("events", "plover", "gold_standard_records",
                "PLOVER_GSR_CAMEO.json"), PLOVER);
        assertThat(d.samples()).hasSize(322);
        assertThat(d.goldEvents()).isEqualTo(322);
        assertThat(d.withoutEvents()).isZero();
        // README counts with the old labels merged: DEMAND 34 is REQUEST, DISAPPROVE 16 + INVESTIGATE 9 are ACCUSE,
        // ASSAULT 15 + FIGHT 17 are ASSAULT.
        assertThat(typeCounts(d)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(Map.entry("AGREE", 40L),
                Map.entry("REQUEST", 34L), Map.entry("REJECT", 34L), Map.entry("ASSAULT", 32L),
                Map.entry("THREATEN", 29L), Map.entry("PROTEST", 27L), Map.entry("ACCUSE", 25L),
                Map.entry("COERCE", 18L), Map.entry("RETREAT", 14L), Map.entry("SANCTION", 14L),
                Map.entry("SUPPORT", 12L), Map.entry("CONCEDE", 12L), Map.entry("CONSULT", 11L), Map.entry("AID", 10L),
                Map.entry("MOBILIZE", 6L), Map.entry("COOPERATE", 4L)));
        EventSample first = sample(d, "PLOVER-GSR01-AGREE-0001");
        assertThat(first.language()).isEqualTo("en");
        assertThat(first.date()).isEqualTo(LocalDate.of(2000, 1, 1));
        assertThat(first.events().get(0).actors()).containsExactly(new GoldActor("Hungarian", "HUN", "GOV"),
                new GoldActor("Romanian", "ROU", "GOV"));
        assertThat(first.events().get(0).negated()).as("not annotated").isNull();
        // "target": "" and "target": "diplomatic" are no target.
        assertThat(sample(d, "PLOVER-GSR01-AGREE-0007").events().get(0).targets()).isEmpty();
        // The one record without a source, with its dead.
        GoldEvent bombing = sample(d, "PLOVER-GSR01-ASSAULT-0009").events().get(0);
        assertThat(bombing.actors()).isEmpty();
        assertThat(bombing.targets()).extracting(GoldActor::country).containsExactly("IRQ");
        assertThat(bombing.mode()).isEqualTo("suicide-attack");
        assertThat(bombing.killed()).isEqualTo(3L);
        // Codes that are not ISO 3166 are corrected; sectors with an ethnic suffix keep the sector.
        assertThat(d.samples().stream().flatMap(s -> s.events().stream())
                .flatMap(e -> java.util.stream.Stream.concat(e.actors().stream(), e.targets().stream()))
                .map(GoldActor::country)).doesNotContain("ITL", "JAP", "VTN").contains("ITA", "JPN", "VNM");
        assertThat(d.samples().stream().flatMap(s -> s.events().stream()).flatMap(e -> e.actors().stream())
                .map(GoldActor::sector).filter(s -> s != null)).allMatch(PLOVER::isSector);
        // Every mode kept is a current mode of its category.
        for (EventSample s : d.samples()) {
            GoldEvent e = s.events().get(0);
            if (e.mode() != null) {
                assertThat(PLOVER.category(e.type()).orElseThrow().mode(e.mode())).as(s.id()).isPresent();
            }
        }
        assertThat(sample(d, "PLOVER-GSR01-DISAPPROVE-0001").events().get(0).mode()).isEqualTo("disapprove");
    }

    @Test
    void readsThePetrarchValidationRecordsMappedToPlover() throws IOException {
        EventDataset d = EventDataset.read(QualityFloors.shared("events", "petrarch2", "validation",
                "PETR2_GSR_validation.xml"), PLOVER);
        // 78 sentences with 93 CAMEO codings; 12 say noevents, 9 codings are statements or appeals (01, 02).
        assertThat(d.samples()).hasSize(78);
        assertThat(d.goldEvents()).isEqualTo(93 - 12 - 9);
        assertThat(d.withoutEvents()).isEqualTo(19);
        GoldEvent visit = sample(d, "AFP0808020625_4").events().get(0);
        assertThat(visit.type()).isEqualTo("CONSULT");
        assertThat(visit.mode()).isEqualTo("visit");
        assertThat(visit.actors()).containsExactly(new GoldActor(null, "USA", null));
        assertThat(visit.targets()).containsExactly(new GoldActor(null, "CHN", null));
        assertThat(sample(d, "AFP0808020625_4").date()).isEqualTo(LocalDate.of(2008, 8, 4));
        assertThat(sample(d, "AFP0808020905_1").date()).as("garbled date").isNull();
        assertThat(sample(d, "GOLD_8").events().get(0).actors()).containsExactly(new GoldActor(null, "UNO", "MIL"));
        assertThat(sample(d, "GOLD_3").events().get(0).targets()).extracting(GoldActor::country)
                .containsExactly("EUR");
        assertThat(sample(d, "TEST_8").events()).as("036 is AGREE").extracting(GoldEvent::type)
                .containsExactly("AGREE");
        assertThat(sample(d, "TEST_8").events().get(0).actors()).containsExactly(new GoldActor(null, "IGO", "COP"));
        assertThat(sample(d, "VERB_2").events()).as("013, a statement").isEmpty();
        assertThat(sample(d, "APPEALS_0").events()).as("021, an appeal").isEmpty();
        assertThat(sample(d, "GOLD_7").events()).as("noevents").isEmpty();
        // The record with an empty <Text> is rebuilt from its parse; no text keeps a line break.
        // (The test quotes none of the sentences: they are news-agency text, evaluation input only.)
        assertThat(sample(d, "abc12_3").text().split(" ")).hasSizeGreaterThan(8);
        assertThat(d.samples()).extracting(EventSample::text).allMatch(t -> !t.isBlank() && !t.contains("\n"));
    }

    @Test
    void readsWartasIndonesianGoldSetOverAllSixteenCategories() throws Exception {
        EventDataset d = EventDataset.read(resource("gold-id.tsv"), PLOVER);
        assertThat(d.samples()).hasSizeGreaterThanOrEqualTo(60).allMatch(s -> s.language().equals("id"));
        assertThat(typeCounts(d).keySet()).containsExactlyInAnyOrderElementsOf(
                PLOVER.categories().stream().map(Plover.Category::name).toList());
        List<GoldEvent> events = d.samples().stream().flatMap(s -> s.events().stream()).toList();
        assertThat(events).filteredOn(e -> e.negated()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(events).filteredOn(e -> e.modality() == Event.Modality.PLANNED).isNotEmpty();
        assertThat(events).filteredOn(e -> e.modality() == Event.Modality.HYPOTHETICAL).isNotEmpty();
        assertThat(events).filteredOn(e -> e.reported()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(events).filteredOn(e -> e.killed() != null).isNotEmpty();
        assertThat(events).filteredOn(e -> e.injured() != null).isNotEmpty();
        assertThat(events).filteredOn(e -> e.arrested() != null).isNotEmpty();
        assertThat(events).filteredOn(e -> e.size() != null).isNotEmpty();
        assertThat(d.samples()).as("passive di- forms").filteredOn(containsWord("ditangkap", "diserang",
                "dibubarkan", "ditembak", "dianiaya", "ditarik", "diekstradisi")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(d.samples()).as("negations").filteredOn(containsWord("tidak", "belum", "membantah"))
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(d.withoutEvents()).isGreaterThanOrEqualTo(3);
        EventSample twoEvents = sample(d, "id-aid-3");
        assertThat(twoEvents.events()).extracting(GoldEvent::type).containsExactly("AID", "REQUEST");
        assertThat(twoEvents.events().get(0).size()).isEqualTo(100L);
        EventSample passive = sample(d, "id-coerce-2");
        assertThat(passive.events().get(0).actors()).as("inferred police").containsExactly(
                new GoldActor(null, "IDN", "COP"));
        assertThat(passive.events().get(0).arrested()).isEqualTo(37L);
    }

    @Test
    void readsWartasEnglishGoldSet() throws Exception {
        EventDataset d = EventDataset.read(resource("gold-en.tsv"), PLOVER);
        assertThat(d.samples()).hasSizeGreaterThanOrEqualTo(30).allMatch(s -> s.language().equals("en"));
        assertThat(typeCounts(d)).hasSize(16);
        assertThat(d.samples().stream().flatMap(s -> s.events().stream())).filteredOn(e -> e.negated())
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(sample(d, "en-threaten-1").events().get(0).targets()).extracting(GoldActor::country)
                .containsExactly("KOR", "USA");
    }

    @Test
    void aGoldTableMustFollowItsRules(@TempDir Path dir) throws IOException {
        String good = "s1\tid\tPolisi menangkap lima orang.\tCOERCE\tarrest\tPolisi\tIDN\tCOP\tlima orang\tIDN\tCVL"
                + "\tno\tasserted\tno\t-\t-\t5\t-\t\n";
        assertThat(table(dir, HEADER + good).samples()).hasSize(1);
        assertRejected(dir, "s1\tid\tx\n", "the header");
        assertRejected(dir, HEADER + good.replace("COERCE\tarrest", "COERCE\triot"), "not a mode of COERCE");
        assertRejected(dir, HEADER + good.replace("COERCE", "DEMAND"), "not a PLOVER category: DEMAND");
        assertRejected(dir, HEADER + good.replace("\tCOP\t", "\tPRO\t"), "not a PLOVER sector: PRO");
        assertRejected(dir, HEADER + good.replace("\tIDN\tCOP", "\tIndonesia\tCOP"), "not an ISO alpha-3");
        assertRejected(dir, HEADER + good.replace("\tno\tasserted", "\tmaybe\tasserted"), "yes or no");
        assertRejected(dir, HEADER + good.replace("asserted", "likely"), "asserted, planned or hypothetical");
        assertRejected(dir, HEADER + good.replace("\t5\t", "\tlima\t"), "a number or -");
        assertRejected(dir, HEADER + good + good.replace("Polisi menangkap lima orang.", "Lain."), "repeat its text");
        assertRejected(dir, HEADER + "s2\tid\tHarga naik.\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t-\t5\t\n",
                "- in every event column");
        assertRejected(dir, HEADER + good.replace("\t-\t\n", "\n").replace("\tno\t-", "\tno"), "columns");
        assertThat(table(dir, HEADER + good + good.replace("Polisi menangkap lima orang.", "^")).samples().get(0)
                .events()).hasSize(2);
    }

    @Test
    void anUnknownFormatIsRefused(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("gold.csv"), "a,b\n");
        assertThatThrownBy(() -> EventDataset.read(csv, PLOVER)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an event dataset");
    }

    private static EventDataset table(Path dir, String content) throws IOException {
        return EventDataset.read(Files.writeString(dir.resolve("gold.tsv"), content), PLOVER);
    }

    private static void assertRejected(Path dir, String content, String message) {
        assertThatThrownBy(() -> table(dir, content)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold.tsv:").hasMessageContaining(message);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EventDatasetTest.class.getResource("/events/" + name).toURI());
    }

    private static Map<String, Long> typeCounts(EventDataset d) {
        return d.samples().stream().flatMap(s -> s.events().stream())
                .collect(Collectors.groupingBy(GoldEvent::type, TreeMap::new, Collectors.counting()));
    }

    private static EventSample sample(EventDataset d, String id) {
        return d.samples().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static Predicate<EventSample> containsWord(String... words) {
        Set<String> set = Set.of(words);
        return s -> java.util.Arrays.stream(s.text().split("[^\\p{L}]+")).anyMatch(set::contains);
    }
}
