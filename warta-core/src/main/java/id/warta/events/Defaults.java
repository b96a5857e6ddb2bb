package id.warta.events;

import id.warta.internal.FoldedTokens;
import id.warta.text.RuleTokenizer;

import java.util.List;

/**
 * The actor of an event whose sentence names none: protesters for a protest ({@code kerusuhan menyebabkan 30
 * orang tewas}: someone rioted, in the country where it happened), the police of that country for an arrest
 * ({@code 37 pengunjuk rasa ditangkap}), else an unidentified actor (PLOVER's {@code UNK}: "two civilians were
 * killed by a bomb"). Immutable.
 */
final class Defaults {

    /** PLOVER's sector of generic unidentified actors. */
    static final String UNKNOWN_SECTOR = "UNK";

    private final Actor protesters;
    private final Actor police;
    private final String unknown;

    /** The defaults in {@code language} ({@code en}, else Indonesian), sectors read from {@code lexicon}. */
    Defaults(CoderLexicon lexicon, String language) {
        boolean english = "en".equals(language);
        protesters = inferred(lexicon, language, english ? "protesters" : "pengunjuk rasa");
        police = inferred(lexicon, language, english ? "police" : "polisi");
        unknown = english ? "unknown" : "tidak diketahui";
    }

    private static Actor inferred(CoderLexicon lexicon, String language, String name) {
        FoldedTokens tokens = FoldedTokens.of(name, new RuleTokenizer().tokenize(name, language));
        CoderLexicon.SectorWord s = lexicon.sector(tokens, 0, language);
        return new Actor(name, null, s == null ? null : s.sector(), List.of(), -1, -1);
    }

    /** The inferred actor of an event of {@code type} and {@code mode} in {@code country} (may be null). */
    Actor actor(String type, String mode, String country) {
        if (type.equals("PROTEST")) {
            return in(protesters, country);
        }
        if (type.equals("COERCE") && "arrest".equals(mode)) {
            return in(police, country);
        }
        return new Actor(unknown, null, UNKNOWN_SECTOR, List.of(), -1, -1);
    }

    private static Actor in(Actor a, String country) {
        return new Actor(a.name(), country, a.sector(), List.of(), -1, -1);
    }

    /** Whether PLOVER requires a recipient for events of {@code type}. */
    static boolean needsRecipient(String type) {
        return Plover.shared().category(type).map(Plover.Category::requiresRecipient).orElse(false);
    }
}
