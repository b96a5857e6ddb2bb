package id.warta.app.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.warta.Warta;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.export.EventFormat;
import id.warta.export.EventWriter;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import id.warta.store.IngestResult;
import id.warta.store.SearchHit;
import id.warta.store.SearchQuery;
import id.warta.store.SearchResult;
import id.warta.store.StoredArticle;
import id.warta.store.Story;
import id.warta.store.StoryEvent;
import id.warta.store.WartaStore;
import id.warta.store.export.StoreJson;
import id.warta.store.export.Table;
import id.warta.store.export.TableFormat;
import id.warta.store.export.TableWriter;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The handlers of the API's routes (API-CONTRACT.md): each reads its parameters through {@link Params} or its body
 * through {@link Bodies}, asks the pipeline or the store, and writes JSON with Warta's one mapping ({@link Json}).
 * Long answers (events) are streamed as the store yields them.
 */
final class Routes {

    static final String JSON_TYPE = "application/json; charset=utf-8";

    private static final List<String> SEARCH = concat(Params.FILTERS, "page", "size");
    private static final List<String> EVENTS = concat(Params.FILTERS, "level", "format");
    private static final List<String> TIMELINE = concat(Params.FILTERS, "interval", "by");

    /** Warta's mapping, without a flush after each value: a flush would send every search hit as its own chunk. */
    private static final ObjectWriter VALUES = Json.writer().without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private final Warta warta;
    private final WartaStore store;
    private final ServerOptions options;
    private final Bodies bodies;
    private final EntityCounts entities;
    private final EventTable eventTable;

    Routes(Warta warta, WartaStore store, ServerOptions options, Bodies bodies) {
        this.warta = warta;
        this.store = store;
        this.options = options;
        this.bodies = bodies;
        this.entities = new EntityCounts(store);
        this.eventTable = new EventTable(store);
    }

    /**
     * Builds the tables of the whole-store views (entities, timeline) now, so the first visitor does not wait for
     * a read of every article; called on a background thread at start.
     */
    void warmUp() {
        entities.top(null, 1);
        eventTable.rows();
    }

    void analyze(Context ctx) throws IOException {
        Params.of(ctx, List.of("url"));
        Analysis analysis = warta.analyze(bodies.one(ctx));
        write(ctx, gen -> VALUES.writeValue(gen, analysis));
    }

    void extract(Context ctx) throws IOException {
        Params.of(ctx, List.of("url"));
        Article article = warta.process(bodies.one(ctx));
        write(ctx, gen -> VALUES.writeValue(gen, article));
    }

    void ingest(Context ctx) throws IOException {
        authorize(ctx);
        Params.of(ctx, List.of("url"));
        List<RawDocument> documents = bodies.many(ctx);
        List<IngestResult> results = new ArrayList<>(documents.size());
        try {
            for (RawDocument d : documents) {
                results.add(store.ingest(warta.analyze(d)));
            }
        } finally {
            // an answer names stored ids: they must survive a crash once the caller has seen them
            store.commit();
            entities.invalidate();
            eventTable.invalidate();
        }
        write(ctx, gen -> {
            gen.writeStartObject();
            gen.writeArrayFieldStart("results");
            for (IngestResult r : results) {
                VALUES.writeValue(gen, r);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    /**
     * A token, when one is set, must come as {@code Authorization: Bearer <token>} (compared in constant time). A
     * server bound beyond loopback always has one: {@link WartaServer} refuses to start without.
     */
    private void authorize(Context ctx) {
        if (options.token() == null) {
            return;
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).strip() : "";
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                options.token().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"warta\"");
            throw ApiException.unauthorized(header == null ? "POST /ingest needs Authorization: Bearer <token>"
                    : "the token is not the server's");
        }
    }

    void search(Context ctx) throws IOException {
        Params p = Params.of(ctx, SEARCH);
        SearchQuery filter = p.filter();
        int size = p.integer("size", 0, Params.MAX_SIZE, 10);
        int page = p.integer("page", 1, Params.MAX_DEPTH, 1);
        if ((long) page * size > Params.MAX_DEPTH) {
            throw ApiException.badParameter("page " + page + " of " + size + " reaches past hit " + Params.MAX_DEPTH
                    + ", the deepest served; narrow the query instead");
        }
        SearchResult result = store.search(filter.withOffset((page - 1) * size).withLimit(size));
        write(ctx, gen -> {
            gen.writeStartObject();
            gen.writeNumberField("total", result.total());
            gen.writeNumberField("page", page);
            gen.writeNumberField("size", size);
            gen.writeArrayFieldStart("hits");
            for (SearchHit hit : result.hits()) {
                VALUES.writeValue(gen, hit);
            }
            gen.writeEndArray();
            gen.writeObjectFieldStart("facets");
            for (String facet : SearchResult.FACETS) {
                gen.writeArrayFieldStart(facet);
                for (SearchResult.FacetCount c : result.facets().getOrDefault(facet, List.of())) {
                    gen.writeStartObject();
                    gen.writeStringField("value", c.value());
                    gen.writeNumberField("count", c.count());
                    gen.writeEndObject();
                }
                gen.writeEndArray();
            }
            gen.writeEndObject();
            gen.writeEndObject();
        });
    }

    void article(Context ctx) throws IOException {
        Params.of(ctx, List.of());
        String id = ctx.pathParam("id");
        StoredArticle a = store.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
        write(ctx, gen -> StoreJson.writeArticle(a, gen));
    }

    void story(Context ctx) throws IOException {
        Params.of(ctx, List.of());
        String id = ctx.pathParam("id");
        Story s = store.story(id).orElseThrow(() -> ApiException.notFound("no story with id " + id));
        write(ctx, gen -> {
            gen.writeStartObject();
            gen.writeStringField("id", s.id());
            gen.writeStringField("title", s.title());
            gen.writeStringField("first", Json.format(s.first()));
            gen.writeStringField("last", Json.format(s.last()));
            gen.writeArrayFieldStart("articles");
            for (String articleId : s.articles()) {
                Optional<StoredArticle> stored = store.article(articleId);
                Article a = stored.map(x -> x.analysis().article()).orElse(null);
                gen.writeStartObject();
                gen.writeStringField("id", articleId);
                gen.writeStringField("title", a == null ? null : a.title());
                gen.writeStringField("site", a == null ? null : a.site());
                gen.writeStringField("url", a == null ? null : a.url());
                gen.writeStringField("published", a == null ? null : Json.format(a.published()));
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("sites");
            for (String site : s.sites()) {
                gen.writeString(site);
            }
            gen.writeEndArray();
            gen.writeArrayFieldStart("events");
            for (StoryEvent e : s.events()) {
                StoreJson.writeStoryEvent(e.event(), e.story(), e.articles(), gen);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    /**
     * Events matching the filters, streamed: story level (one per happening, the default) or article level (every
     * article's own events). {@code json} is {@code {"events": [...]}}; {@code jsonl} and {@code csv} are the rows of
     * {@code warta export --what events} (the same writer); {@code geojson} is a FeatureCollection of the events
     * that have coordinates ({@code warta events}' at article level).
     */
    void events(Context ctx) throws IOException {
        Params p = Params.of(ctx, EVENTS);
        SearchQuery filter = p.filter();
        String level = p.choice("level", Set.of("story", "article"), "story");
        String format = p.choice("format", Set.of("json", "jsonl", "csv", "geojson"), "json");
        if (format.equals("jsonl") || format.equals("csv")) {
            ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
            OutputStream out = ctx.outputStream();
            try (TableWriter writer = TableWriter.open(Table.EVENTS, format.equals("csv") ? TableFormat.CSV
                    : TableFormat.JSONL, out)) {
                exportRows(filter, level, writer);
            }
            out.close();
            return;
        }
        if (level.equals("article") && format.equals("geojson")) {
            ctx.contentType("application/geo+json; charset=utf-8");
            OutputStream out = ctx.outputStream();
            try (EventWriter writer = new EventWriter(out, EventFormat.GEOJSON)) {
                store.articles(filter, a -> unchecked(() -> writer.write(a.analysis())));
            }
            out.close();
            return;
        }
        ctx.contentType(format.equals("geojson") ? "application/geo+json; charset=utf-8" : JSON_TYPE);
        try (JsonGenerator gen = VALUES.createGenerator(ctx.outputStream())) {
            gen.writeStartObject();
            if (format.equals("geojson")) {
                gen.writeStringField("type", "FeatureCollection");
                gen.writeArrayFieldStart("features");
            } else {
                gen.writeArrayFieldStart("events");
            }
            EventSink sink = (event, story, articles) -> {
                if (format.equals("geojson")) {
                    feature(event, story, articles, gen);
                } else {
                    StoreJson.writeStoryEvent(event, story, articles, gen);
                }
            };
            if (level.equals("story")) {
                store.events(filter, e -> sink.accept(e.event(), e.story(), e.articles()));
            } else {
                store.articles(filter, a -> {
                    for (Event e : a.analysis().events()) {
                        sink.accept(e, a.story(), List.of(a.id()));
                    }
                });
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
    }

    /** The rows of {@code warta export --what events}: a story-level row shows its story's first article. */
    private void exportRows(SearchQuery filter, String level, TableWriter writer) {
        if (level.equals("article")) {
            store.articles(filter, a -> unchecked(() -> writer.write(a)));
            return;
        }
        // a story's events come together, most often with the same first article: keep the last one read
        StoredArticle[] source = {null};
        store.events(filter, e -> unchecked(() -> {
            String first = e.articles().get(0);
            if (source[0] == null || !source[0].id().equals(first)) {
                source[0] = store.article(first).orElseThrow(() -> new IllegalStateException("article " + first
                        + " of story " + e.story() + " is not in the store"));
            }
            writer.write(e, source[0]);
        }));
    }

    /** A write inside the store's streaming callbacks, which take no checked exception. */
    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private static void unchecked(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one event; unchecked so that it can run inside the store's streaming callbacks. */
    @FunctionalInterface
    private interface EventSink {
        void write(Event event, String story, List<String> articles) throws IOException;

        default void accept(Event event, String story, List<String> articles) {
            unchecked(() -> write(event, story, articles));
        }
    }

    /** A GeoJSON Feature for an event with coordinates (others are left out: a map cannot place them). */
    private static void feature(Event e, String story, List<String> articles, JsonGenerator gen)
            throws IOException {
        EventLocation at = e.location();
        if (at == null || Double.isNaN(at.latitude()) || Double.isNaN(at.longitude())) {
            return;
        }
        gen.writeStartObject();
        gen.writeStringField("type", "Feature");
        gen.writeObjectFieldStart("geometry");
        gen.writeStringField("type", "Point");
        gen.writeArrayFieldStart("coordinates");
        gen.writeNumber(at.longitude());
        gen.writeNumber(at.latitude());
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeObjectFieldStart("properties");
        Json.writeEventFields(e, gen);
        gen.writeStringField("story", story);
        gen.writeArrayFieldStart("articles");
        for (String a : articles) {
            gen.writeString(a);
        }
        gen.writeEndArray();
        gen.writeEndObject();
        gen.writeEndObject();
    }

    void timeline(Context ctx) throws IOException {
        Params p = Params.of(ctx, TIMELINE);
        SearchQuery filter = p.filter();
        Timeline timeline = new Timeline(p.choice("interval", Set.of("day", "week", "month"), "day"),
                p.choice("by", Set.of("type", "country"), "type"));
        if (EventTable.covers(filter)) {
            for (EventTable.Row r : eventTable.rows()) {
                if (r.matches(filter.type(), filter.country())) {
                    timeline.add(r);
                }
            }
        } else {
            store.events(filter, e -> timeline.add(e.event()));
        }
        write(ctx, timeline::write);
    }

    void entities(Context ctx) throws IOException {
        Params p = Params.of(ctx, List.of("q", "limit"));
        String q = p.text("q");
        int limit = p.integer("limit", 1, 1_000, 50);
        List<EntityCounts.Row> rows = entities.top(q, limit);
        write(ctx, gen -> {
            gen.writeStartObject();
            gen.writeArrayFieldStart("entities");
            for (EntityCounts.Row r : rows) {
                gen.writeStartObject();
                gen.writeStringField("name", r.name());
                gen.writeStringField("type", r.type());
                gen.writeStringField("country", r.country());
                gen.writeNumberField("count", r.count());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        });
    }

    void health(Context ctx) throws IOException {
        long articles = store.stats().articles();
        write(ctx, gen -> {
            gen.writeStartObject();
            gen.writeStringField("status", "ok");
            gen.writeNumberField("articles", articles);
            gen.writeEndObject();
        });
    }

    void version(Context ctx) throws IOException {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("version", version());
        v.put("lucene", org.apache.lucene.util.Version.LATEST.toString());
        v.put("java", Runtime.version().toString());
        write(ctx, gen -> VALUES.writeValue(gen, v));
    }

    /** The build's version from the jar manifest, as {@code warta --version} says it. */
    static String version() {
        String v = Routes.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** What a JSON answer writes into its generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator gen) throws IOException;
    }

    /** Writes a 200 JSON answer straight to the response (no intermediate String). */
    static void write(Context ctx, Body body) throws IOException {
        ctx.contentType(JSON_TYPE);
        try (JsonGenerator gen = VALUES.createGenerator(ctx.outputStream())) {
            body.write(gen);
        }
    }

    private static List<String> concat(List<String> list, String... more) {
        return Stream.concat(list.stream(), Stream.of(more)).toList();
    }
}
