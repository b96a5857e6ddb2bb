package id.warta.analyze;

import id.warta.events.EventCoder;
import id.warta.lang.LanguageIdentifier;
import id.warta.ner.EntityFinder;
import id.warta.quantity.QuantityFinder;
import id.warta.quote.QuoteFinder;
import id.warta.text.SentenceSplitter;
import id.warta.time.TimeExpressionFinder;

import java.util.Objects;

/**
 * The stages an {@link Analyzer} runs, each a thread-safe implementation of its stage's interface. Replace one
 * with a {@code with...} method, e.g. {@code Stages.defaults().withEntities(myFinder)}.
 *
 * @param language   identifies the language of the text
 * @param sentences  splits it into sentences and tokens
 * @param entities   finds people, organisations and places
 * @param quantities finds counts, percentages and amounts of money
 * @param times      finds and resolves time expressions
 * @param quotes     finds direct quotes and their speakers
 * @param events     codes the events the article reports, from the text and what the other stages found
 */
public record Stages(LanguageIdentifier language, SentenceSplitter sentences, EntityFinder entities,
                     QuantityFinder quantities, TimeExpressionFinder times, QuoteFinder quotes, EventCoder events) {

    public Stages {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(sentences, "sentences");
        Objects.requireNonNull(entities, "entities");
        Objects.requireNonNull(quantities, "quantities");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(events, "events");
    }

    /**
     * Warta's own stages. Their models and lexicons load on the first call, once per JVM, and are shared by every
     * analyzer.
     */
    public static Stages defaults() {
        return DefaultStages.STAGES;
    }

    public Stages withLanguage(LanguageIdentifier value) {
        return new Stages(value, sentences, entities, quantities, times, quotes, events);
    }

    public Stages withSentences(SentenceSplitter value) {
        return new Stages(language, value, entities, quantities, times, quotes, events);
    }

    public Stages withEntities(EntityFinder value) {
        return new Stages(language, sentences, value, quantities, times, quotes, events);
    }

    public Stages withQuantities(QuantityFinder value) {
        return new Stages(language, sentences, entities, value, times, quotes, events);
    }

    public Stages withTimes(TimeExpressionFinder value) {
        return new Stages(language, sentences, entities, quantities, value, quotes, events);
    }

    public Stages withQuotes(QuoteFinder value) {
        return new Stages(language, sentences, entities, quantities, times, value, events);
    }

    public Stages withEvents(EventCoder value) {
        return new Stages(language, sentences, entities, quantities, times, quotes, value);
    }
}
