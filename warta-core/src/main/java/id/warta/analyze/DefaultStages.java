package id.warta.analyze;

import id.warta.lang.LanguageGuess;
import id.warta.lang.LanguageIdentifier;
import id.warta.ner.EntityFinder;
import id.warta.quantity.RuleQuantityFinder;
import id.warta.quote.QuoteFinder;
import id.warta.text.RuleSentenceSplitter;
import id.warta.time.RuleTimeExpressionFinder;

import java.util.List;

/**
 * The stages of the default pipeline, built on first use (class initialisation is lazy and thread-safe), so that a
 * program that only extracts never loads a model.
 */
final class DefaultStages {

    /** The default entity finder. No trained model is wired yet: until it is, no entities are found. */
    static final EntityFinder ENTITIES = text -> List.of();

    /** The default language identifier. None is wired yet: every text is undetermined. */
    private static final LanguageIdentifier LANGUAGE = text -> new LanguageGuess(LanguageGuess.UNDETERMINED, 0);

    /** The default quote finder. None is wired yet: no quotes are found. */
    private static final QuoteFinder QUOTES = (text, entities) -> List.of();

    static final Stages STAGES = new Stages(LANGUAGE, new RuleSentenceSplitter(), ENTITIES,
            new RuleQuantityFinder(), new RuleTimeExpressionFinder(), QUOTES);

    private DefaultStages() {
    }
}
