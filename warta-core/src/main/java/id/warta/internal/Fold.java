package id.warta.internal;

import java.text.Normalizer;

/**
 * The folding under which names are compared: lower case, diacritics removed ({@code São} is {@code sao},
 * {@code Türkiye} is {@code turkiye}), letters without a decomposition spelled in ASCII ({@code ø} o, {@code ł}
 * l, {@code ß} ss), typographic apostrophes and dashes made ASCII, and whitespace runs made one space. Folding is
 * locale-independent: a Turkish dotted capital İ folds to {@code i} like any other.
 */
public final class Fold {

    /** Folded form of each character from U+0080 to U+024F (Latin-1 to Latin Extended-B), computed once. */
    private static final String[] LATIN = new String[0x250];

    static {
        for (char c = 0x80; c < 0x250; c++) {
            LATIN[c] = decompose(c);
        }
    }

    private Fold() {
    }

    /** The folded form of {@code s}, trimmed, its whitespace runs made single spaces. */
    public static String fold(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            append(sb, s, i, c);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            }
        }
        return sb.toString();
    }

    /** The folded form of {@code s.substring(start, end)}, which holds no whitespace (a token). */
    public static String fold(String s, int start, int end) {
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                break;
            }
            i++;
        }
        if (i == end) {
            return s.substring(start, end); // already folded: the common case of lower-case ASCII words
        }
        StringBuilder sb = new StringBuilder(end - start).append(s, start, i);
        for (; i < end; i++) {
            char c = s.charAt(i);
            append(sb, s, i, c);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, CharSequence s, int i, char c) {
        if (c < 0x80) {
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        } else if (c < 0x250) {
            sb.append(LATIN[c]);
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.appendCodePoint(Character.toLowerCase(Character.toCodePoint(c, s.charAt(i + 1))));
        } else {
            switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u02BC', '\u02B9', '\u2032' -> sb.append('\'');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> sb.append('-');
                default -> {
                    int type = Character.getType(c);
                    if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                        sb.append(decompose(c));
                    }
                }
            }
        }
    }

    /** Lower case without combining marks; letters that do not decompose are spelled out. */
    private static String decompose(char c) {
        switch (c) {
            case '\u00D8', '\u00F8' -> { return "o"; }
            case '\u0141', '\u0142' -> { return "l"; }
            case '\u0110', '\u0111', '\u00D0', '\u00F0' -> { return "d"; }
            case '\u0126', '\u0127' -> { return "h"; }
            case '\u0131' -> { return "i"; }
            case '\u00DF' -> { return "ss"; }
            case '\u00C6', '\u00E6' -> { return "ae"; }
            case '\u0152', '\u0153' -> { return "oe"; }
            case '\u00DE', '\u00FE' -> { return "th"; }
            case '\u00B4' -> { return "'"; }
            default -> {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                StringBuilder sb = new StringBuilder(d.length());
                for (int k = 0; k < d.length(); k++) {
                    char x = d.charAt(k);
                    if (Character.getType(x) != Character.NON_SPACING_MARK) {
                        sb.append(Character.toLowerCase(x));
                    }
                }
                return sb.toString();
            }
        }
    }
}
