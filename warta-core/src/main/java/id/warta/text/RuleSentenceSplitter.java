package id.warta.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Rule-based sentence splitter for Indonesian and English news, working on the tokens of {@link RuleTokenizer}.
 *
 * <p>A sentence ends at a full stop, question or exclamation mark or ellipsis, together with the closing quotes
 * and brackets right after it ({@code ."} and {@code .)}), when what follows can start a sentence: not a lower-case
 * word ({@code "Siap!" kata Budi}), not a comma. Abbreviations keep their full stop inside their token: titles
 * ({@code Dr.}, {@code Jl.}, {@code Mr.}) never end a sentence, {@code dll.} and {@code etc.} end one before a
 * capital, company suffixes, months, initials and dotted abbreviations ({@code Tbk.}, {@code U.S.}) only before a
 * word that usually starts a sentence ({@code Namun}, {@code The}). A quotation of several sentences stays one
 * sentence with its attribution ({@code "Kami siap. Semua siaga," kata Budi.}), as the UD Indonesian news
 * treebank has it and as quote extraction wants it. A blank line always ends a sentence, and so
 * does a line break before a line that does not start in lower case, so headlines and list items without final
 * punctuation stand alone. Thread-safe and stateless; linear in the text length.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {

    /**
     * Longest quotation, in characters, kept within one sentence: a quotation of a few sentences followed by
     * {@code kata X} is one sentence (as the UD Indonesian news treebank has it), but an unbalanced quote must
     * not swallow a long paragraph.
     */
    private static final int MAX_QUOTE = 1200;

    @Override
    public List<Sentence> split(String text, String language) {
        Objects.requireNonNull(text, "text");
        Lexicon lex = Lexicon.of(language);
        List<Token> tokens = RuleTokenizer.tokenize(text, lex);
        List<Sentence> out = new ArrayList<>();
        int[] quoteEnd = quotes(text, tokens);
        int first = 0;
        int size = tokens.size();
        int insideUntil = -1; // index of the closing quote of the quotation being read
        for (int k = 0; k < size; k++) {
            if (k > first && lineBreakEnds(text, tokens.get(k - 1), tokens.get(k))) {
                out.add(Sentence.of(tokens.subList(first, k)));
                first = k;
            }
            if (quoteEnd[k] > k) {
                if (k > first && speechAfterHeadline(text, tokens, k, quoteEnd[k])) {
                    out.add(Sentence.of(tokens.subList(first, k)));
                    first = k;
                }
                insideUntil = quoteEnd[k];
            }
            int last = k == first + 1 && listNumber(text, tokens.get(first), tokens.get(k)) ? -1
                    : sentenceEnd(text, tokens, k, lex);
            if (last >= 0 && last >= insideUntil) {
                out.add(sentence(text, tokens.subList(first, last + 1), lex));
                first = last + 1;
                k = last;
            }
        }
        if (first < size) {
            out.add(Sentence.of(tokens.subList(first, size)));
        }
        return List.copyOf(out);
    }

    /**
     * A sentence of these tokens; in Indonesian an abbreviation closing it gives its full stop to the sentence
     * ({@code dll} {@code .}), dotted ones ({@code S.H.}) excepted.
     */
    private static Sentence sentence(String text, List<Token> tokens, Lexicon lex) {
        Token last = tokens.get(tokens.size() - 1);
        if (!lex.stopApart() || last.kind() != Token.Kind.WORD || last.length() < 2
                || text.charAt(last.end() - 1) != '.' || text.lastIndexOf('.', last.end() - 2) >= last.start()) {
            return Sentence.of(tokens);
        }
        List<Token> split = new ArrayList<>(tokens.subList(0, tokens.size() - 1));
        split.add(new Token(last.start(), last.end() - 1, Token.Kind.WORD));
        split.add(new Token(last.end() - 1, last.end(), Token.Kind.PUNCT));
        return Sentence.of(split);
    }

    /**
     * Pairs double quotation marks within a paragraph: {@code result[open] = close} for each quotation at most
     * {@link #MAX_QUOTE} characters long, else -1. Straight quotes open after a space and close after a word.
     */
    private static int[] quotes(String text, List<Token> tokens) {
        int[] end = new int[tokens.size()];
        Arrays.fill(end, -1);
        int open = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k > 0 && lineBreakEnds(text, tokens.get(k - 1), t)) {
                open = -1;
            }
            if (t.kind() != Token.Kind.PUNCT || t.length() != 1) {
                continue;
            }
            char c = text.charAt(t.start());
            boolean opens;
            if (c == '\u201C') {
                opens = true;
            } else if (c == '\u201D') {
                opens = false;
            } else if (c == '"') {
                boolean spaceBefore = k == 0 || tokens.get(k - 1).end() < t.start();
                boolean spaceAfter = k + 1 == tokens.size() || tokens.get(k + 1).start() > t.end();
                opens = spaceBefore && !spaceAfter || spaceBefore == spaceAfter && open < 0;
            } else {
                continue;
            }
            if (opens) {
                open = k;
            } else if (open >= 0) {
                if (t.start() - tokens.get(open).end() <= MAX_QUOTE) {
                    end[open] = k;
                }
                open = -1;
            }
        }
        return end;
    }

    /**
     * A quotation closed by a comma and followed by its attribution in lower case ({@code "...," kata X}) is a
     * sentence of its own: when it follows a word with no punctuation between, what precedes is a headline or a
     * line without its full stop.
     */
    private static boolean speechAfterHeadline(String text, List<Token> tokens, int open, int close) {
        Token before = tokens.get(open - 1);
        if (before.kind() != Token.Kind.WORD && before.kind() != Token.Kind.NUMBER) {
            return false;
        }
        if (close + 1 >= tokens.size() || close - open < 3) {
            return false;
        }
        Token comma = tokens.get(close - 1);
        return text.charAt(comma.start()) == ',' && Character.isUpperCase(text.codePointAt(tokens.get(open + 1).start()))
                && Character.isLowerCase(text.codePointAt(tokens.get(close + 1).start()));
    }

    /** {@code 1.} or {@code 2)} opening a list item: a number's full stop at the start of a sentence. */
    private static boolean listNumber(String text, Token number, Token stop) {
        return number.kind() == Token.Kind.NUMBER && number.length() <= 2 && stop.length() == 1
                && text.charAt(stop.start()) == '.' && stop.start() == number.end();
    }

    /** A blank line between two tokens, or a line break before a line not starting in lower case. */
    private static boolean lineBreakEnds(String text, Token prev, Token next) {
        int breaks = 0;
        for (int k = prev.end(); k < next.start(); k++) {
            if (text.charAt(k) == '\n' || text.charAt(k) == '\u2029' || text.charAt(k) == '\u2028') {
                breaks++;
            } else if (text.charAt(k) == '\r' && (k + 1 == next.start() || text.charAt(k + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks >= 2 || breaks == 1 && !Character.isLowerCase(text.codePointAt(next.start()));
    }

    /**
     * If token {@code k} ends a sentence, the index of the sentence's last token (after the closing quotes and
     * brackets that follow it), else -1.
     */
    private static int sentenceEnd(String text, List<Token> tokens, int k, Lexicon lex) {
        Token t = tokens.get(k);
        boolean terminal = terminal(text, t);
        boolean abbreviation = !terminal && t.kind() == Token.Kind.WORD && t.length() > 1
                && text.charAt(t.end() - 1) == '.';
        if (!terminal && !abbreviation) {
            return -1;
        }
        int j = k + 1;
        while (j < tokens.size() && tokens.get(j).start() == tokens.get(j - 1).end()
                && (terminal(text, tokens.get(j)) || closing(text, tokens.get(j)))) {
            j++;
        }
        if (j == tokens.size()) {
            return j - 1;
        }
        Token next = tokens.get(j);
        if (next.start() == tokens.get(j - 1).end() && next.kind() != Token.Kind.PUNCT && !capitalised(text, next)) {
            return -1; // PMK.011, a file name; but a missing space (WIB.Korban) still ends the sentence
        }
        if (!canStart(text, next)) {
            return -1;
        }
        if (abbreviation && !abbreviationEnds(text, t, next, lex)) {
            return -1;
        }
        return j - 1;
    }

    private static boolean capitalised(String text, Token t) {
        return t.kind() == Token.Kind.WORD && t.length() > 1 && Character.isUpperCase(text.charAt(t.start()))
                && Character.isLowerCase(text.charAt(t.start() + 1));
    }

    private static boolean terminal(String text, Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = text.charAt(t.start());
        return c == '.' || c == '?' || c == '!' || c == '\u2026' || c == '\u203C' || c == '\u2047'
                || c == '\u2048' || c == '\u2049' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F';
    }

    /** A closing bracket or quote; straight quotes count when they touch the token before them. */
    private static boolean closing(String text, Token t) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = text.charAt(t.start());
        return switch (c) {
            case ')', ']', '}', '\u201D', '\u2019', '\u00BB', '\u203A', '"', '\'' -> true;
            default -> false;
        };
    }

    /** Whether a sentence may start with this token: not a lower-case word, not trailing punctuation. */
    private static boolean canStart(String text, Token next) {
        int cp = text.codePointAt(next.start());
        if (Character.isLowerCase(cp)) {
            return false;
        }
        return switch (cp) {
            case ',', ';', ':', ')', ']', '}', '%', '\u201D', '\u2019' -> false;
            default -> true;
        };
    }

    private static boolean abbreviationEnds(String text, Token abbreviation, Token next, Lexicon lex) {
        String a = text.substring(abbreviation.start(), abbreviation.end() - 1);
        if (lex.titles().contains(a)) {
            return false;
        }
        if (Character.isLowerCase(a.charAt(0)) && a.indexOf('.') > 0 && !a.equals("a.m") && !a.equals("p.m")) {
            return false; // e.g., i.e., a.n., u.p., s.d. introduce what follows
        }
        boolean capital = Character.isUpperCase(text.codePointAt(next.start()));
        if (lex.enders().contains(a)) {
            // not within a company name running on (Pte. Ltd., Ltd. C/O)
            String n = next.text(text);
            boolean continues = next.kind() == Token.Kind.WORD && (n.endsWith(".") || n.indexOf('/') >= 0);
            return capital && !continues || text.charAt(next.start()) == '"' || text.charAt(next.start()) == '\u201C';
        }
        // Company suffixes, months, initials and dotted abbreviations: only before a usual sentence opener.
        char c = text.charAt(next.start());
        return c == '"' || c == '\u201C' || lex.starters().contains(next.text(text));
    }
}
