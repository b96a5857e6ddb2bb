package id.warta.model;

import id.warta.events.Event;
import id.warta.lang.LanguageGuess;
import id.warta.ner.Entity;
import id.warta.quantity.Quantity;
import id.warta.quote.Quote;
import id.warta.time.TimeExpression;

import java.util.List;
import java.util.Objects;

/**
 * What the analysis found in one article: its language, the people, organisations and places it names, its
 * quantities, time expressions and quotes, and the events it reports. Every offset indexes into {@code article.text()}. There is exactly one
 * Analysis per input, like the Article it wraps: an article that failed extraction comes through unchanged with
 * nothing found, and a bug in an analysis stage turns the article into an error record that keeps its extracted
 * fields and whatever the other stages found.
 *
 * @param article        the extracted article; its {@code status} says whether the analysis (and extraction) went
 *                       well
 * @param language       the identified language of the text; {@code null} when the article was not analysed
 *                       (extraction failed)
 * @param analysedLength how many characters of {@code article.text()}, from its start, were analysed: the whole
 *                       text unless it was longer than {@code WartaOptions.maxAnalysedChars}; 0 when the article
 *                       was not analysed
 * @param entities       named entities in the order of their first mention
 * @param quantities     quantities in text order
 * @param times          time expressions in text order, resolved against {@code article.published()} (absolute
 *                       ones only when the publication date is unknown)
 * @param quotes         direct quotes in text order
 * @param captions       quantities and time expressions of the image captions, with offsets into each caption;
 *                       only captions where something was found
 * @param events         the events the article reports, one per happening, in the order of their first evidence
 */
public record Analysis(Article article, LanguageGuess language, int analysedLength, List<Entity> entities,
                       List<Quantity> quantities, List<TimeExpression> times, List<Quote> quotes,
                       List<CaptionFindings> captions, List<Event> events) {

    public Analysis {
        Objects.requireNonNull(article, "article");
        if (analysedLength < 0 || analysedLength > article.text().length()) {
            throw new IllegalArgumentException("analysedLength " + analysedLength + " outside the text of length "
                    + article.text().length());
        }
        entities = List.copyOf(entities);
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        captions = List.copyOf(captions);
        events = List.copyOf(events);
        for (CaptionFindings c : captions) {
            if (c.caption() >= article.captions().size()) {
                throw new IllegalArgumentException("caption " + c.caption() + " of " + article.captions().size());
            }
        }
    }

    /** The record of an article that was not analysed (it failed extraction): nothing found. */
    public static Analysis notAnalysed(Article article) {
        return new Analysis(article, null, 0, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Whether extraction and every analysis stage went well. */
    public boolean ok() {
        return article.ok();
    }

    /** Whether part of the text was left out for being longer than the analysis limit. */
    public boolean truncated() {
        return analysedLength < article.text().length() && language != null;
    }
}
