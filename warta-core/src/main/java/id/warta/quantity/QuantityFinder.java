package id.warta.quantity;

import java.util.List;

/** Finds quantities in a text. Implementations are thread-safe. */
public interface QuantityFinder {

    /**
     * The quantities of {@code text} in order, non-overlapping.
     *
     * @param text     the text to analyse
     * @param language a BCP 47 language tag ({@code id}, {@code en}); {@code null} or another language reads
     *                 numbers by the separators alone and knows the words of both languages
     */
    List<Quantity> find(String text, String language);
}
