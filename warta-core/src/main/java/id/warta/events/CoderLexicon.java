package id.warta.events;

import id.warta.internal.FoldedTokens;

import java.util.List;

/**
 * The words the coder reads a sentence with: event triggers, the nouns and titles that say what sector an actor
 * belongs to, and the words naming a country's people. Implementations are immutable and thread-safe.
 */
interface CoderLexicon {

    /**
     * A trigger found in a sentence; token indexes.
     *
     * @param start       first token of the match, words the trigger needs around it included ({@code pasukan} in
     *                    {@code pasukan Rusia mendarat})
     * @param end         index after its last token
     * @param anchorStart first token of the trigger word itself
     * @param anchorEnd   index after it
     * @param type        PLOVER event category
     * @param mode        PLOVER mode, or null
     * @param voice       how the trigger word sets actor and target around it
     * @param needsTarget whether the event is only an event with a target ({@code menyerang}, {@code arrest})
     * @param casualty    whether the word only says people died or were hurt ({@code tewas}, {@code killed}):
     *                    a toll, which another event of the sentence or the sentence before may own
     */
    record Trigger(int start, int end, int anchorStart, int anchorEnd, String type, String mode,
                   TriggerMatch.Voice voice,
                   boolean needsTarget, boolean casualty) {
    }

    /** A sector noun or title ({@code pasukan}, {@code Presiden}, {@code police}) ending before token {@code end}. */
    record SectorWord(int end, String sector) {
    }

    /** A word for a country's people or things ({@code Russian}, {@code Kazakh}) ending before token {@code end}. */
    record CountryWord(int end, String country) {
    }

    /**
     * What is known of an organisation: its country (or PLOVER's international code, {@code UNO}, {@code IGO},
     * {@code EUR}, {@code NGO}...) and sector; either may be null.
     */
    record OrganisationFacts(String country, String sector) {
    }

    /** The triggers of one sentence in {@code language}, in text order, their anchors not overlapping. */
    List<Trigger> triggers(FoldedTokens tokens, String language);

    /** The longest sector noun or title starting at token {@code at}, or null (also for a token outside). */
    SectorWord sector(FoldedTokens tokens, int at, String language);

    /** The longest demonym starting at token {@code at}, or null (also for a token outside). */
    CountryWord country(FoldedTokens tokens, int at, String language);

    /** What is known of the organisation named {@code name} (any of its names), or null. */
    OrganisationFacts organisation(String name);
}
