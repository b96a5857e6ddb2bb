package id.warta.ner;

import id.warta.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of annotated training or evaluation data: its tokens and the names on them.
 *
 * @param words the tokens as written, none empty
 * @param names the names, by token positions, non-overlapping
 */
public record NameSample(List<String> words, List<Span> names) {

    /**
     * A name over tokens {@code first} to {@code end} (exclusive).
     *
     * @param first index of the first token
     * @param end   index after the last token
     * @param type  what the name is
     */
    public record Span(int first, int end, Entity.Type type) {
        public Span {
            Objects.requireNonNull(type, "type");
            if (first < 0 || end <= first) {
                throw new IllegalArgumentException("bad span [" + first + ", " + end + ")");
            }
        }
    }

    public NameSample {
        words = List.copyOf(words);
        names = List.copyOf(names);
        int previousEnd = 0;
        for (Span span : names) {
            if (span.first() < previousEnd || span.end() > words.size()) {
                throw new IllegalArgumentException("span " + span + " overlaps another or lies outside the sentence");
            }
            previousEnd = span.end();
        }
        for (String word : words) {
            if (word.isEmpty()) {
                throw new IllegalArgumentException("empty token");
            }
        }
    }

    /** The sentence as text: its tokens joined by single spaces. */
    public String text() {
        return String.join(" ", words);
    }

    /** The tokens of {@link #text()} with their offsets; kinds are WORD, NUMBER or PUNCT by the first character. */
    public List<Token> tokens() {
        List<Token> tokens = new ArrayList<>(words.size());
        int offset = 0;
        for (String word : words) {
            int first = word.codePointAt(0);
            Token.Kind kind = Character.isLetter(first) ? Token.Kind.WORD
                    : Character.isDigit(first) ? Token.Kind.NUMBER : Token.Kind.PUNCT;
            tokens.add(new Token(offset, offset + word.length(), kind));
            offset += word.length() + 1;
        }
        return tokens;
    }

    /** The BIO label of each token, as {@link NameModel} numbers them. */
    int[] labels() {
        int[] labels = new int[words.size()];
        for (Span span : names) {
            int t = span.type().ordinal();
            labels[span.first()] = 1 + 2 * t;
            for (int i = span.first() + 1; i < span.end(); i++) {
                labels[i] = 2 + 2 * t;
            }
        }
        return labels;
    }
}
