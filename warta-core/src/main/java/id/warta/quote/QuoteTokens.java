package id.warta.quote;

import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.text.Token;

import java.util.List;
import java.util.Locale;

/**
 * The tokens of an analysed text as the quote rules read them: in one array with the sentence of each and whether a
 * line break comes before it, lower-cased on demand, and the word classes the rules ask about (a name word, the
 * start of a role, a stop word read backwards). One per call: the lower-case cache makes it unfit for sharing.
 */
final class QuoteTokens {

    /** Longest role, in tokens. */
    static final int MAX_ROLE = 16;

    final String s;
    final Token[] t;
    final int n;
    /** The sentence of each token. */
    final int[] sentence;
    /** The first token of each sentence. */
    final int[] sentenceFirst;
    /** Whether a line break comes between each token and the one before: a paragraph starts there. */
    final boolean[] paragraph;
    private final String[] lower;

    QuoteTokens(Text text) {
        this.s = text.text();
        List<Sentence> sentences = text.sentences();
        int count = 0;
        for (Sentence sn : sentences) {
            count += sn.tokens().size();
        }
        this.n = count;
        this.t = new Token[n];
        this.sentence = new int[n];
        this.sentenceFirst = new int[sentences.size()];
        int k = 0;
        for (int si = 0; si < sentences.size(); si++) {
            sentenceFirst[si] = k;
            for (Token token : sentences.get(si).tokens()) {
                t[k] = token;
                sentence[k++] = si;
            }
        }
        this.paragraph = new boolean[n];
        for (k = 1; k < n; k++) {
            paragraph[k] = lineBreak(t[k - 1].end(), t[k].start());
        }
        this.lower = new String[n];
    }

    /** Number of sentences. */
    int sentences() {
        return sentenceFirst.length;
    }

    /** Index of the token starting at offset {@code at}, or -1. */
    int tokenAt(int at) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid].start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < n && t[lo].start() == at ? lo : -1;
    }

    /** Token {@code k} in lower case. */
    String word(int k) {
        String w = lower[k];
        if (w == null) {
            w = s.substring(t[k].start(), t[k].end()).toLowerCase(Locale.ROOT);
            lower[k] = w;
        }
        return w;
    }

    /** Whether token {@code k} is one punctuation character among {@code chars}. */
    boolean isPunct(int k, String chars) {
        return t[k].kind() == Token.Kind.PUNCT && t[k].length() == 1 && chars.indexOf(s.charAt(t[k].start())) >= 0;
    }

    /** Whether token {@code k} starts with a capital. */
    boolean upper(int k) {
        return Character.isUpperCase(s.codePointAt(t[k].start()));
    }

    /** A hyphen joining two words with no space ({@code Kassym-Jomart}), which the tokenizer splits. */
    boolean glued(int k) {
        return k > 0 && k + 1 < n && isPunct(k, "-") && t[k - 1].end() == t[k].start()
                && t[k + 1].start() == t[k].end() && t[k - 1].kind() == Token.Kind.WORD
                && t[k + 1].kind() == Token.Kind.WORD;
    }

    /** An English possessive clitic: {@code 's} of {@code People's Daily}. */
    boolean possessive(int k) {
        return t[k].kind() == Token.Kind.WORD && (word(k).equals("'s") || word(k).equals("\u2019s"));
    }

    /** A token of a name: a capital word, a name particle, a joining hyphen, {@code 's} in {@code People's Daily}. */
    boolean nameWord(int k) {
        if (glued(k)) {
            return true;
        }
        if (possessive(k)) {
            return k > 0 && upper(k - 1) && k + 1 < n && upper(k + 1); // People's Daily
        }
        if (t[k].kind() != Token.Kind.WORD) {
            return false;
        }
        String w = word(k);
        return Character.isUpperCase(s.codePointAt(t[k].start())) && !QuoteWords.DETERMINER.contains(w)
                || QuoteWords.PARTICLE.contains(w);
    }

    /** A word of two or more capitals ({@code RIAC}, {@code BNPB}). */
    boolean acronym(int k) {
        Token token = t[k];
        if (token.length() < 2) {
            return false;
        }
        for (int i = token.start(); i < token.end(); i++) {
            if (!Character.isUpperCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the subject's phrase ends before token {@code k} (read backwards): a speech verb or a day; a
     * stop word in lower case, or capitalised where a sentence or clause opens ({@code Namun},
     * {@code Sementara}) but not inside a name ({@code Sri Hari Wibowo}).
     */
    boolean stopBack(int k) {
        String w = word(k);
        if (QuoteWords.speech(w) || QuoteWords.DAY.contains(w)) {
            return true;
        }
        if (!QuoteWords.STOP.contains(w)) {
            return false;
        }
        return !Character.isUpperCase(s.codePointAt(t[k].start())) || k == sentenceFirst[sentence[k]]
                || t[k - 1].kind() == Token.Kind.PUNCT;
    }

    /** {@code and} or {@code dan} joining two roles: {@code JPL scientist and study co-author Michael Malaska}. */
    boolean roleAnd(int k, int floor) {
        String w = word(k);
        return (w.equals("and") || w.equals("dan")) && k - 1 >= floor && t[k - 1].kind() == Token.Kind.WORD
                && QuoteWords.role(word(k - 1));
    }

    /**
     * A role opens with a role word, or with a determiner, modifier or owner and a role word within three
     * words ({@code seorang saksi}, {@code a senior fellow}, {@code Apple's chief executive}).
     */
    boolean roleStart(int r) {
        if (t[r].kind() != Token.Kind.WORD) {
            return false;
        }
        if (QuoteWords.role(word(r))) {
            return true;
        }
        boolean owner = r + 1 < n && (t[r + 1].kind() == Token.Kind.WORD
                && (word(r + 1).equals("'s") || word(r + 1).equals("\u2019s")) || isPunct(r + 1, "'\u2019"));
        if (!QuoteWords.DETERMINER.contains(word(r)) && !owner) {
            return false;
        }
        for (int k = r + 1; k < n && k <= r + 4 && (t[k].kind() == Token.Kind.WORD || isPunct(k, "'\u2019")); k++) {
            if (t[k].kind() == Token.Kind.WORD && QuoteWords.role(word(k))) {
                return true;
            }
        }
        return false;
    }

    /** Tokens {@code [from, to)} as a role, without the titles right before a name; null if no role word. */
    String role(int from, int to) {
        int end = to;
        while (end > from && QuoteWords.HONORIFIC.contains(QuoteWords.bare(word(end - 1)))) {
            end--;
        }
        for (int k = from; k < end; k++) {
            if (QuoteWords.role(word(k))) {
                return s.substring(t[from].start(), t[end - 1].end());
            }
        }
        return null;
    }

    /** A day, month-day date, number or bracket: {@code , Senin (10/1),} between a name and its verb. */
    boolean dateLike(int k) {
        Token.Kind kind = t[k].kind();
        return kind == Token.Kind.NUMBER || kind == Token.Kind.DATE || kind == Token.Kind.TIME
                || isPunct(k, "(") || kind == Token.Kind.WORD && QuoteWords.DAY.contains(word(k));
    }

    /** Words in tokens {@code [from, to)}, a hyphenated word split by the tokenizer counted once. */
    int words(int from, int to) {
        int count = 0;
        for (int k = from; k < to; k++) {
            if (t[k].kind() == Token.Kind.WORD && !(k > from && glued(k - 1)) && !possessive(k)) {
                count++;
            }
        }
        return count;
    }

    /** Index of the first token of the last {@code count} words before {@code to}. */
    int lastWords(int to, int count) {
        int k = to;
        for (int seen = 0; seen < count && k > 0; ) {
            k--;
            if (t[k].kind() == Token.Kind.WORD && !(k > 0 && glued(k - 1)) && !possessive(k)) {
                seen++;
            }
        }
        return k;
    }

    private boolean lineBreak(int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
