package id.warta.store;

import id.warta.events.Event;

import java.util.List;
import java.util.Objects;

/**
 * One happening of a story: the article-level events of its articles that report it, merged. Counts are not summed
 * across articles (outlets repeat the same dead); the merged event keeps the highest count reported, ACLED's
 * practice being to prefer the most reliable figure, and lists every article's evidence.
 *
 * @param story    the story's id
 * @param event    the merged event
 * @param articles ids of the articles whose events were merged into it
 */
public record StoryEvent(String story, Event event, List<String> articles) {

    public StoryEvent {
        Objects.requireNonNull(story, "story");
        Objects.requireNonNull(event, "event");
        articles = List.copyOf(articles);
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a story event comes from at least one article");
        }
    }
}
