package id.warta.text;

import java.util.List;

/** Splits a text into sentences, each with its tokens. Implementations are thread-safe. */
public interface SentenceSplitter {

    /**
     * The sentences of {@code text} in order, non-overlapping, each with at least one token.
     *
     * @param text     the text to analyse
     * @param language a BCP 47 language tag ({@code id}, {@code en}, {@code id-ID}); {@code null} or an unknown
     *                 language uses rules common to Indonesian and English
     */
    List<Sentence> split(String text, String language);
}
