package id.warta.store;

import java.util.Objects;

/**
 * What the store did with one analysed article.
 *
 * @param id          the article's id in the store: for {@link Outcome#DUPLICATE}, the id of the copy already stored
 * @param outcome     what happened
 * @param duplicateOf for a near-duplicate, the id of the original it was linked to; else null
 * @param story       the story the article belongs to (its own id when it starts one); null for an error
 * @param error       for {@link Outcome#ERROR}, the cause (the failed extraction's code and message); else null
 */
public record IngestResult(String id, Outcome outcome, String duplicateOf, String story, String error) {

    public enum Outcome {
        /** stored, not a copy of anything stored before */
        NEW,
        /** stored and linked to the earlier original it copies or lightly rewrites */
        NEAR_DUPLICATE,
        /** not stored again: the same canonical URL or the same text is stored already */
        DUPLICATE,
        /** stored as an error record (listable), its cause kept */
        ERROR
    }

    public IngestResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
    }
}
