package id.warta.store.index;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.events.Event;
import id.warta.export.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a result list shows of a stored analysis record, read from its JSON without building the rest: a page of
 * hits would otherwise parse every entity, quantity, time and quote of ten articles to show their titles,
 * snippets and events.
 */
public record HitRecord(String title, String url, String site, OffsetDateTime published, String language,
                        String text, List<Event> events) {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    /** Reads the fields of a hit from an analysis record's UTF-8 JSON. */
    public static HitRecord read(byte[] json, int offset, int length) {
        String title = null;
        String url = null;
        String site = null;
        OffsetDateTime published = null;
        String language = null;
        String text = "";
        List<Event> events = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(json, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an analysis record is a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "title" -> title = p.getValueAsString();
                    case "url" -> url = p.getValueAsString();
                    case "site" -> site = p.getValueAsString();
                    case "published" -> published = value == JsonToken.VALUE_STRING
                            ? OffsetDateTime.parse(p.getText()) : null;
                    case "language" -> language = p.getValueAsString();
                    case "text" -> text = p.getValueAsString("");
                    case "events" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                JsonNode event = MAPPER.readTree(p);
                                events.add(Json.readEvent(event));
                            }
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stored analysis record does not parse", e);
        }
        String lang = language == null || language.isBlank() ? "und" : language.toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        return new HitRecord(title, url, site, published, dash > 0 ? lang.substring(0, dash) : lang, text,
                events);
    }
}
