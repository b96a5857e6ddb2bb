package id.warta.store;

import id.warta.events.Event;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One article found by a search, with what a result list shows.
 *
 * @param id        the article's id ({@link WartaStore#article(String)} gives the whole record)
 * @param title     its title, or null
 * @param url       its URL, or null
 * @param site      the site that published it, or null
 * @param published publication date-time, or null
 * @param language  its language
 * @param story     the story it belongs to
 * @param score     relevance (0 when the query has no text)
 * @param snippet   a passage of the text with the query's matches marked
 * @param events    its events
 */
public record SearchHit(String id, String title, String url, String site, OffsetDateTime published, String language,
                        String story, float score, Snippet snippet, List<Event> events) {

    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(snippet, "snippet");
        events = List.copyOf(events);
    }

    /**
     * A passage of plain text and the spans in it that match the query ({@code start} inclusive, {@code end}
     * exclusive, offsets into {@code text}), so a caller escapes the text and marks the spans its own way.
     */
    public record Snippet(String text, List<Span> marks) {

        public Snippet {
            Objects.requireNonNull(text, "text");
            marks = List.copyOf(marks);
            for (Span m : marks) {
                if (m.start() < 0 || m.end() > text.length() || m.start() > m.end()) {
                    throw new IllegalArgumentException("mark " + m + " outside a snippet of " + text.length());
                }
            }
        }
    }

    public record Span(int start, int end) {
    }
}
