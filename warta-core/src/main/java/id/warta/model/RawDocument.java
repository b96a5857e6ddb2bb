package id.warta.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A document as it came from its source, before decoding: bytes plus what the transport said about them.
 * A source that failed to read still yields a RawDocument, carrying the {@link Failure}, so the batch keeps one
 * record per input.
 *
 * @param input       what the user named: a path, a URL, {@code -}, or {@code file.jsonl#12}
 * @param url         the document's URL when known (fetched URL after redirects, or given in JSON Lines)
 * @param bytes       the payload, empty when {@code failure} is set; not copied (pages can be tens of MB), so
 *                    neither the caller nor a stage may modify the array after it is handed over
 * @param contentType the HTTP Content-Type header, or {@code null}
 * @param format      a format the source is sure of (JSON Lines {@code text} vs {@code html}), or {@code null} to detect
 * @param failure     why reading failed, or {@code null}
 * @param fetched     when the page was fetched (a WARC record's WARC-Date), or {@code null} when unknown
 */
public record RawDocument(String input, String url, byte[] bytes, String contentType, Format format,
                          Failure failure, OffsetDateTime fetched) {

    public RawDocument {
        Objects.requireNonNull(input, "input");
        bytes = bytes == null ? new byte[0] : bytes;
    }

    /** A document whose fetch time is unknown. */
    public RawDocument(String input, String url, byte[] bytes, String contentType, Format format, Failure failure) {
        this(input, url, bytes, contentType, format, failure, null);
    }

    public static RawDocument of(String input, String url, byte[] bytes, String contentType) {
        return new RawDocument(input, url, bytes, contentType, null, null);
    }

    public static RawDocument failed(String input, String url, Failure failure) {
        return new RawDocument(input, url, new byte[0], null, null, Objects.requireNonNull(failure, "failure"));
    }

    public boolean failed() {
        return failure != null;
    }
}
