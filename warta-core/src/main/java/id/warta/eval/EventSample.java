package id.warta.eval;

import id.warta.events.Event;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold sentence of an event-coding dataset and the events a careful analyst codes in it.
 *
 * @param id       the dataset's id of the sentence
 * @param language BCP 47 tag of the sentence ({@code en}, {@code id})
 * @param text     the sentence
 * @param date     the date of its story when the dataset gives one, else null
 * @param events   the PLOVER events it reports; empty when it reports none (a CAMEO statement or appeal, which
 *                 PLOVER does not code, or a sentence written to contain no event)
 */
public record EventSample(String id, String language, String text, LocalDate date, List<GoldEvent> events) {

    public EventSample {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
    }

    /**
     * One gold event. The flags and numbers are null where the dataset does not annotate them (the PLOVER and
     * PETRARCH2 records annotate no negation or modality).
     *
     * @param type     PLOVER category
     * @param mode     PLOVER mode of that category, or null
     * @param actors   who acts (several for a compound actor: "Hungarian and Romanian officials"); may be empty
     * @param targets  to whom; empty when there is none
     * @param negated  whether the sentence says it did not happen, or null when not annotated
     * @param modality whether it happened, is planned or is supposed, or null when not annotated
     * @param reported whether the sentence relays someone's claim, or null when not annotated
     * @param killed   people killed, or null
     * @param injured  people injured, or null
     * @param arrested people arrested, or null
     * @param size     size of the acting group (troops, crowd), or null
     */
    public record GoldEvent(String type, String mode, List<GoldActor> actors, List<GoldActor> targets,
                            Boolean negated, Event.Modality modality, Boolean reported, Long killed, Long injured,
                            Long arrested, Long size) {

        public GoldEvent {
            Objects.requireNonNull(type, "type");
            actors = List.copyOf(actors);
            targets = List.copyOf(targets);
        }

        /** An event with its type, mode and actors only. */
        public static GoldEvent of(String type, String mode, List<GoldActor> actors, List<GoldActor> targets) {
            return new GoldEvent(type, mode, actors, targets, null, null, null, null, null, null, null);
        }
    }

    /**
     * An actor or target as the gold names it.
     *
     * @param text    the words of the sentence that name it, or null
     * @param country ISO 3166-1 alpha-3 code or PLOVER international code ({@code IGO}, {@code UNO}…), or null
     * @param sector  PLOVER sector code, or null
     */
    public record GoldActor(String text, String country, String sector) {
    }
}
