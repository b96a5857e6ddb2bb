package id.warta.text;

import java.util.List;

/** Cuts a text into tokens. Implementations are thread-safe. */
public interface Tokenizer {

    /**
     * The tokens of {@code text} in order, non-overlapping, none of them holding whitespace.
     *
     * @param text     the text to analyse
     * @param language a BCP 47 language tag; {@code null} or an unknown language uses common rules
     */
    List<Token> tokenize(String text, String language);
}
