package id.warta.events;

import id.warta.QualityFloors;
import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.eval.EventDataset;
import id.warta.eval.EventEvaluator;
import id.warta.eval.EventScore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped coder scored by {@link EventEvaluator} on Warta's Indonesian gold set (test resources) and on the
 * PLOVER gold records ({@code ../shared}, skipped when absent): event-type macro-F1 and actor-country accuracy
 * at or above the floors of {@code .ci/floors}. The coder's rules were tuned with these sentences in view, so the
 * floors guard against regressions; they are not fresh scores.
 */
class EventGoldScoresTest {

    private static final Warta WARTA = Warta.with(WartaOptions.defaults());

    @Test
    void indonesianGoldSet() throws IOException, URISyntaxException {
        Path gold = Path.of(EventGoldScoresTest.class.getResource("/events/gold-id.tsv").toURI());
        EventScore s = score(gold);
        assertThat(s.coderFailures()).isZero();
        assertThat(s.macroF1()).isGreaterThanOrEqualTo(QualityFloors.floor("events.id_gold.macro_f1"));
        assertThat(s.actorCountry().value()).isGreaterThanOrEqualTo(
                QualityFloors.floor("events.id_gold.actor_country"));
        assertThat(s.negation().value()).isEqualTo(1.0);
        assertThat(s.modality().value()).isEqualTo(1.0);
    }

    @Test
    void ploverGoldRecords() throws IOException {
        EventScore s = score(QualityFloors.shared("events", "plover", "gold_standard_records",
                "PLOVER_GSR_CAMEO.json"));
        assertThat(s.coderFailures()).isZero();
        assertThat(s.macroF1()).isGreaterThanOrEqualTo(QualityFloors.floor("events.plover.macro_f1"));
        assertThat(s.actorCountry().value()).isGreaterThanOrEqualTo(
                QualityFloors.floor("events.plover.actor_country"));
    }

    private static EventScore score(Path gold) throws IOException {
        EventDataset data = EventDataset.read(gold, Plover.shared());
        return EventEvaluator.evaluate(data, new RuleEventCoder(), WARTA).score();
    }
}
