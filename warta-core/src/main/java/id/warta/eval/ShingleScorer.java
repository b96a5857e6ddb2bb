package id.warta.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's per-page comparison: texts are cut into {@code \w+} tokens (Python's
 * Unicode definition: letters, numbers and underscore; case kept), then into word 4-gram shingles counted as
 * multisets.
 */
public final class ShingleScorer {

    /** Shingle length used by the benchmark. */
    public static final int N = 4;

    private ShingleScorer() {
    }

    /** True positives, false positives and false negatives of one page. */
    public record Counts(int tp, int fp, int fn) {
        public boolean hasOutput() {
            return tp + fp > 0;
        }

        public double precision() {
            return fp == 0 && fn == 0 ? 1.0 : tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return fp == 0 && fn == 0 ? 1.0 : tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
        }
    }

    /** Splits text into tokens the way Python's {@code re.findall(r"\w+", text)} does. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n) {
                cp = text.codePointAt(i);
                if (!isWordChar(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** Python's {@code \w}: alphabetic (L*), numeric (Nd, Nl, No) or underscore; combining marks are not. */
    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Word shingles as a multiset; a text shorter than {@link #N} tokens gives one shorter shingle. */
    public static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < N) {
            counts.put(String.join("\u0001", tokens), 1);
            return counts;
        }
        for (int i = 0; i + N <= tokens.size(); i++) {
            counts.merge(String.join("\u0001", tokens.subList(i, i + N)), 1, Integer::sum);
        }
        return counts;
    }

    /** Compares one predicted body with the ground truth. */
    public static Counts compare(String expected, String predicted) {
        Map<String, Integer> truth = shingles(expected);
        Map<String, Integer> pred = shingles(predicted);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Integer> e : pred.entrySet()) {
            int t = truth.getOrDefault(e.getKey(), 0);
            int p = e.getValue();
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
        }
        for (Map.Entry<String, Integer> e : truth.entrySet()) {
            fn += Math.max(0, e.getValue() - pred.getOrDefault(e.getKey(), 0));
        }
        return new Counts(tp, fp, fn);
    }
}
