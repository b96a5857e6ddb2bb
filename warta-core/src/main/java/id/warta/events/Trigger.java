package id.warta.events;

import java.util.Objects;

/**
 * What a trigger word or phrase means: a PLOVER event category with its mode, and the CAMEO code it came from or
 * corresponds to, so that events can also be exported GDELT-style.
 *
 * @param event       PLOVER event category ({@code AID}, {@code MOBILIZE}, {@code PROTEST}, {@code ASSAULT}…)
 * @param mode        PLOVER mode of that category ({@code troops}, {@code riot}, {@code arrest}…), or null
 * @param cameo       CAMEO event code ({@code 072}, {@code 145}, {@code 173}), or null when none fits
 * @param needsTarget whether the event needs a target to be coded at all: a recipient in PLOVER's sense (AID,
 *                    COOPERATE, SANCTION) or a verb whose object is the event's point ({@code menyerang},
 *                    {@code arrest}); the target is the object of an active verb and the subject of a passive
 * @param pattern     the lexicon's pattern as written, {@code *} standing for the trigger word itself
 *                    ({@code * ... &MILITARY}, {@code *}, {@code &PASUKAN ... *}), for explaining a coding
 */
public record Trigger(String event, String mode, String cameo, boolean needsTarget, String pattern) {

    public Trigger {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(pattern, "pattern");
    }
}
