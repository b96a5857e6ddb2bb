package id.warta.ner;

import java.util.Locale;

/**
 * The features the name tagger sees at each token, as 64-bit hashes of (template, strings). Hashing instead of
 * building feature strings keeps tagging free of per-feature allocation; at 64 bits collisions among a few hundred
 * thousand features are negligible.
 *
 * <p>Templates are the classic ones for news NER: the word and its neighbours (lower-cased), prefixes and
 * suffixes, word shapes (case carries most of the signal for names in both Indonesian and English), neighbour
 * bigrams, and the gazetteer's tag of the token and its neighbours. Changing a template changes every hash: the
 * model's {@link NameModel#FEATURES_VERSION} must then change too.
 */
final class NameFeatures {

    /** Features per token: the bound {@link #extract} fills, some slots may repeat the bias when absent. */
    static final int PER_TOKEN = 35;

    private static final String BOS = "<s>";
    private static final String EOS = "</s>";

    private NameFeatures() {
    }

    /**
     * The features of every token of one sentence.
     *
     * @param words      the tokens as written
     * @param gazetteer  per token, the gazetteer's tag ({@code B-country}, {@code I-org}…) or null; the array may be
     *                   null when no gazetteer is used
     * @param lowerCased whether the text has no case information (all lower or all upper case), so that word
     *                   shapes say nothing and are replaced by a marker
     */
    static long[][] extract(String[] words, String[] gazetteer, boolean lowerCased) {
        int n = words.length;
        String[] lower = new String[n];
        String[] shape = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = words[i].toLowerCase(Locale.ROOT);
            shape[i] = lowerCased ? "~" + shortShape(lower[i]) : shortShape(words[i]);
        }
        long[][] features = new long[n][];
        for (int i = 0; i < n; i++) {
            long[] f = new long[PER_TOKEN];
            int k = 0;
            String w = lower[i];
            String prev = i > 0 ? lower[i - 1] : BOS;
            String next = i + 1 < n ? lower[i + 1] : EOS;
            String prev2 = i > 1 ? lower[i - 2] : BOS;
            String next2 = i + 2 < n ? lower[i + 2] : EOS;
            String prevShape = i > 0 ? shape[i - 1] : BOS;
            String nextShape = i + 1 < n ? shape[i + 1] : EOS;
            f[k++] = hash(0, "");
            f[k++] = hash(1, w);
            f[k++] = hash(2, prev);
            f[k++] = hash(3, next);
            f[k++] = hash(4, prev2);
            f[k++] = hash(5, next2);
            int len = w.length();
            for (int a = 1; a <= 4; a++) {
                f[k++] = len > a ? hash(5 + a, w, 0, a) : hash(5 + a, w);
                f[k++] = len > a ? hash(9 + a, w, len - a, len) : hash(9 + a, w);
            }
            f[k++] = hash(14, shape[i]);
            f[k++] = hash(15, lowerCased ? "~" : longShape(words[i]));
            f[k++] = hash(16, prevShape);
            f[k++] = hash(17, nextShape);
            f[k++] = hash(18, prev, w);
            f[k++] = hash(19, w, next);
            f[k++] = hash(20, prevShape, shape[i]);
            f[k++] = hash(21, shape[i], nextShape);
            f[k++] = hash(22, prev, shape[i]);
            f[k++] = hash(23, shape[i], next);
            f[k++] = hash(24, i == 0 ? "first" : i + 1 == n ? "last" : "mid", shape[i]);
            String gaz = gazetteer == null ? null : gazetteer[i];
            String gazPrev = gazetteer == null || i == 0 ? null : gazetteer[i - 1];
            String gazNext = gazetteer == null || i + 1 == n ? null : gazetteer[i + 1];
            f[k++] = hash(25, gaz == null ? "-" : gaz);
            f[k++] = hash(26, gazPrev == null ? "-" : gazPrev);
            f[k++] = hash(27, gazNext == null ? "-" : gazNext);
            f[k++] = hash(28, gaz == null ? "-" : gaz, shape[i]);
            f[k++] = hash(29, prev2, prev);
            f[k++] = hash(30, prev, next);
            f[k++] = hash(31, (i > 1 ? shape[i - 2] : BOS) + prevShape, shape[i]);
            f[k++] = hash(32, w, shape[i]);
            f[k++] = hash(33, prev.length() > 3 ? prev.substring(prev.length() - 3) : prev, shape[i]);
            f[k++] = hash(34, shape[i], nextShape + (i + 2 < n ? shape[i + 2] : EOS));
            features[i] = f;
        }
        return features;
    }

    /**
     * The word's shape with runs collapsed: {@code Tokayev} → {@code Xx}, {@code CSTO} → {@code X}, {@code 3.000}
     * → {@code d.d}, {@code Kassym-Jomart} → {@code Xx-Xx}.
     */
    static String shortShape(String word) {
        StringBuilder b = new StringBuilder(8);
        char last = 0;
        for (int i = 0; i < word.length() && b.length() < 12; i++) {
            char c = shapeOf(word.charAt(i));
            if (c != last) {
                b.append(c);
                last = c;
            }
        }
        return b.toString();
    }

    /** The word's shape with runs of more than two kept at two: {@code AS} → {@code XX}, {@code CSTO} → {@code XX}. */
    static String longShape(String word) {
        StringBuilder b = new StringBuilder(8);
        char last = 0;
        int run = 0;
        for (int i = 0; i < word.length() && b.length() < 16; i++) {
            char c = shapeOf(word.charAt(i));
            run = c == last ? run + 1 : 1;
            last = c;
            if (run <= 2) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static char shapeOf(char c) {
        if (Character.isUpperCase(c)) {
            return 'X';
        }
        if (Character.isLetter(c)) {
            return 'x';
        }
        if (Character.isDigit(c)) {
            return 'd';
        }
        return c == '-' || c == '.' || c == '\'' || c == '&' || c == '/' ? c : '#';
    }

    static long hash(int template, String s) {
        return hash(template, s, 0, s.length());
    }

    static long hash(int template, String s, int from, int to) {
        long h = 0xcbf29ce484222325L ^ template * 0x9E3779B97F4A7C15L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    static long hash(int template, String a, String b) {
        long h = 0xcbf29ce484222325L ^ template * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < a.length(); i++) {
            h = (h ^ a.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0x1F) * 0x100000001b3L;
        for (int i = 0; i < b.length(); i++) {
            h = (h ^ b.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** MurmurHash3's finaliser: spreads FNV's weak low bits over the whole word. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }
}
