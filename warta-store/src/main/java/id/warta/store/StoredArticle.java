package id.warta.store;

import id.warta.model.Analysis;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as the store keeps it: the analysis record it was given, and what the store added.
 *
 * @param id          stable id, derived from the canonical URL (or from the text when there is no URL), so the same
 *                    article ingested again gets the same id
 * @param analysis    the analysis record, as {@code warta analyze} prints it
 * @param duplicateOf the original this article copies or lightly rewrites; null for an original
 * @param story       the story it belongs to
 * @param ingested    when it was stored
 */
public record StoredArticle(String id, Analysis analysis, String duplicateOf, String story, Instant ingested) {

    public StoredArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(analysis, "analysis");
    }
}
