package id.warta.eval;

import java.util.Map;
import java.util.Objects;

/**
 * How well an event coder did on a gold set; {@link EventEvaluator} says how each number is counted.
 *
 * @param sentences     sentences scored
 * @param goldSentences sentences with at least one gold event (the denominator of the type accuracy)
 * @param typeCorrect   of those, how many the coder's top event has a gold type for
 * @param categories    true positives, false positives and false negatives per PLOVER category, in the
 *                      ontology's order, for the categories that occur in the gold or the predictions
 * @param actorCountry  top events whose actor's country is a gold actor's, over gold events with an actor country
 * @param targetCountry the same for targets
 * @param negation      top events of the right type whose negation flag is the gold's, where the gold annotates it
 * @param modality      the same for modality (asserted, planned, hypothetical)
 * @param numbers       gold killed, injured, arrested and size numbers that the top event of the right type
 *                      carries exactly
 * @param falseAlarms   sentences without a gold event where the coder coded one
 * @param coderFailures sentences where the coder threw; they count as coded with no event
 */
public record EventScore(int sentences, int goldSentences, int typeCorrect, Map<String, Counts> categories,
                         Ratio actorCountry, Ratio targetCountry, Ratio negation, Ratio modality, Ratio numbers,
                         int falseAlarms, int coderFailures) {

    public EventScore {
        categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
        Objects.requireNonNull(actorCountry, "actorCountry");
        Objects.requireNonNull(targetCountry, "targetCountry");
        Objects.requireNonNull(negation, "negation");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(numbers, "numbers");
    }

    /** Sentences whose top event has a gold type, over the sentences with gold events; 0 when there are none. */
    public double typeAccuracy() {
        return goldSentences == 0 ? 0 : (double) typeCorrect / goldSentences;
    }

    /** The unweighted mean of the per-category F1 over {@link #categories()}; 0 when there are none. */
    public double macroF1() {
        return categories.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    /** The counts of one category; zeros when it occurs neither in the gold nor in the predictions. */
    public Counts counts(String category) {
        return categories.getOrDefault(category, new Counts(0, 0, 0));
    }

    /**
     * One category's counts over the sentences' top events.
     *
     * @param tp top events of this category on sentences with a gold event of it
     * @param fp top events of this category on sentences without one
     * @param fn sentences whose reference gold event is of this category and whose top event is not
     */
    public record Counts(int tp, int fp, int fn) {

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** Gold sentences of this category. */
        public int support() {
            return tp + fn;
        }
    }

    /** A share: how many of {@code total} were right. */
    public record Ratio(int correct, int total) {

        public Ratio {
            if (correct < 0 || correct > total) {
                throw new IllegalArgumentException(correct + " of " + total);
            }
        }

        /** correct / total; NaN when nothing was scored. */
        public double value() {
            return total == 0 ? Double.NaN : (double) correct / total;
        }
    }
}
