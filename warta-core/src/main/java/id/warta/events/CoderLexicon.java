package id.warta.events;

import id.warta.internal.FoldedTokens;

/**
 * The words the coder reads a sentence with: event triggers, the nouns and titles that say what sector an actor
 * belongs to, and the words naming a country's people. Each lookup returns the longest entry starting at a token.
 * Implementations are immutable and thread-safe.
 */
interface CoderLexicon {

    /** A trigger of an event category ending before token {@code end}. */
    record Trigger(int end, String type, String mode, Voice voice, double weight) {
    }

    /** A sector noun or title ({@code pasukan}, {@code Presiden}, {@code police}) ending before token {@code end}. */
    record SectorWord(int end, String sector, boolean title) {
    }

    /** A word for a country's people or things ({@code Russian}, {@code warga Rusia}) ending before {@code end}. */
    record CountryWord(int end, String country) {
    }

    /** The longest trigger of {@code language} starting at token {@code at}, or null. */
    Trigger trigger(FoldedTokens tokens, int at, String language);

    /** The longest sector noun or title starting at token {@code at}, or null. */
    SectorWord sector(FoldedTokens tokens, int at, String language);

    /** The longest demonym starting at token {@code at}, or null. */
    CountryWord country(FoldedTokens tokens, int at, String language);
}
