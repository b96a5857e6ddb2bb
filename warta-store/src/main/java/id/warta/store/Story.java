package id.warta.store;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Articles about one happening, from one or more outlets, and the events of the happening merged across them.
 *
 * @param id       the story's id (the id of its first article)
 * @param title    the title of its first article
 * @param first    earliest publication among its articles
 * @param last     latest publication among its articles
 * @param articles ids of its articles, earliest first (near-duplicates included)
 * @param sites    the distinct sites that reported it
 * @param events   the story-level events: one per happening, not one per article mentioning it
 */
public record Story(String id, String title, OffsetDateTime first, OffsetDateTime last, List<String> articles,
                    List<String> sites, List<StoryEvent> events) {

    public Story {
        Objects.requireNonNull(id, "id");
        articles = List.copyOf(articles);
        sites = List.copyOf(sites);
        events = List.copyOf(events);
    }
}
