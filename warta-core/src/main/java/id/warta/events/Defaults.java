package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.text.RuleTokenizer;

import java.util.List;

/**
 * The actor of an event whose sentence names none: protesters for a protest ({@code kerusuhan menyebabkan 30
 * orang tewas}: someone rioted, in the country where it happened), else an unidentified actor (PLOVER's
 * {@code UNK}: "two civilians were killed by a bomb"). Immutable.
 */
final class Defaults {

    /** PLOVER's sector of generic unidentified actors. */
    static final String UNKNOWN_SECTOR = "UNK";

    private final String protesters;
    private final String protestersSector;
    private final String unknown;

    /** The defaults in {@code language} ({@code en}, else Indonesian), sectors read from {@code lexicon}. */
    Defaults(CoderLexicon lexicon, String language) {
        boolean english = "en".equals(language);
        protesters = english ? "protesters" : "pengunjuk rasa";
        unknown = english ? "unknown" : "tidak diketahui";
        FoldedTokens tokens = FoldedTokens.of(protesters, new RuleTokenizer().tokenize(protesters, language));
        CoderLexicon.SectorWord s = lexicon.sector(tokens, 0, language);
        protestersSector = s == null ? null : s.sector();
    }

    /** The inferred actor of an event of {@code type} in {@code country} (may be null). */
    Actor actor(String type, String country) {
        if (type.equals("PROTEST")) {
            return new Actor(protesters, country, protestersSector, List.of(), -1, -1);
        }
        return new Actor(unknown, null, UNKNOWN_SECTOR, List.of(), -1, -1);
    }

    /** Whether PLOVER requires a recipient for events of {@code type}. */
    static boolean needsRecipient(String type) {
        return Plover.shared().category(type).map(Plover.Category::requiresRecipient).orElse(false);
    }
}
