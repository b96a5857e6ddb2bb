package id.warta.events;

import java.util.Objects;

/**
 * A trigger found in a sentence: which word triggered it, in which voice, and what it means. Positions are token
 * indexes into the {@link id.warta.internal.FoldedTokens} that was matched.
 *
 * @param trigger     what it means
 * @param lemma       the trigger word's base form ({@code send} for {@code sent}, {@code kirim} for
 *                    {@code dikirimkan}), which groups its inflections
 * @param voice       how the trigger word relates actor and target
 * @param count       what a number standing with the trigger counts ({@link Count.Kind#KILLED} for {@code tewas},
 *                    {@code killed}; {@link Count.Kind#ARRESTED} for {@code ditangkap}; {@link Count.Kind#SIZE}
 *                    for the troops of {@code mengirim 3.000 pasukan}), or null
 * @param start       the first token of the match, complements included ({@code troops} in {@code troops were
 *                    sent})
 * @param end         the index after its last token
 * @param anchorStart the first token of the trigger word itself
 * @param anchorEnd   the index after the trigger word
 */
public record TriggerMatch(Trigger trigger, String lemma, Voice voice, Count.Kind count, int start, int end,
                           int anchorStart, int anchorEnd) {

    /** How a trigger word relates the actor and the target of its event. */
    public enum Voice {
        /** The subject acts on the object: {@code menyerang}, {@code mengirim}, {@code sends}, {@code attacking}. */
        ACTIVE,
        /**
         * The subject undergoes the event, so actor and target swap: Indonesian {@code di-} and {@code ter-}
         * forms ({@code ditangkap}, {@code tertembak}) and words whose subject is the victim ({@code tewas}).
         */
        PASSIVE,
        /**
         * A noun: the actor is usually its possessor ({@code serangan Rusia}) or the subject of a light verb
         * ({@code menggelar unjuk rasa}, {@code melakukan serangan}).
         */
        NOUN,
        /**
         * An English past form: active as a past tense ({@code Russia sent troops}), passive after a form of
         * {@code be} or {@code get} ({@code troops were sent}); the sentence decides.
         */
        PAST
    }

    public TriggerMatch {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(voice, "voice");
        if (start < 0 || start > anchorStart || anchorStart >= anchorEnd || anchorEnd > end) {
            throw new IllegalArgumentException("bad trigger span [" + start + ", " + end + ") with anchor ["
                    + anchorStart + ", " + anchorEnd + ")");
        }
    }
}
