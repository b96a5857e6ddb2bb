package id.warta.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import id.warta.events.Event;
import id.warta.export.Json;
import id.warta.store.StoredArticle;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The store's records in Warta's one JSON mapping, for the exports and the HTTP API alike: a stored article is the
 * analysis record with the store's fields around it, a story-level event is the event with its story and articles.
 */
public final class StoreJson {

    private StoreJson() {
    }

    /** A stored article: {@code id}, {@code story}, {@code duplicateOf}, the analysis record's fields, {@code ingested}. */
    public static void writeArticle(StoredArticle stored, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", stored.id());
        gen.writeStringField("story", stored.story());
        gen.writeStringField("duplicateOf", stored.duplicateOf());
        Json.writeAnalysisFields(stored.analysis(), gen);
        gen.writeStringField("ingested", stored.ingested() == null ? null
                : Json.format(stored.ingested().atOffset(ZoneOffset.UTC)));
        gen.writeEndObject();
    }

    /** A story-level event: the event's fields, then its story and the articles it was merged from. */
    public static void writeStoryEvent(Event event, String story, List<String> articles, JsonGenerator gen)
            throws IOException {
        gen.writeStartObject();
        Json.writeEventFields(event, gen);
        writeStoryAndArticles(story, articles, gen);
        gen.writeEndObject();
    }

    /** The two fields every event row of the store ends with. */
    static void writeStoryAndArticles(String story, List<String> articles, JsonGenerator gen) throws IOException {
        gen.writeStringField("story", story);
        gen.writeArrayFieldStart("articles");
        for (String a : articles) {
            gen.writeString(a);
        }
        gen.writeEndArray();
    }
}
