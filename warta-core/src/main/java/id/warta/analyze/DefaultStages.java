package id.warta.analyze;

import id.warta.lang.NgramLanguageIdentifier;
import id.warta.ner.EntityFinder;
import id.warta.quantity.RuleQuantityFinder;
import id.warta.quote.RuleQuoteFinder;
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

    static final Stages STAGES = new Stages(new NgramLanguageIdentifier(), new RuleSentenceSplitter(), ENTITIES,
            new RuleQuantityFinder(), new RuleTimeExpressionFinder(), new RuleQuoteFinder());

    private DefaultStages() {
    }
}
