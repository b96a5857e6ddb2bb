package id.warta.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The clean article extracted from one input, or the error that prevented it. There is exactly one Article per
 * input. {@link Block} offsets point into {@link #text()}.
 *
 * @param input     what the user named (path, URL, {@code -}, {@code file.jsonl#3})
 * @param status    {@code OK} or {@code ERROR}
 * @param error     the failure's message when status is {@code ERROR}, else {@code null}
 * @param errorCode the failure's short code when status is {@code ERROR}, else {@code null}
 * @param format    whether the input was read as HTML or as plain text
 * @param charset   the charset the bytes were decoded with
 * @param url       the canonical URL when the page declares one, else the URL it came from
 * @param site      the publication's name ("Kompas.com", "Intisari-online.com")
 * @param language  a BCP 47 language hint: from the markup for HTML, from common function words for plain text
 *                  when the text is plainly Indonesian or English; analysis identifies the language itself
 * @param title     the headline, without the site name
 * @param authors   author names, without roles, dates or boilerplate
 * @param published first publication date-time with its offset
 * @param modified  last update date-time with its offset, when the page says it was updated
 * @param dateline  the dateline prefix of the first paragraph ("JAKARTA, KOMPAS.com"), removed from the text
 * @param image     the lead image, or {@code null}
 * @param captions  image captions found in or near the body, never part of the text
 * @param text      the body: blocks joined by blank lines
 * @param paragraphs the body as blocks with offsets into {@code text}
 * @param related   related-article teasers removed from the body
 * @param fetched   when the page was fetched (from a WARC record), or {@code null}; never a publication date,
 *                  but the anchor of relative dates ("kemarin") when the article has no publication date
 */
public record Article(
        String input,
        Status status,
        String error,
        String errorCode,
        Format format,
        String charset,
        String url,
        String site,
        String language,
        String title,
        List<String> authors,
        OffsetDateTime published,
        OffsetDateTime modified,
        String dateline,
        Image image,
        List<String> captions,
        String text,
        List<Block> paragraphs,
        List<Related> related,
        OffsetDateTime fetched) {

    /** Whether the input was processed. */
    public enum Status { OK, ERROR }

    public Article {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(status, "status");
        authors = authors == null ? List.of() : List.copyOf(authors);
        captions = captions == null ? List.of() : List.copyOf(captions);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        related = related == null ? List.of() : List.copyOf(related);
        text = text == null ? "" : text;
    }

    /** An article whose fetch time is unknown. */
    public Article(String input, Status status, String error, String errorCode, Format format, String charset,
                   String url, String site, String language, String title, List<String> authors,
                   OffsetDateTime published, OffsetDateTime modified, String dateline, Image image,
                   List<String> captions, String text, List<Block> paragraphs, List<Related> related) {
        this(input, status, error, errorCode, format, charset, url, site, language, title, authors, published,
                modified, dateline, image, captions, text, paragraphs, related, null);
    }

    /** An error record for an input that could not be processed. */
    public static Article failed(String input, String url, Failure failure) {
        return new Article(input, Status.ERROR, failure.message(), failure.code(), null, null, url, null, null,
                null, List.of(), null, null, null, null, List.of(), "", List.of(), List.of());
    }

    /**
     * This record turned into an error record that keeps every extracted field: for a failure found after
     * extraction (a bug in an analysis stage), where the article itself is still worth having.
     */
    public Article withFailure(Failure failure) {
        return new Article(input, Status.ERROR, failure.message(), failure.code(), format, charset, url, site,
                language, title, authors, published, modified, dateline, image, captions, text, paragraphs, related,
                fetched);
    }

    /** This record with the time its page was fetched. */
    public Article withFetched(OffsetDateTime fetched) {
        return new Article(input, status, error, errorCode, format, charset, url, site, language, title, authors,
                published, modified, dateline, image, captions, text, paragraphs, related, fetched);
    }

    public boolean ok() {
        return status == Status.OK;
    }
}
