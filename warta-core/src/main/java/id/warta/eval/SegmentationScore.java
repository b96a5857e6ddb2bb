package id.warta.eval;

import java.util.Locale;

/**
 * Tokens and Sentences scores of a segmenter on a treebank, as the CoNLL 2018 UD shared task computes them.
 *
 * @param tokens    surface-token span counts
 * @param sentences sentence span counts
 */
public record SegmentationScore(Counts tokens, Counts sentences) {

    /**
     * Exact-span match counts and the scores derived from them.
     *
     * @param gold    spans in the gold standard
     * @param system  spans in the system output
     * @param correct system spans equal to a gold span (same start and end)
     */
    public record Counts(int gold, int system, int correct) {

        public double precision() {
            return system == 0 ? 0 : (double) correct / system;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        /** {@code 2 * correct / (gold + system)}, the harmonic mean of precision and recall. */
        public double f1() {
            return gold + system == 0 ? 0 : 2.0 * correct / (gold + system);
        }

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, system + o.system, correct + o.correct);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.4f  R %.4f  F1 %.4f  (gold %d, system %d, correct %d)",
                    precision(), recall(), f1(), gold, system, correct);
        }
    }
}
