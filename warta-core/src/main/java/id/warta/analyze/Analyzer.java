package id.warta.analyze;

import id.warta.WartaOptions;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.lang.LanguageGuess;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.CaptionFindings;
import id.warta.model.Failure;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.quantity.Quantity;
import id.warta.quote.Quote;
import id.warta.text.Text;
import id.warta.time.TimeExpression;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs the analysis stages over an article's text, in this order: language identification, sentences and tokens,
 * entities, quantities, time expressions (against the publication date-time), quotes (with the entities), then
 * the captions' quantities and times, and last the events, coded from the text and everything found before. The
 * identified language chooses the rules of the later stages; an undetermined one ({@code und}) uses the rules
 * common to Indonesian and English.
 *
 * <p>Stateless and thread-safe when its stages are (the contracts require it): one Analyzer, with its models
 * loaded once, serves every thread. A stage that throws or returns offsets outside the text is a bug: its result
 * is dropped, the stages that do not need it still run, and the article becomes an error record ({@code internal},
 * the stage named in the message) that keeps its extracted fields, so the batch loses nothing.
 */
public final class Analyzer {

    /** Near the limit, how far back a space is looked for so that no word is cut in two. */
    private static final int CUT_SEARCH = 1_000;

    private final Stages stages;
    private final int maxChars;

    /** An analyzer running these stages, reading at most {@code options.maxAnalysedChars()} of each text. */
    public Analyzer(Stages stages, WartaOptions options) {
        this.stages = Objects.requireNonNull(stages, "stages");
        this.maxChars = options.maxAnalysedChars();
    }

    /** The default stages ({@link Stages#defaults()}) with these options. */
    public static Analyzer defaults(WartaOptions options) {
        return new Analyzer(Stages.defaults(), options);
    }

    /** The stages this analyzer runs. */
    public Stages stages() {
        return stages;
    }

    /**
     * Analyses an extracted article. An error article comes back unchanged with nothing found; a stage failure
     * comes back as described on the class. Never throws for any article.
     */
    public Analysis analyze(Article article) {
        Objects.requireNonNull(article, "article");
        if (!article.ok()) {
            return Analysis.notAnalysed(article);
        }
        try {
            return run(article);
        } catch (OutOfMemoryError e) {
            // one oversized text must not end the batch; what the stages built is garbage once we return
            return new Analysis(article.withFailure(Failure.of("out-of-memory", "the analysis needed more memory "
                    + "than the JVM has; lower maxAnalysedChars or raise -Xmx")), null, 0, List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of());
        }
    }

    private Analysis run(Article article) {
        String full = article.text();
        int length = analysedLength(full, maxChars);
        String text = length == full.length() ? full : full.substring(0, length);
        Problems problems = new Problems();

        LanguageGuess guess = problems.run("language", () -> stages.language().identify(text),
                g -> true, new LanguageGuess(LanguageGuess.UNDETERMINED, 0));
        String language = guess.determined() ? guess.language() : null;
        Text sentences = problems.run("sentences",
                () -> new Text(text, guess.language(), stages.sentences().split(text, language)), t -> true, null);
        List<Entity> entities = sentences == null ? List.of()
                : problems.run("entities", () -> stages.entities().find(sentences), e -> entitiesInside(e, length),
                List.of());
        List<Quantity> quantities = problems.run("quantities", () -> stages.quantities().find(text, language),
                q -> q.stream().allMatch(x -> x.end() <= length), List.of());
        List<TimeExpression> times = problems.run("times",
                () -> stages.times().find(text, language, reference(article)),
                t -> t.stream().allMatch(x -> x.end() <= length), List.of());
        List<Quote> quotes = sentences == null ? List.of()
                : problems.run("quotes", () -> stages.quotes().find(sentences, entities), q -> quotesInside(q, text),
                List.of());

        List<CaptionFindings> captions = problems.run("captions", () -> captions(article, language),
                c -> true, List.of());

        // the coder sees the original article (its dateline, publication date) and what the other stages found
        Analysis found = new Analysis(article, guess, length, entities, quantities, times, quotes, captions,
                List.of());
        List<Event> events = sentences == null ? List.of()
                : problems.run("events", () -> stages.events().code(sentences, found), e -> eventsInside(e, text),
                List.of());

        Article analysed = problems.failure() == null ? article : article.withFailure(problems.failure());
        return new Analysis(analysed, guess, length, entities, quantities, times, quotes, captions, events);
    }

    /** Quantities and times of each caption, in the text's language (a caption is too short to identify its own). */
    private List<CaptionFindings> captions(Article article, String language) {
        List<CaptionFindings> out = new ArrayList<>();
        List<String> captions = article.captions();
        for (int i = 0; i < captions.size(); i++) {
            String caption = captions.get(i).length() > maxChars ? captions.get(i).substring(0, maxChars)
                    : captions.get(i);
            List<Quantity> quantities = stages.quantities().find(caption, language);
            List<TimeExpression> times = stages.times().find(caption, language, reference(article));
            if (!quantities.isEmpty() || !times.isEmpty()) {
                out.add(new CaptionFindings(i, quantities, times));
            }
        }
        return out;
    }

    /**
     * What relative dates ("kemarin", "Kamis lalu") resolve against: the publication date, else the time the page
     * was fetched (a crawl fetches news within days of publication, so the weekday arithmetic mostly holds).
     */
    static OffsetDateTime reference(Article article) {
        return article.published() != null ? article.published() : article.fetched();
    }

    /**
     * How much of {@code text} is analysed: all of it up to {@code max} characters, else up to the last space
     * before the limit (or the limit itself when there is none near, keeping a surrogate pair whole).
     */
    static int analysedLength(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        for (int i = max; i > 0 && i > max - CUT_SEARCH; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }

    private static boolean entitiesInside(List<Entity> entities, int length) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.end() > length) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Quote spans inside the text, and the quoted words those of the text at the span. */
    private static boolean quotesInside(List<Quote> quotes, String text) {
        for (Quote q : quotes) {
            if (q.end() > text.length() || q.speakerEnd() > text.length()
                    || !text.regionMatches(q.start(), q.text(), 0, q.end() - q.start())
                    || q.text().length() != q.end() - q.start()) {
                return false;
            }
        }
        return true;
    }

    /** Every span of every event inside the text, and each evidence sentence the text at its span. */
    private static boolean eventsInside(List<Event> events, String text) {
        int length = text.length();
        for (Event e : events) {
            if (!actorInside(e.actor(), length) || e.target() != null && !actorInside(e.target(), length)) {
                return false;
            }
            EventLocation where = e.location();
            if (where != null && where.end() > length) {
                return false;
            }
            for (Count c : e.counts()) {
                if (c.end() > length) {
                    return false;
                }
            }
            for (Evidence s : e.evidence()) {
                if (s.end() > length || !text.regionMatches(s.start(), s.sentence(), 0, s.sentence().length())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean actorInside(Actor actor, int length) {
        return actor.end() <= length;
    }

    /** The failures of the stages of one run, turned into one error. */
    private static final class Problems {

        private final List<String> messages = new ArrayList<>();

        /** The stage's result, or {@code fallback} when it throws or its result fails {@code valid}. */
        <T> T run(String stage, Supplier<T> work, Predicate<T> valid, T fallback) {
            try {
                T result = work.get();
                if (result == null) {
                    messages.add(stage + " returned null");
                    return fallback;
                }
                if (!valid.test(result)) {
                    messages.add(stage + " returned offsets outside the analysed text");
                    return fallback;
                }
                return result;
            } catch (RuntimeException | StackOverflowError e) {
                messages.add(stage + " failed: " + e);
                return fallback;
            }
        }

        Failure failure() {
            return messages.isEmpty() ? null
                    : Failure.of("internal", "analysis stage " + String.join("; stage ", messages));
        }
    }
}
