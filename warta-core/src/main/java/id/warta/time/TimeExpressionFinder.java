package id.warta.time;

import java.time.OffsetDateTime;
import java.util.List;

/** Finds time expressions in a text and resolves them to calendar periods. Implementations are thread-safe. */
public interface TimeExpressionFinder {

    /**
     * The time expressions of {@code text} in order, non-overlapping.
     *
     * @param text      the text to analyse
     * @param language  a BCP 47 language tag ({@code id}, {@code en}); decides how {@code 8/1/2022} reads
     *                  (month first in English only); {@code null} reads it day first
     * @param reference the publication date-time with its offset, against which relative expressions resolve;
     *                  {@code null}: only absolute expressions are returned
     */
    List<TimeExpression> find(String text, String language, OffsetDateTime reference);
}
