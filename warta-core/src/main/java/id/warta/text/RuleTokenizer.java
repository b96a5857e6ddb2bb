package id.warta.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rule-based tokenizer following the Universal Dependencies conventions of the Indonesian treebanks: punctuation
 * apart from words; numbers with separators, times, dates, reduplications ({@code rata-rata}), affixed numbers
 * ({@code ke-5}, {@code 1990-an}), abbreviations with their full stop ({@code Jl.}, {@code U.S.}) and web
 * addresses kept whole; ranges ({@code 5-10}, {@code Januari-September}) and currency prefixes ({@code Rp5.000})
 * split.
 *
 * <p>One forward scan. Every look-ahead is bounded by the current word or by a constant, so the cost is linear in
 * the text length.
 */
public final class RuleTokenizer implements Tokenizer {

    /** Longest local part of an e-mail address (RFC 5321), bounding the look-ahead for {@code @}. */
    private static final int MAX_EMAIL_LOCAL = 64;
    /** Top-level domains that keep {@code kompas.com} or {@code detik.id} one word. */
    private static final Set<String> DOMAINS = Set.of("com", "id", "net", "org", "co", "go", "ac", "info", "tv",
            "io", "news", "uk", "my", "sg", "au");
    /** English clitics split from their host as UD English does. */
    private static final Set<String> EN_CLITICS = Set.of("s", "re", "ll", "ve", "d", "m", "S", "RE", "LL", "VE",
            "D", "M");

    @Override
    public List<Token> tokenize(String text, String language) {
        Objects.requireNonNull(text, "text");
        return tokenize(text, Lexicon.of(language));
    }

    static List<Token> tokenize(String s, Lexicon lex) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 4);
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = url(s, i);
            if (end > i) {
                out.add(new Token(i, end, Token.Kind.URL));
                i = end;
            } else if ((end = email(s, i)) > i) {
                out.add(new Token(i, end, Token.Kind.EMAIL));
                i = end;
            } else if (isWord(cp)) {
                i = word(s, i, lex, out);
            } else if ((cp == '#' || cp == '@') && i + 1 < n && isWord(s.codePointAt(i + 1))
                    && (i == 0 || !isWord(s.codePointBefore(i)))) {
                end = i + 1;
                while (end < n && (isWord(s.codePointAt(end)) || s.charAt(end) == '_')) {
                    end += Character.charCount(s.codePointAt(end));
                }
                out.add(new Token(i, end, cp == '#' ? Token.Kind.HASHTAG : Token.Kind.MENTION));
                i = end;
            } else {
                i = punct(s, i, cp, lex, out);
            }
        }
        return out;
    }

    /** A word, number, time or date starting at {@code start}; returns where the scan goes on. */
    private static int word(String s, int start, Lexicon lex, List<Token> out) {
        int n = s.length();
        if (lex.clitics() && (s.startsWith("n't", start) || s.startsWith("n\u2019t", start))
                && (start + 3 == n || !isWord(s.codePointAt(start + 3)))) {
            out.add(new Token(start, start + 3, Token.Kind.WORD));
            return start + 3;
        }
        int i = run(s, start);
        // Rp5.000: the currency prefix is its own token.
        if (i - start > 2 && (s.charAt(start) == 'R' || s.charAt(start) == 'r') && (s.charAt(start + 1) == 'p'
                || s.charAt(start + 1) == 'P') && isDigit(s.charAt(start + 2))) {
            out.add(new Token(start, start + 2, Token.Kind.WORD));
            return start + 2;
        }
        int segStart = start;
        boolean separated = false; // a thousands or decimal separator so far
        while (i + 1 < n) {
            char c = s.charAt(i);
            if (!isWord(s.codePointAt(i + 1))) {
                break;
            }
            int nextEnd = run(s, i + 1);
            if (lex.clitics() && (c == '\'' || c == '\u2019')) {
                String after = s.substring(i + 1, nextEnd);
                if (EN_CLITICS.contains(after)) {
                    break;
                }
                if (after.equals("t") && i - 1 > start && s.charAt(i - 1) == 'n') {
                    i -= 1; // don't -> do n't
                    break;
                }
            }
            if (!joins(s, start, segStart, i, nextEnd, c, separated)) {
                break;
            }
            separated |= c == '.' || c == ',';
            segStart = i + 1;
            i = nextEnd;
        }
        int end = i;
        if (i < n && s.charAt(i) == '.' && !(i + 1 < n && s.charAt(i + 1) == '.')
                && abbreviation(s, start, i, lex)) {
            end = i + 1;
        }
        out.add(new Token(start, end, kind(s, start, end, lex)));
        return end;
    }

    /** Whether the connector {@code c} at {@code at} joins the segment before it and the one after it. */
    private static boolean joins(String s, int start, int segStart, int at, int nextEnd, char c,
                                 boolean separated) {
        boolean prevDigits = allDigits(s, segStart, at);
        boolean nextDigits = allDigits(s, at + 1, nextEnd);
        int prevLen = at - segStart;
        int nextLen = nextEnd - at - 1;
        switch (c) {
            case '.':
                if (prevDigits && nextDigits) {
                    return true; // 3.000, 1.5, 07.45, 180.254.8.5
                }
                if (prevDigits || nextDigits) {
                    return false;
                }
                if (prevLen <= 2 && (nextLen <= 3 || nextEnd < s.length() && s.charAt(nextEnd) == '.')) {
                    return true; // U.S, S.H, a.n, M.Si, Ph.D
                }
                return DOMAINS.contains(s.substring(at + 1, nextEnd))
                        && (nextEnd == s.length() || !isWord(s.codePointAt(nextEnd))); // kompas.com
            case ',':
                return prevDigits && nextDigits; // 1,5 and 3,000
            case ':':
                return prevDigits && nextDigits; // 07:45
            case '/':
                // 8/1/2022, (7/1), II/2007, kuartal III/2006, s/d; not price ranges 9.100/9.105 nor DPR/MPR.
                return (prevLen <= 2 || roman(s, segStart, at)) && nextLen <= 4 && !separated;
            case '-':
                return hyphenJoins(s, start, segStart, at, nextEnd, prevDigits, nextDigits);
            case '\'', '\u2019':
                return !prevDigits && !nextDigits; // Ka'ban, Jum'at, Lloyd's
            case '&':
                return prevLen <= 3 && nextLen <= 3 && allUpper(s, segStart, at) && allUpper(s, at + 1, nextEnd);
            case '_':
                return true;
            default:
                return false;
        }
    }

    /**
     * Hyphens join reduplications and affixes (rata-rata, terus-menerus, non-migas, ke-5, 1990-an, APBN-P,
     * COVID-19, anti-Israel) and ISO dates, and split ranges and pairs of names (5-10, 2007-2008,
     * Januari-September, Jakarta-Bandung).
     */
    private static boolean hyphenJoins(String s, int start, int segStart, int at, int nextEnd, boolean prevDigits,
                                       boolean nextDigits) {
        int prevLen = at - segStart;
        int nextLen = nextEnd - at - 1;
        if (prevDigits && nextDigits) {
            // 2022-01-08 only
            return nextLen == 2 && (at - start == 4 || at - start == 7 && s.charAt(start + 4) == '-');
        }
        char first = s.charAt(at + 1);
        if (nextDigits) {
            return true; // COVID-19, ke-5
        }
        if (Character.isLowerCase(first) || !Character.isLetter(first)) {
            return true; // rata-rata, non-migas, 1990-an, AA-idn
        }
        if (prevDigits) {
            return false;
        }
        if (nextLen == 1 || Character.isLowerCase(s.charAt(segStart))) {
            return true; // APBN-P, anti-Israel, hamba-Ku
        }
        return s.regionMatches(true, segStart, s, at + 1, Math.max(prevLen, nextLen)) && prevLen == nextLen; // Raja-Raja
    }

    /** Whether the full stop after {@code [start, dot)} belongs to the word. */
    private static boolean abbreviation(String s, int start, int dot, Lexicon lex) {
        String w = s.substring(start, dot);
        if (lex.isAbbreviation(w)) {
            return true;
        }
        boolean letters = true;
        boolean innerDot = false;
        for (int k = start; k < dot; k++) {
            char c = s.charAt(k);
            if (c == '.') {
                innerDot = true;
            } else if (!Character.isLetter(c)) {
                letters = false;
            }
        }
        if (letters && innerDot) {
            return true; // U.S., S.H., a.n., M.Si.
        }
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) {
            // An initial (J. K. Rowling, Susilo B. Yudhoyono): the next word starts with a capital.
            int k = dot + 1;
            while (k < s.length() && s.charAt(k) == ' ') {
                k++;
            }
            return k > dot + 1 && k < s.length() && Character.isUpperCase(s.charAt(k));
        }
        return false;
    }

    private static Token.Kind kind(String s, int start, int end, Lexicon lex) {
        int digits = 0;
        int seps = 0;
        char sep = 0;
        for (int k = start; k < end; k++) {
            char c = s.charAt(k);
            if (isDigit(c)) {
                digits++;
            } else if (c == '.' || c == ',' || c == ':' || c == '/' || c == '-') {
                seps++;
                sep = c;
            } else {
                return Token.Kind.WORD;
            }
        }
        if (digits == 0) {
            return Token.Kind.WORD;
        }
        int len = end - start;
        if (seps == 0) {
            return Token.Kind.NUMBER;
        }
        if (sep == '/' || sep == '-') {
            return s.indexOf('/', start) >= 0 && s.indexOf('/', start) < end || len == 10 ? Token.Kind.DATE
                    : Token.Kind.NUMBER;
        }
        if (seps == 1 && (sep == ':' || sep == '.' && lex.dotTimes()) && (len == 4 || len == 5)
                && s.charAt(end - 3) == sep) {
            int hour = Integer.parseInt(s, start, end - 3, 10);
            int minute = Integer.parseInt(s, end - 2, end, 10);
            if (hour <= 24 && minute < 60) {
                return Token.Kind.TIME;
            }
        }
        if (seps == 2 && sep == ':' && len == 8 && s.charAt(start + 2) == ':') {
            return Token.Kind.TIME;
        }
        return Token.Kind.NUMBER;
    }

    /** Punctuation or a symbol at {@code i}; returns where the scan goes on. */
    private static int punct(String s, int i, int cp, Lexicon lex, List<Token> out) {
        int n = s.length();
        int end = i + Character.charCount(cp);
        Token.Kind kind = Token.Kind.PUNCT;
        switch (cp) {
            case '.', '-', '`' -> {
                while (end < n && s.charAt(end) == cp) {
                    end++; // ellipsis, dash, ``
                }
            }
            case '\'', '\u2019' -> {
                if (end < n && s.charAt(end) == '\'' && cp == '\'') {
                    end++; // ''
                } else if (lex.clitics() && end < n && i > 0 && isWord(s.codePointBefore(i))) {
                    int e = run(s, end);
                    if (e > end && EN_CLITICS.contains(s.substring(end, e))) {
                        kind = Token.Kind.WORD; // 's
                        end = e;
                    }
                }
            }
            default -> kind = symbol(cp) ? Token.Kind.SYMBOL : Token.Kind.PUNCT;
        }
        out.add(new Token(i, end, kind));
        return end;
    }

    private static boolean symbol(int cp) {
        if (cp == '%' || cp == '\u2030' || cp == '\u00B0' || cp == '#' || cp == '@' || cp == '&') {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.CURRENCY_SYMBOL || t == Character.MATH_SYMBOL || t == Character.MODIFIER_SYMBOL
                || t == Character.OTHER_SYMBOL || t == Character.UNASSIGNED || t == Character.PRIVATE_USE
                || t == Character.SURROGATE;
    }

    /** End of a web address starting at {@code i}, or {@code i}. */
    private static int url(String s, int i) {
        int n = s.length();
        int p;
        if (s.regionMatches(true, i, "https://", 0, 8)) {
            p = i + 8;
        } else if (s.regionMatches(true, i, "http://", 0, 7)) {
            p = i + 7;
        } else if (s.regionMatches(true, i, "www.", 0, 4) && (i == 0 || !isWord(s.codePointBefore(i)))) {
            p = i + 4;
        } else {
            return i;
        }
        if (p >= n || !isWord(s.codePointAt(p))) {
            return i;
        }
        int end = p;
        int open = 0;
        while (end < n && !isSpace(s.codePointAt(end)) && s.charAt(end) != '"' && s.charAt(end) != '<'
                && s.charAt(end) != '\u201D') {
            char c = s.charAt(end);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                if (open == 0) {
                    break;
                }
                open--;
            }
            end += Character.charCount(s.codePointAt(end));
        }
        // A sentence's full stop or comma after the address is not part of it.
        while (end > p && ".,;:!?'".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** End of an e-mail address starting at {@code i}, or {@code i}. */
    private static int email(String s, int i) {
        int n = s.length();
        if (!isWord(s.codePointAt(i)) || i > 0 && (isWord(s.codePointBefore(i)) || s.charAt(i - 1) == '.')) {
            return i;
        }
        int at = i;
        int limit = Math.min(n, i + MAX_EMAIL_LOCAL);
        while (at < limit && s.charAt(at) != '@') {
            char c = s.charAt(at);
            if (!(isAsciiAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+')) {
                return i;
            }
            at++;
        }
        if (at >= limit || at == i) {
            return i;
        }
        int end = at + 1;
        int lastDot = -1;
        while (end < n && (isAsciiAlnum(s.charAt(end)) || s.charAt(end) == '-'
                || s.charAt(end) == '.' && end + 1 < n && isAsciiAlnum(s.charAt(end + 1)))) {
            if (s.charAt(end) == '.') {
                lastDot = end;
            }
            end++;
        }
        return lastDot > at + 1 && end - lastDot > 2 ? end : i;
    }

    /** End of the run of word characters (letters, digits, marks) starting at {@code i}. */
    private static int run(String s, int i) {
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isWord(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    static boolean isWord(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK || t == Character.OTHER_NUMBER || t == Character.LETTER_NUMBER;
    }

    /** Whitespace, and the invisible format characters (zero-width space, BOM) that separate like it. */
    static boolean isSpace(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.FORMAT || t == Character.CONTROL;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiAlnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean roman(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != 'I' && c != 'V' && c != 'X') {
                return false;
            }
        }
        return to > from;
    }

    private static boolean allUpper(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isUpperCase(s.charAt(k))) {
                return false;
            }
        }
        return to > from;
    }
}
