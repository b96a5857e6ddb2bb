package id.warta.eval;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.eval.EventSample.GoldActor;
import id.warta.eval.EventSample.GoldEvent;
import id.warta.events.Actor;
import id.warta.events.Event;
import id.warta.events.EventCoder;
import id.warta.events.Evidence;
import id.warta.text.Text;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The event scorer on a case counted by hand, and the run of a coder through the pipeline. */
class EventEvaluatorTest {

    private static final Event.Modality ASSERTED = Event.Modality.ASSERTED;

    @Test
    void scoresAHandCountedCase() {
        List<EventSample> samples = new ArrayList<>();
        List<List<Event>> predicted = new ArrayList<>();
        // S1 gold PROTEST; coded PROTEST: right, tp PROTEST; actor IDN right.
        samples.add(sample("s1", gold("PROTEST", "IDN", null)));
        predicted.add(List.of(event("PROTEST", 0.9, "IDN", null)));
        // S2 gold ASSAULT RUS->UKR; coded PROTEST 0.4 and ASSAULT 0.8: the top is ASSAULT, right; actor and target
        // right.
        samples.add(sample("s2", gold("ASSAULT", "RUS", "UKR")));
        predicted.add(List.of(event("PROTEST", 0.4, "RUS", null), event("ASSAULT", 0.8, "RUS", "UKR")));
        // S3 gold COERCE (12 arrested, not negated, asserted); coded ASSAULT: wrong, fn COERCE, fp ASSAULT; actor
        // and target IDN right all the same; flags and numbers not scored (wrong type).
        samples.add(sample("s3", new GoldEvent("COERCE", "arrest", actors("IDN"), actors("IDN"), false, ASSERTED,
                false, null, null, 12L, null)));
        predicted.add(List.of(event("ASSAULT", 0.7, "IDN", "IDN")));
        // S4 gold AID RUS->KAZ, size 3000; nothing coded: wrong, fn AID; actor and target wrong.
        samples.add(sample("s4", new GoldEvent("AID", null, actors("RUS"), actors("KAZ"), false, ASSERTED, null,
                null, null, null, 3000L)));
        predicted.add(List.of());
        // S5 no gold event; coded CONSULT: fp CONSULT, one false alarm; not in the accuracy.
        samples.add(sample("s5"));
        predicted.add(List.of(event("CONSULT", 0.5, "IDN", null)));
        // S6 gold REQUEST KAZ->IGO, not negated, planned; coded REQUEST KAZ->UNO, not negated, asserted: right,
        // tp REQUEST; target right (IGO covers UNO); negation right, modality wrong.
        samples.add(sample("s6", new GoldEvent("REQUEST", null, actors("KAZ"), actors("IGO"), false,
                Event.Modality.PLANNED, null, null, null, null, null)));
        predicted.add(List.of(event("REQUEST", 0.6, "KAZ", "UNO")));
        // S7 gold MOBILIZE (RUS) and AID (RUS->KAZ, size 3000); coded AID by an alliance (IGO, members RUS, ARM)
        // into KAZ, size 2500: right, tp AID; the reference is the AID event; actor right through a member, target
        // right; size wrong.
        samples.add(sample("s7", gold("MOBILIZE", "RUS", null), new GoldEvent("AID", null, actors("RUS"),
                actors("KAZ"), null, null, null, null, null, null, 3000L)));
        Actor alliance = new Actor("CSTO", "IGO", "MIL", List.of("RUS", "ARM"), -1, -1);
        predicted.add(List.of(new Event("AID", null, alliance, actor("KAZ"), null, null, null, null, null, null,
                2500L, false, false, ASSERTED, false, List.of(), evidence(), 0.9)));
        // S8 gold SANCTION USA->IRN; coded SANCTION and THREATEN, both 0.5: the first is the top, right, tp
        // SANCTION; actor right, target wrong (none coded).
        samples.add(sample("s8", gold("SANCTION", "USA", "IRN")));
        predicted.add(List.of(event("SANCTION", 0.5, "USA", null), event("THREATEN", 0.5, "USA", "IRN")));

        EventEvaluator.Result result = EventEvaluator.score(samples, predicted);
        EventScore s = result.score();

        assertThat(s.sentences()).isEqualTo(8);
        assertThat(s.goldSentences()).isEqualTo(7);
        assertThat(s.typeCorrect()).as("S1 S2 S6 S7 S8").isEqualTo(5);
        assertThat(s.typeAccuracy()).isCloseTo(5.0 / 7, within(1e-9));
        // In the ontology's order; MOBILIZE and THREATEN were never a top event nor a missed reference.
        assertThat(s.categories()).containsOnlyKeys("CONSULT", "AID", "REQUEST", "PROTEST", "SANCTION", "COERCE",
                "ASSAULT");
        assertThat(s.categories().keySet()).containsExactly("CONSULT", "AID", "REQUEST", "PROTEST", "SANCTION",
                "COERCE", "ASSAULT");
        assertThat(s.counts("PROTEST")).isEqualTo(new EventScore.Counts(1, 0, 0));
        assertThat(s.counts("ASSAULT")).isEqualTo(new EventScore.Counts(1, 1, 0));
        assertThat(s.counts("COERCE")).isEqualTo(new EventScore.Counts(0, 0, 1));
        assertThat(s.counts("AID")).isEqualTo(new EventScore.Counts(1, 0, 1));
        assertThat(s.counts("CONSULT")).isEqualTo(new EventScore.Counts(0, 1, 0));
        assertThat(s.counts("MOBILIZE")).isEqualTo(new EventScore.Counts(0, 0, 0));
        // ASSAULT P 1/2, R 1/1, F1 2/3; AID P 1/1, R 1/2, F1 2/3.
        assertThat(s.counts("ASSAULT").f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.counts("AID").f1()).isCloseTo(2.0 / 3, within(1e-9));
        // F1: PROTEST 1, ASSAULT 2/3, COERCE 0, AID 2/3, CONSULT 0, REQUEST 1, SANCTION 1; mean of 7 = (13/3) / 7.
        assertThat(s.macroF1()).isCloseTo(13.0 / 21, within(1e-9));
        // Actors with a country: S1 S2 S3 S4 S6 S7 S8, all right but S4.
        assertThat(s.actorCountry()).isEqualTo(new EventScore.Ratio(6, 7));
        // Targets with a country: S2 S3 S4 S6 S7 S8; S4 and S8 wrong.
        assertThat(s.targetCountry()).isEqualTo(new EventScore.Ratio(4, 6));
        assertThat(s.negation()).as("S6 only").isEqualTo(new EventScore.Ratio(1, 1));
        assertThat(s.modality()).as("S6 only").isEqualTo(new EventScore.Ratio(0, 1));
        assertThat(s.numbers()).as("S7's size only").isEqualTo(new EventScore.Ratio(0, 1));
        assertThat(s.falseAlarms()).isEqualTo(1);
        assertThat(s.coderFailures()).isZero();

        assertThat(result.outcomes()).extracting(EventEvaluator.Outcome::correct)
                .containsExactly(true, true, false, false, false, true, true, true);
        assertThat(result.outcomes().get(7).top().type()).isEqualTo("SANCTION");
        assertThat(result.outcomes().get(3).top()).isNull();
    }

    @Test
    void nothingToScoreGivesZerosNotErrors() {
        EventScore s = EventEvaluator.score(List.of(), List.of()).score();
        assertThat(s.typeAccuracy()).isZero();
        assertThat(s.macroF1()).isZero();
        assertThat(s.actorCountry().value()).isNaN();
        assertThatThrownBy(() -> EventEvaluator.score(List.of(sample("s1")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countriesMatchExactlyAndIgoCoversTheUnAndTheEu() {
        assertThat(EventEvaluator.sameCountry("IDN", "IDN")).isTrue();
        assertThat(EventEvaluator.sameCountry("UNO", "IGO")).isTrue();
        assertThat(EventEvaluator.sameCountry("IGO", "EUR")).isTrue();
        assertThat(EventEvaluator.sameCountry("UNO", "EUR")).isFalse();
        assertThat(EventEvaluator.sameCountry("MYS", "IDN")).isFalse();
        assertThat(EventEvaluator.sameCountry(null, "IDN")).isFalse();
    }

    @Test
    void runsTheCoderOnEachSentenceAnalysedAsAnArticle() {
        List<String> seen = new ArrayList<>();
        EventCoder coder = (text, analysis) -> {
            synchronized (seen) {
                seen.add(text.language() + " " + text.sentences().size() + " " + text.text());
            }
            if (text.text().contains("pengunjuk rasa")) {
                return List.of(new Event("PROTEST", "demo", actor("IDN"), null, null, null, null, null, null, null,
                        null, false, false, ASSERTED, false, List.of(), List.of(whole(text)), 0.8));
            }
            throw new IllegalStateException("a coder bug");
        };
        EventDataset data = new EventDataset("mini", List.of(
                sample("a", "Ratusan pengunjuk rasa berkumpul di depan gedung DPRD Jawa Tengah di Semarang, Senin.",
                        gold("PROTEST", "IDN", null)),
                sample("b", "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri Malaysia di Kuala Lumpur.",
                        gold("CONSULT", "IDN", "MYS"))));
        EventEvaluator.Result r = EventEvaluator.evaluate(data, coder, Warta.with(WartaOptions.defaults()));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).startsWith("id 1 Ratusan pengunjuk rasa");
        assertThat(r.score().typeCorrect()).isEqualTo(1);
        assertThat(r.score().coderFailures()).isEqualTo(1);
        assertThat(r.outcomes().get(1).failure()).contains("a coder bug");
        assertThat(r.outcomes().get(1).events()).isEmpty();
    }

    private static EventSample sample(String id, GoldEvent... events) {
        return sample(id, "A sentence of the hand-made case.", events);
    }

    private static EventSample sample(String id, String text, GoldEvent... events) {
        return new EventSample(id, "id", text, null, List.of(events));
    }

    private static GoldEvent gold(String type, String actor, String target) {
        return GoldEvent.of(type, null, actors(actor), target == null ? List.of() : actors(target));
    }

    private static List<GoldActor> actors(String country) {
        return List.of(new GoldActor(null, country, null));
    }

    private static Actor actor(String country) {
        return new Actor(country, country, null, List.of(), -1, -1);
    }

    private static Event event(String type, double confidence, String actor, String target) {
        return new Event(type, null, actor(actor), target == null ? null : actor(target), null, null, null, null,
                null, null, null, false, false, ASSERTED, false, List.of(), evidence(), confidence);
    }

    private static List<Evidence> evidence() {
        return List.of(new Evidence("A sentence of the hand-made case.", 0, 33));
    }

    private static Evidence whole(Text text) {
        return new Evidence(text.text(), 0, text.text().length());
    }
}
