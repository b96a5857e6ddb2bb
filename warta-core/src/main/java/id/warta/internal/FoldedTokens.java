package id.warta.internal;

import id.warta.text.Token;

import java.util.List;
import java.util.Objects;

/**
 * The tokens of a text prepared once for dictionary matching: each token's {@link Fold folded} form and its case
 * shape (capitalised, all capitals), so that several dictionaries can be matched over the same text without
 * folding a token twice. Immutable.
 */
public final class FoldedTokens {

    /** The token has a first cased letter in upper or title case ({@code Padang}, {@code PADANG}, {@code AS}). */
    static final byte FIRST_UPPER = 1;
    /** The token has cased letters and none of them is lower case ({@code AS}, {@code U.S.}, {@code PADANG}). */
    static final byte ALL_UPPER = 2;
    /** The token has at least two cased letters, so that being all capitals says something. */
    static final byte SEVERAL = 4;
    /** The token has at most three cased letters: in capitals, more likely an acronym (SOE, UFA) than a name. */
    static final byte FEW = 8;

    private final String text;
    private final List<Token> tokens;
    private final String[] folded;
    private final byte[] shapes;

    private FoldedTokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.folded = new String[tokens.size()];
        this.shapes = new byte[tokens.size()];
        for (int i = 0; i < folded.length; i++) {
            Token t = tokens.get(i);
            if (t.end() > text.length()) {
                throw new IllegalArgumentException("token " + t + " is outside the text of length " + text.length());
            }
            folded[i] = Fold.fold(text, t.start(), t.end());
            shapes[i] = shape(text, t.start(), t.end());
        }
    }

    /** Prepares {@code tokens}, which were cut from {@code text}. */
    public static FoldedTokens of(String text, List<Token> tokens) {
        Objects.requireNonNull(text, "text");
        return new FoldedTokens(text, List.copyOf(tokens));
    }

    /** The text the tokens were cut from. */
    public String text() {
        return text;
    }

    /** Number of tokens. */
    public int size() {
        return folded.length;
    }

    /** The token at {@code i}. */
    public Token token(int i) {
        return tokens.get(i);
    }

    /** The folded form of the token at {@code i}. */
    public String folded(int i) {
        return folded[i];
    }

    byte shape(int i) {
        return shapes[i];
    }

    /** The case shape of {@code s.substring(start, end)}: a combination of the flags above. */
    static byte shape(String s, int start, int end) {
        int cased = 0;
        boolean lower = false;
        boolean firstUpper = false;
        for (int i = start; i < end; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean up = Character.isUpperCase(cp) || Character.isTitleCase(cp);
            boolean low = Character.isLowerCase(cp);
            if (up || low) {
                if (cased == 0) {
                    firstUpper = up;
                }
                cased++;
                lower |= low;
            }
        }
        byte shape = 0;
        if (firstUpper) {
            shape |= FIRST_UPPER;
        }
        if (cased > 0 && !lower) {
            shape |= ALL_UPPER;
        }
        if (cased > 1) {
            shape |= SEVERAL;
        }
        if (cased <= 3) {
            shape |= FEW;
        }
        return shape;
    }
}
