package id.warta.eval;

import id.warta.Warta;
import id.warta.analyze.Analyzer;
import id.warta.eval.EventSample.GoldActor;
import id.warta.eval.EventSample.GoldEvent;
import id.warta.events.Actor;
import id.warta.events.Event;
import id.warta.events.EventCoder;
import id.warta.events.Plover;
import id.warta.lang.LanguageGuess;
import id.warta.model.Analysis;
import id.warta.model.Format;
import id.warta.model.RawDocument;
import id.warta.text.Text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs an {@link EventCoder} over gold sentences and scores it. Each sentence goes through the public pipeline as
 * a plain-text article of its own ({@link Warta#analyze(RawDocument)}); the coder then codes it from the
 * sentences and the analysis.
 *
 * <p>How the scores count, per sentence:
 * <ul>
 *   <li>The coder's <b>top event</b> is its most confident one, the first of them on a tie; none when it coded
 *       nothing.</li>
 *   <li><b>Type accuracy</b> is over the sentences with at least one gold event: right when the top event's type
 *       is a gold event's type. A sentence where the coder coded nothing counts as wrong.</li>
 *   <li>The sentence's <b>reference</b> gold event is the gold event of the top event's type, else the first gold
 *       event. Per category, a right top event is a true positive of its category; a wrong one is a false
 *       negative of the reference's category and a false positive of its own; no top event is a false negative
 *       only. On a sentence without gold event, a top event is a false positive (and a false alarm).
 *       <b>Macro-F1</b> is the mean F1 over the categories with any true positive, false positive or false
 *       negative.</li>
 *   <li><b>Actor country</b> is scored on sentences whose reference has an actor with a country: right when the
 *       top event's actor's country, or one of its member states, is one of the reference actors' countries.
 *       <b>Target country</b> likewise with the targets; no top event, or no target, is wrong. A gold {@code IGO}
 *       accepts {@code UNO} and {@code EUR} and the other way round, since the older gold codes every
 *       intergovernmental body IGO.</li>
 *   <li><b>Negation</b>, <b>modality</b> and <b>numbers</b> (killed, injured, arrested, size) are scored where the
 *       gold annotates them and the top event's type is right, so that they measure the flags and counts rather
 *       than the type again.</li>
 * </ul>
 * Scoring uses the top event alone because the gold sets code one event per sentence (the PLOVER records) or the
 * main ones (PETRARCH2): extra events a coder finds in a sentence are neither rewarded nor punished.
 */
public final class EventEvaluator {

    /** Umbrella code of the older gold, and the specific bodies it covers. */
    private static final String IGO = "IGO";
    private static final Set<String> IGO_BODIES = Set.of("UNO", "EUR");

    private EventEvaluator() {
    }

    /**
     * What the coder made of one sentence.
     *
     * @param sample  the gold sentence
     * @param events  the coder's events
     * @param top     its top event, or null
     * @param correct whether the top event's type is a gold type (false on a sentence without gold event)
     * @param failure the coder's exception when it threw, else null
     */
    public record Outcome(EventSample sample, List<Event> events, Event top, boolean correct, String failure) {

        public Outcome {
            Objects.requireNonNull(sample, "sample");
            events = List.copyOf(events);
        }
    }

    /** The score and the outcome of every sentence, in dataset order. */
    public record Result(EventScore score, List<Outcome> outcomes) {

        public Result {
            Objects.requireNonNull(score, "score");
            outcomes = List.copyOf(outcomes);
        }
    }

    /** Runs {@code coder} over every sentence of {@code dataset} through {@code warta}'s pipeline and scores it. */
    public static Result evaluate(EventDataset dataset, EventCoder coder, Warta warta) {
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(warta, "warta");
        List<List<Event>> predictions = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (EventSample sample : dataset.samples()) {
            try {
                predictions.add(code(sample, coder, warta));
                failures.add(null);
            } catch (RuntimeException e) {
                // a coder bug on one sentence is scored as nothing coded and reported, the run goes on
                predictions.add(List.of());
                failures.add(e.toString());
            }
        }
        return score(dataset.samples(), predictions, failures);
    }

    /** The events {@code coder} codes in one sentence, analysed by {@code warta} as a plain-text article. */
    public static List<Event> code(EventSample sample, EventCoder coder, Warta warta) {
        RawDocument document = new RawDocument(sample.id(), null, sample.text().getBytes(StandardCharsets.UTF_8),
                "text/plain; charset=utf-8", Format.TEXT, null);
        Analysis analysis = warta.analyze(document);
        return coder.code(text(analysis, warta.analyzer()), analysis);
    }

    /** The article text of an analysis split into sentences the way the analyzer split it. */
    static Text text(Analysis analysis, Analyzer analyzer) {
        String text = analysis.article().text().substring(0, analysis.analysedLength());
        LanguageGuess guess = analysis.language();
        String tag = guess == null ? LanguageGuess.UNDETERMINED : guess.language();
        String language = guess != null && guess.determined() ? guess.language() : null;
        return new Text(text, tag, analyzer.stages().sentences().split(text, language));
    }

    /**
     * Scores predictions given per sentence (the coder's events of {@code samples.get(i)} at {@code i}).
     *
     * @throws IllegalArgumentException when the lists differ in length
     */
    public static Result score(List<EventSample> samples, List<List<Event>> predictions) {
        List<String> failures = new ArrayList<>();
        samples.forEach(s -> failures.add(null));
        return score(samples, predictions, failures);
    }

    private static Result score(List<EventSample> samples, List<List<Event>> predictions, List<String> failures) {
        if (samples.size() != predictions.size()) {
            throw new IllegalArgumentException(samples.size() + " sentences but " + predictions.size()
                    + " predictions");
        }
        Tally t = new Tally();
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            EventSample sample = samples.get(i);
            Event top = top(predictions.get(i));
            outcomes.add(new Outcome(sample, predictions.get(i), top, t.add(sample, top), failures.get(i)));
            t.coderFailures += failures.get(i) == null ? 0 : 1;
        }
        return new Result(t.score(samples.size()), outcomes);
    }

    /** The most confident event, the first of them on a tie; null for none. */
    public static Event top(List<Event> events) {
        Event top = null;
        for (Event e : events) {
            if (top == null || e.confidence() > top.confidence()) {
                top = e;
            }
        }
        return top;
    }

    /** Whether a predicted country is a gold one. */
    static boolean sameCountry(String predicted, String gold) {
        if (predicted == null || gold == null) {
            return false;
        }
        return predicted.equals(gold) || gold.equals(IGO) && IGO_BODIES.contains(predicted)
                || predicted.equals(IGO) && IGO_BODIES.contains(gold);
    }

    private static boolean countryMatches(Actor predicted, List<GoldActor> gold) {
        if (predicted == null) {
            return false;
        }
        for (GoldActor g : gold) {
            if (sameCountry(predicted.country(), g.country())) {
                return true;
            }
            for (String member : predicted.members()) {
                if (sameCountry(member, g.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasCountry(List<GoldActor> actors) {
        return actors.stream().anyMatch(a -> a.country() != null);
    }

    /** Counts kept while scoring. */
    private static final class Tally {
        private final Map<String, int[]> counts = new HashMap<>(); // tp, fp, fn
        private int gold;
        private int correct;
        private int actorRight;
        private int actorTotal;
        private int targetRight;
        private int targetTotal;
        private int negationRight;
        private int negationTotal;
        private int modalityRight;
        private int modalityTotal;
        private int numbersRight;
        private int numbersTotal;
        private int falseAlarms;
        private int coderFailures;

        /** Adds one sentence; whether its top event's type is right. */
        boolean add(EventSample sample, Event top) {
            if (sample.events().isEmpty()) {
                if (top != null) {
                    bump(top.type(), 1);
                    falseAlarms++;
                }
                return false;
            }
            gold++;
            GoldEvent reference = sample.events().get(0);
            boolean right = false;
            if (top != null) {
                for (GoldEvent g : sample.events()) {
                    if (g.type().equals(top.type())) {
                        reference = g;
                        right = true;
                        break;
                    }
                }
            }
            if (right) {
                correct++;
                bump(top.type(), 0);
                flags(reference, top);
            } else {
                bump(reference.type(), 2);
                if (top != null) {
                    bump(top.type(), 1);
                }
            }
            if (hasCountry(reference.actors())) {
                actorTotal++;
                actorRight += top != null && countryMatches(top.actor(), reference.actors()) ? 1 : 0;
            }
            if (hasCountry(reference.targets())) {
                targetTotal++;
                targetRight += top != null && countryMatches(top.target(), reference.targets()) ? 1 : 0;
            }
            return right;
        }

        private void flags(GoldEvent gold, Event top) {
            if (gold.negated() != null) {
                negationTotal++;
                negationRight += gold.negated() == top.negated() ? 1 : 0;
            }
            if (gold.modality() != null) {
                modalityTotal++;
                modalityRight += gold.modality() == top.modality() ? 1 : 0;
            }
            number(gold.killed(), top.killed());
            number(gold.injured(), top.injured());
            number(gold.arrested(), top.arrested());
            number(gold.size(), top.size());
        }

        private void number(Long gold, Long predicted) {
            if (gold != null) {
                numbersTotal++;
                numbersRight += gold.equals(predicted) ? 1 : 0;
            }
        }

        private void bump(String category, int which) {
            counts.computeIfAbsent(category, k -> new int[3])[which]++;
        }

        EventScore score(int sentences) {
            Map<String, EventScore.Counts> ordered = new LinkedHashMap<>();
            for (Plover.Category c : Plover.shared().categories()) {
                int[] n = counts.get(c.name());
                if (n != null) {
                    ordered.put(c.name(), new EventScore.Counts(n[0], n[1], n[2]));
                }
            }
            // a coder that writes a type PLOVER lacks is scored on it all the same, after the ontology's
            counts.keySet().stream().filter(k -> !ordered.containsKey(k)).sorted().forEach(k -> ordered.put(k,
                    new EventScore.Counts(counts.get(k)[0], counts.get(k)[1], counts.get(k)[2])));
            return new EventScore(sentences, gold, correct, ordered, new EventScore.Ratio(actorRight, actorTotal),
                    new EventScore.Ratio(targetRight, targetTotal),
                    new EventScore.Ratio(negationRight, negationTotal),
                    new EventScore.Ratio(modalityRight, modalityTotal),
                    new EventScore.Ratio(numbersRight, numbersTotal), falseAlarms, coderFailures);
        }
    }
}
