package id.warta.text;

import java.util.Objects;

/**
 * One token of an analysed text, by character offsets into that text. The record does not hold the token's
 * characters (tokens are many and the text is at hand): {@link #text(String)} cuts them from the text.
 *
 * @param start offset of the first character (inclusive)
 * @param end   offset after the last character (exclusive), greater than {@code start}
 * @param kind  what the token is
 */
public record Token(int start, int end, Kind kind) {

    /** What a token is. */
    public enum Kind {
        /** Letters, possibly with digits, internal hyphens, apostrophes or the full stop of an abbreviation. */
        WORD,
        /** Digits with thousands separators or a decimal part in either convention: 3.000, 1,5, 3,000, 1.5. */
        NUMBER,
        /** A clock time: 07.45, 07:45, 19:30:05. */
        TIME,
        /** A numeric date: 8/1/2022, 7/1, 2022-01-08. */
        DATE,
        /** Punctuation, with runs such as an ellipsis kept together. */
        PUNCT,
        /** Currency, percent, degree, mathematical and other symbols, emoji. */
        SYMBOL,
        /** A web address starting with a scheme or www. */
        URL,
        /** An e-mail address. */
        EMAIL,
        /** A #hashtag. */
        HASHTAG,
        /** An @mention. */
        MENTION
    }

    public Token {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
        }
    }

    /** The token's characters in {@code text}, the string it was found in. */
    public String text(String text) {
        return text.substring(start, end);
    }

    /** Number of characters. */
    public int length() {
        return end - start;
    }
}
