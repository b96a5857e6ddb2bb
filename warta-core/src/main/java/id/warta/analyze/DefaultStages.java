package id.warta.analyze;

import id.warta.events.EventCoder;
import id.warta.lang.NgramLanguageIdentifier;
import id.warta.ner.ModelEntityFinder;
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

    /**
     * The default event coder. TEMPORARY, coder NONE: it codes no events (so it never invents one) until the
     * rule-based coder of branch {@code coder} is merged, which points this one line at {@code RuleEventCoder}.
     */
    static final EventCoder EVENTS = (text, analysis) -> List.of();

    static final Stages STAGES = new Stages(new NgramLanguageIdentifier(), new RuleSentenceSplitter(),
            ModelEntityFinder.shared(), new RuleQuantityFinder(), new RuleTimeExpressionFinder(), new RuleQuoteFinder(),
            EVENTS);

    private DefaultStages() {
    }
}
