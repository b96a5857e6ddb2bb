package id.warta.analyze;

import id.warta.events.EventCoder;
import id.warta.events.RuleEventCoder;
import id.warta.lang.NgramLanguageIdentifier;
import id.warta.ner.ModelEntityFinder;
import id.warta.quantity.RuleQuantityFinder;
import id.warta.quote.RuleQuoteFinder;
import id.warta.text.RuleSentenceSplitter;
import id.warta.time.RuleTimeExpressionFinder;

/**
 * The stages of the default pipeline, built on first use (class initialisation is lazy and thread-safe), so that a
 * program that only extracts never loads a model.
 */
final class DefaultStages {

    /** The default event coder: the rule-based PLOVER coder on the shipped lexicons and gazetteer. */
    static final EventCoder EVENTS = new RuleEventCoder();

    static final Stages STAGES = new Stages(new NgramLanguageIdentifier(), new RuleSentenceSplitter(),
            ModelEntityFinder.shared(), new RuleQuantityFinder(), new RuleTimeExpressionFinder(), new RuleQuoteFinder(),
            EVENTS);

    private DefaultStages() {
    }
}
