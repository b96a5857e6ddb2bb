package id.warta.events;

import id.warta.time.TimeExpression;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One mention of an event in one sentence, as the coder builds it before mentions of the same happening are
 * merged. Mutable, and confined to the call that codes one article.
 */
final class RawEvent {

    /** Where an event's date was read. */
    enum DateSource { SENTENCE, CAPTION, PUBLISHED, NONE }

    final String type;
    final String mode;
    final Actor actor;
    /** To whom it is done; an absorbed toll's victims may fill it in after. */
    Actor target;
    final EventLocation location;
    final boolean negated;
    final Event.Modality modality;
    final boolean reported;
    final double confidence;
    /** Index of the sentence the mention is in. */
    final int sentence;
    /** Offset of the trigger in the text: the order of mentions within a sentence. */
    final int triggerStart;
    /** Whether the mention can take casualty or size counts of its sentence and the next. */
    final boolean countable;
    /**
     * Whether the mention is only a toll: a casualty word with no one doing it ({@code 30 orang tewas}), which
     * belongs to the violent event of its sentence or of the sentence before when there is one.
     */
    final boolean toll;

    /** For a mention another implies (the REQUEST of {@code atas permintaan}), that one: it shares its date. */
    RawEvent implying;
    LocalDate date;
    TimeExpression.Precision datePrecision;
    DateSource dateSource;
    final List<Evidence> evidence = new ArrayList<>();
    List<Count> counts = new ArrayList<>();

    RawEvent(String type, String mode, Actor actor, Actor target, EventLocation location, boolean negated,
             Event.Modality modality, boolean reported, double confidence, int sentence, int triggerStart,
             boolean countable, boolean toll) {
        this.type = type;
        this.mode = mode;
        this.actor = actor;
        this.target = target;
        this.location = location;
        this.negated = negated;
        this.modality = modality;
        this.reported = reported;
        this.confidence = confidence;
        this.sentence = sentence;
        this.triggerStart = triggerStart;
        this.countable = countable;
        this.toll = toll;
    }

    /** Whether the mention says something happened: asserted and not negated. */
    boolean happened() {
        return modality == Event.Modality.ASSERTED && !negated;
    }

    void date(LocalDate value, TimeExpression.Precision precision, DateSource source) {
        date = value;
        datePrecision = precision;
        dateSource = source;
    }
}
