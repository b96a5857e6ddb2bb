package id.warta.events;

import id.warta.time.TimeExpression;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One happening reported by an article, coded in PLOVER: who did what to whom, where, when, how many, with every
 * sentence that reports it. Mentions of the same happening in one article are merged into one Event.
 *
 * @param type          PLOVER event category ({@code AID}, {@code MOBILIZE}, {@code PROTEST}, {@code ASSAULT}…)
 * @param mode          PLOVER mode of that category ({@code riot}, {@code troops}…), or null
 * @param actor         who acts
 * @param target        to whom it is done, or null
 * @param location      where, or null when neither the sentence, the dateline nor the article's country tells
 * @param date          the day (or first day of the period) it happened: the sentence's time expression, else the
 *                      publication date
 * @param datePrecision how fine {@code date} is
 * @param killed        people killed, summed over {@code counts}; null when the text gives no number
 * @param injured       people injured; null when not given
 * @param arrested      people arrested or detained; null when not given
 * @param size          size of the acting group (troops, crowd); null when not given
 * @param approximate   whether any number behind the totals is hedged or vague
 * @param negated       whether the text says it did not happen ({@code tidak}, {@code belum}, {@code denied})
 * @param modality      whether it happened, is planned or is only supposed; planned and hypothetical events are
 *                      not counted as having happened
 * @param reported      whether the article only relays someone's claim (inside a quote, after {@code menurut},
 *                      {@code according to})
 * @param counts        the numbers behind the totals, each with its evidence
 * @param evidence      the sentences reporting it, in text order; never empty
 * @param confidence    from 0 to 1, how sure the coder is of type and actors
 */
public record Event(String type, String mode, Actor actor, Actor target, EventLocation location, LocalDate date,
                    TimeExpression.Precision datePrecision, Long killed, Long injured, Long arrested, Long size,
                    boolean approximate, boolean negated, Modality modality, boolean reported, List<Count> counts,
                    List<Evidence> evidence, double confidence) {

    /** Whether an event happened or is only planned or supposed. */
    public enum Modality { ASSERTED, PLANNED, HYPOTHETICAL }

    public Event {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(modality, "modality");
        counts = List.copyOf(counts);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("an event has at least one evidence sentence");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1]: " + confidence);
        }
    }
}
