package id.warta.quote;

import id.warta.text.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks into quotations, in one forward pass per family of marks: double ({@code " “ ” „ « »}, and
 * {@code ``}/{@code ''}) and single ({@code ' ‘ ’ ‹ ›}, the primary marks of some outlets). Stateless; linear in
 * the number of tokens.
 *
 * <p>Marks that point one way ({@code “ „ « ‘ ‹} open, {@code » ›} close) are taken at their word; the others open
 * or close by what touches them, as in running text: a mark with a space or an opening bracket before it and a
 * word after it opens, a mark with a word before it and a space or punctuation after it closes, and a mark that
 * could do either closes an open quotation or else opens one. A straight or right single quote closes only after
 * punctuation or before punctuation or a line end, since otherwise it is an apostrophe ({@code the workers' union}).
 * An opening mark while a quotation of the same family is open drops the earlier mark as unbalanced.
 *
 * <p>A quotation never runs past its paragraph, with one exception, the news convention for a quotation of several
 * paragraphs: a paragraph ending inside a quotation whose next paragraph starts with an opening mark continues it.
 * Each paragraph is then one part, and the parts share a chain number. A quotation still open at a paragraph end
 * that is not continued so, or longer than {@link #MAX_QUOTE} characters, is unbalanced and dropped, so a stray
 * mark cannot swallow the rest of the article. Where the families overlap, a quotation nested in another is
 * dropped (the inner marks stay in the outer quotation's text), and of two that cross the double one is kept.
 */
final class QuoteMarks {

    /**
     * Longest quotation part, in characters between its marks: a long quoted paragraph is some 800 characters,
     * and a mark left open must not take more than a paragraph or two with it.
     */
    static final int MAX_QUOTE = 1500;

    /**
     * One quotation or one paragraph of a quotation spanning several.
     *
     * @param open   index of the opening mark's token
     * @param close  index of the closing mark's token, -1 for a part that ends its paragraph inside the quotation
     * @param last   index of the last token inside the marks
     * @param start  offset of the first quoted character (after the mark and any space)
     * @param end    offset after the last quoted character
     * @param chain  number shared by the parts of one quotation of several paragraphs, else -1
     * @param single whether the marks are single quotes
     */
    record Span(int open, int close, int last, int start, int end, int chain, boolean single) {
    }

    private enum Action { OPEN, CLOSE, NONE }

    private QuoteMarks() {
    }

    /**
     * The quotations of {@code tokens} in text order, none overlapping another.
     *
     * @param paragraph {@code paragraph[k]} is whether a line break separates token {@code k} from the one before
     */
    static List<Span> find(String s, List<Token> tokens, boolean[] paragraph) {
        List<Span> doubles = pass(s, tokens, paragraph, false);
        List<Span> singles = pass(s, tokens, paragraph, true);
        if (singles.isEmpty()) {
            return doubles;
        }
        // Merge the two ordered lists, keeping the outer of nested quotations and the double of crossing ones.
        List<Span> out = new ArrayList<>(doubles.size() + singles.size());
        int i = 0;
        int j = 0;
        while (i < doubles.size() || j < singles.size()) {
            Span next = j == singles.size() || i < doubles.size()
                    && tokens.get(doubles.get(i).open()).start() < tokens.get(singles.get(j).open()).start()
                    ? doubles.get(i++) : singles.get(j++);
            if (out.isEmpty() || outer(tokens, out.get(out.size() - 1)) <= tokens.get(next.open()).start()) {
                out.add(next);
                continue;
            }
            Span previous = out.get(out.size() - 1);
            boolean nested = outer(tokens, next) <= outer(tokens, previous);
            if (!nested && previous.single() && !next.single()) {
                out.set(out.size() - 1, next);
            }
        }
        return out;
    }

    /** Offset after a span's closing mark, or after its last token for a part without one. */
    private static int outer(List<Token> tokens, Span span) {
        return tokens.get(span.close() >= 0 ? span.close() : span.last()).end();
    }

    private static List<Span> pass(String s, List<Token> tokens, boolean[] paragraph, boolean single) {
        List<Span> out = new ArrayList<>();
        List<Span> chain = new ArrayList<>();
        int pending = -1;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k > 0 && paragraph[k] && pending >= 0) {
                // A paragraph ends inside a quotation: a continued quotation if this paragraph reopens it.
                Span part = span(s, tokens, pending, -1, k - 1, -1, single);
                boolean reopened = isMark(s, t, single) && action(s, t, -1, (char) 0, single) == Action.OPEN;
                if (part != null && reopened && opensSpeech(tokens, paragraph, pending)
                        && part.end() - part.start() <= MAX_QUOTE) {
                    chain.add(part);
                } else {
                    chain.clear();
                }
                pending = -1;
            }
            if (!isMark(s, t, single)) {
                continue;
            }
            if (pending >= 0 && t.start() - tokens.get(pending).end() > MAX_QUOTE) {
                pending = -1;
                chain.clear();
            }
            char pendingChar = pending >= 0 ? s.charAt(tokens.get(pending).start()) : 0;
            Action a = action(s, t, pending, pendingChar, single);
            if (a == Action.OPEN) {
                if (pending >= 0) {
                    chain.clear();
                }
                pending = k;
            } else if (a == Action.CLOSE) {
                Span whole = span(s, tokens, pending, k, k - 1, -1, single);
                if (whole != null) {
                    int id = chain.isEmpty() ? -1 : chain.get(0).open();
                    for (Span part : chain) {
                        out.add(new Span(part.open(), -1, part.last(), part.start(), part.end(), id, single));
                    }
                    out.add(new Span(whole.open(), k, whole.last(), whole.start(), whole.end(), id, single));
                }
                chain.clear();
                pending = -1;
            }
        }
        return out;
    }

    /**
     * Whether the mark at {@code k} opens where speech opens (a paragraph start or after punctuation), as the
     * first part of a quotation continued in the next paragraph does; a mark after a word is more likely stray.
     */
    private static boolean opensSpeech(List<Token> tokens, boolean[] paragraph, int k) {
        return k == 0 || paragraph[k] || tokens.get(k - 1).kind() == Token.Kind.PUNCT;
    }

    /** The quoted characters between token {@code open} and token {@code last}, trimmed; null when empty. */
    private static Span span(String s, List<Token> tokens, int open, int close, int last, int chain,
                             boolean single) {
        if (last <= open) {
            return null;
        }
        int start = tokens.get(open + 1).start();
        int end = tokens.get(last).end();
        return start < end ? new Span(open, close, last, start, end, chain, single) : null;
    }

    private static boolean isMark(String s, Token t, boolean single) {
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        char c = s.charAt(t.start());
        if (t.length() == 2) {
            return !single && (c == '`' || c == '\'') && s.charAt(t.start() + 1) == c;
        }
        if (t.length() != 1) {
            return false;
        }
        return single ? c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u2039' || c == '\u203A'
                : c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    /** What a mark does given the pending opening mark ({@code pending} -1 when none). */
    private static Action action(String s, Token t, int pending, char pendingChar, boolean single) {
        char c = s.charAt(t.start());
        boolean open = pending >= 0;
        boolean before = t.start() == 0 || space(s.charAt(t.start() - 1));
        boolean after = t.end() == s.length() || space(s.charAt(t.end()));
        boolean canOpen = !after && (before || opener(s.charAt(t.start() - 1))) && !closer(s.charAt(t.end()));
        boolean canClose = !before && (after || closer(s.charAt(t.end())));
        if (t.length() == 2) {
            return c == '`' ? Action.OPEN : open ? Action.CLOSE : Action.NONE;
        }
        switch (c) {
            case '\u201C':
                return open && (pendingChar == '\u201E' || canClose && !canOpen) ? Action.CLOSE : Action.OPEN;
            case '\u201E', '\u00AB', '\u2018', '\u2039':
                return Action.OPEN;
            case '\u00BB', '\u203A':
                return open ? Action.CLOSE : Action.NONE;
            default:
                break;
        }
        if (single) {
            // ' and ’: also apostrophes, so they close only against punctuation or a line end.
            boolean punctBefore = !before && closer(s.charAt(t.start() - 1));
            boolean endAfter = t.end() == s.length() || closer(s.charAt(t.end())) || lineBreakAfter(s, t.end());
            if (open && canClose && (punctBefore || endAfter)) {
                return Action.CLOSE;
            }
            return canOpen && !canClose ? Action.OPEN : Action.NONE;
        }
        if (canOpen != canClose) {
            return canOpen ? Action.OPEN : open ? Action.CLOSE : Action.NONE;
        }
        return open ? Action.CLOSE : Action.OPEN;
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Characters after which a mark opens: brackets, dashes, a colon or slash. */
    private static boolean opener(char c) {
        return c == '(' || c == '[' || c == '{' || c == '-' || c == '\u2013' || c == '\u2014' || c == ':'
                || c == '/';
    }

    /** Punctuation that closes a clause, before or after which a mark closes. */
    private static boolean closer(char c) {
        return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']'
                || c == '}' || c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2026';
    }

    private static boolean lineBreakAfter(String s, int from) {
        for (int k = from; k < s.length() && space(s.charAt(k)); k++) {
            if (s.charAt(k) == '\n' || s.charAt(k) == '\r' || s.charAt(k) == '\u2028' || s.charAt(k) == '\u2029') {
                return true;
            }
        }
        return false;
    }
}
