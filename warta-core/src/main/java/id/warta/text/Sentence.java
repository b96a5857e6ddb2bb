package id.warta.text;

import java.util.List;

/**
 * One sentence of an analysed text: from the start of its first token to the end of its last, with its tokens
 * in text order.
 *
 * @param start  offset of the first token's first character
 * @param end    offset after the last token's last character
 * @param tokens the tokens, never empty
 */
public record Sentence(int start, int end, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("a sentence has at least one token");
        }
        if (start != tokens.get(0).start() || end != tokens.get(tokens.size() - 1).end()) {
            throw new IllegalArgumentException("sentence span must run from its first token to its last");
        }
    }

    /** A sentence spanning the given tokens. */
    public static Sentence of(List<Token> tokens) {
        return new Sentence(tokens.get(0).start(), tokens.get(tokens.size() - 1).end(), tokens);
    }

    /** The sentence's characters in {@code text}, the string it was found in. */
    public String text(String text) {
        return text.substring(start, end);
    }
}
