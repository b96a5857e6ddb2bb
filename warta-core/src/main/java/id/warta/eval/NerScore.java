package id.warta.eval;

import id.warta.ner.Entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * CoNLL exact-span scores of an entity finder: per type and over all types (micro-averaged: the counts are summed
 * before dividing, as {@code conlleval} does).
 *
 * @param byType    the counts of each type; every type is present
 * @param unaligned predicted mentions that did not fall on the corpus's token boundaries within one sentence;
 *                  they are already counted as false positives of their type
 */
public record NerScore(Map<Entity.Type, Counts> byType, int unaligned) {

    /**
     * Exact-span match counts of one type and the scores derived from them. A predicted span is a true positive
     * when a gold span has the same sentence, first token, end and type; each gold span matches at most one
     * prediction.
     *
     * @param tp predicted spans equal to a gold span
     * @param fp predicted spans equal to none (a wrong boundary, a wrong type, or no entity at all)
     * @param fn gold spans no prediction equals
     */
    public record Counts(int tp, int fp, int fn) {

        /** No spans. */
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts {
            if (tp < 0 || fp < 0 || fn < 0) {
                throw new IllegalArgumentException("negative count " + tp + "/" + fp + "/" + fn);
            }
        }

        /** Number of gold spans. */
        public int gold() {
            return tp + fn;
        }

        /** Number of predicted spans. */
        public int predicted() {
            return tp + fp;
        }

        /** {@code tp / predicted}, 0 when nothing was predicted. */
        public double precision() {
            return predicted() == 0 ? 0 : (double) tp / predicted();
        }

        /** {@code tp / gold}, 0 when there is no gold span. */
        public double recall() {
            return gold() == 0 ? 0 : (double) tp / gold();
        }

        /** {@code 2 tp / (gold + predicted)}, the harmonic mean of precision and recall; 0 without any span. */
        public double f1() {
            return gold() + predicted() == 0 ? 0 : 2.0 * tp / (gold() + predicted());
        }

        /** The sum of both counts. */
        public Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.4f  R %.4f  F1 %.4f  (tp %d, fp %d, fn %d)",
                    precision(), recall(), f1(), tp, fp, fn);
        }
    }

    public NerScore {
        if (unaligned < 0) {
            throw new IllegalArgumentException("negative unaligned count " + unaligned);
        }
        EnumMap<Entity.Type, Counts> all = new EnumMap<>(Entity.Type.class);
        for (Entity.Type type : Entity.Type.values()) {
            all.put(type, Objects.requireNonNullElse(byType.get(type), Counts.ZERO));
        }
        byType = Collections.unmodifiableMap(all);
    }

    /** The counts of {@code type}. */
    public Counts counts(Entity.Type type) {
        return byType.get(type);
    }

    /** The counts summed over all types. */
    public Counts overall() {
        Counts sum = Counts.ZERO;
        for (Counts c : byType.values()) {
            sum = sum.plus(c);
        }
        return sum;
    }

    /** Overall (micro) F1. */
    public double f1() {
        return overall().f1();
    }

    /** The sum of both scores' counts. */
    public NerScore plus(NerScore o) {
        EnumMap<Entity.Type, Counts> sum = new EnumMap<>(Entity.Type.class);
        for (Entity.Type type : Entity.Type.values()) {
            sum.put(type, counts(type).plus(o.counts(type)));
        }
        return new NerScore(sum, unaligned + o.unaligned);
    }

    /** A table: one row per type and one for all, with counts, precision, recall and F1. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %6s %6s %6s %6s %6s %7s %7s %7s%n",
                "type", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"));
        for (Entity.Type type : Entity.Type.values()) {
            row(sb, type.name(), counts(type));
        }
        row(sb, "overall", overall());
        if (unaligned > 0) {
            sb.append(String.format(Locale.ROOT, "(%d predicted mentions off the token boundaries, counted in fp)%n",
                    unaligned));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-8s %6d %6d %6d %6d %6d %7.4f %7.4f %7.4f%n", name, c.gold(),
                c.predicted(), c.tp(), c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
    }
}
