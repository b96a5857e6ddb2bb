package id.warta.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An input that could not be turned into an article, kept so nothing is silently dropped.
 *
 * @param id       stable id (from the input's name or URL), so a re-run replaces rather than repeats it
 * @param input    the input's name (file, WARC record, URL)
 * @param url      its URL when known
 * @param code     the failure code ({@code empty}, {@code binary}, {@code too-large}…)
 * @param message  the cause in words
 * @param ingested when it was recorded
 */
public record StoredError(String id, String input, String url, String code, String message, Instant ingested) {

    public StoredError {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(code, "code");
    }
}
