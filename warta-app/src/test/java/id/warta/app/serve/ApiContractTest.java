package id.warta.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import id.warta.export.Json;
import id.warta.store.IngestResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the API called against a real store of ingested articles, and each real answer validated against
 * the schema the OpenAPI document gives for it: the document describes what the server does, not what it was
 * meant to do.
 */
class ApiContractTest {

    private static ServerFixture fixture;
    private static JsonNode document;
    private static SchemaRegistry registry;
    private static final Set<String> called = new HashSet<>();

    @BeforeAll
    static void start() throws IOException {
        fixture = ServerFixture.start(ServerOptions.DEFAULTS, true);
        try (InputStream in = ApiContractTest.class.getClassLoader().getResourceAsStream(WartaServer.OPENAPI)) {
            document = Json.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi30());
    }

    @AfterAll
    static void stop() throws IOException {
        fixture.close();
        Set<String> documented = new HashSet<>();
        document.get("paths").fieldNames().forEachRemaining(p -> document.get("paths").get(p).fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p)));
        assertThat(called).as("every documented route is exercised").containsAll(documented);
    }

    /** The errors of validating {@code node} against the document's schema {@code name}. */
    private static List<Error> errors(String name, JsonNode node) {
        // the document itself, rooted at the schema by a $ref beside the rest (which draft 4 and OpenAPI 3.0
        // ignore next to a $ref), so the schema's own $refs resolve within the document
        ObjectNode root = document.deepCopy();
        root.put("$ref", "#/components/schemas/" + name);
        Schema schema = registry.getSchema(SchemaLocation.of("https://warta.test/" + name + ".json"), root);
        return schema.validate(node);
    }

    private static JsonNode valid(String route, HttpResponse<String> response, int status, String schema)
            throws IOException {
        called.add(route);
        assertThat(response.statusCode()).as(route + ": " + response.body()).isEqualTo(status);
        JsonNode node = ServerFixture.json(response);
        assertThat(errors(schema, node)).as(route + " answers a valid " + schema).isEmpty();
        return node;
    }

    @Test
    void theValidatorRejectsAnAnswerThatBreaksTheSchema() throws IOException {
        assertThat(errors("Health", Json.read("{\"status\":\"ok\",\"articles\":\"many\"}"))).isNotEmpty();
        assertThat(errors("Error", Json.read("{\"error\":\"teapot\",\"message\":\"x\"}"))).isNotEmpty();
        assertThat(errors("SearchHit", Json.read("{\"id\":\"1\"}"))).isNotEmpty();
    }

    @Test
    void analyzeReadsHtmlTextAndJson() throws Exception {
        String page = ServerFixture.article("dhaka-garment-protest.html");
        JsonNode html = valid("POST /analyze", fixture.post("/analyze?url=https://asialedger.example/a", "text/html",
                page), 200, "Analysis");
        assertThat(html.get("title").asText()).startsWith("Police fire tear gas");
        assertThat(html.get("url").asText()).isEqualTo("https://asialedger.example/a");
        assertThat(html.get("language").asText()).isEqualTo("en");
        JsonNode text = valid("POST /analyze", fixture.post("/analyze", "text/plain; charset=utf-8",
                "Ratusan buruh pabrik tekstil di Bandung berunjuk rasa menuntut kenaikan upah minimum pada Senin."),
                200, "Analysis");
        assertThat(text.get("language").asText()).isEqualTo("id");
        String json = Json.writer().writeValueAsString(java.util.Map.of("html", page));
        valid("POST /analyze", fixture.post("/analyze", "application/json", json), 200, "Analysis");
        JsonNode bad = valid("POST /analyze", fixture.post("/analyze", "text/html", "\u0000\u0001\u0002"), 200,
                "Analysis");
        assertThat(bad.get("status").asText()).isEqualTo("error");
    }

    @Test
    void extractGivesTheArticleRecord() throws Exception {
        JsonNode a = valid("POST /extract", fixture.post("/extract", "text/html",
                ServerFixture.article("banjir-kalsel.html")), 200, "Article");
        assertThat(a.get("title").asText()).startsWith("Banjir Rendam 12 Desa");
        assertThat(a.has("entities")).isFalse();
    }

    @Test
    void ingestStoresDocumentsAndReportsEach() throws Exception {
        String lines = Json.writer().writeValueAsString(java.util.Map.of("url",
                "https://kabarnusantara.example/daerah/2024/03/02/gempa-garut", "text",
                "GARUT - Gempa bermagnitudo 5,1 mengguncang Kabupaten Garut, Jawa Barat, pada Sabtu (2/3/2024) "
                        + "pagi. Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut pusat gempa berada "
                        + "di darat pada kedalaman 10 kilometer. Belum ada laporan korban jiwa, namun puluhan rumah "
                        + "warga di Kecamatan Pakenjeng dilaporkan rusak ringan."))
                + "\n{not json}\n";
        JsonNode r = valid("POST /ingest", fixture.post("/ingest", "application/x-ndjson", lines), 200,
                "IngestResponse");
        assertThat(r.get("results")).hasSize(2);
        assertThat(r.get("results").get(0).get("outcome").asText()).isEqualTo("new");
        assertThat(r.get("results").get(1).get("outcome").asText()).isEqualTo("error");
        String id = r.get("results").get(0).get("id").asText();
        valid("GET /articles/{id}", fixture.get("/articles/" + id), 200, "StoredArticle");
        JsonNode again = valid("POST /ingest", fixture.post("/ingest?url=" + ServerFixture.ARTICLES.get(0)[1],
                "text/html", ServerFixture.article("demo-bbm-jakarta.html")), 200, "IngestResponse");
        assertThat(again.get("results").get(0).get("outcome").asText()).isEqualTo("duplicate");
    }

    @Test
    void searchGivesHitsWithSnippetsAndFacets() throws Exception {
        JsonNode r = valid("GET /search", fixture.get("/search?q=mahasiswa&size=5"), 200, "SearchResponse");
        assertThat(r.get("total").asLong()).isGreaterThanOrEqualTo(1);
        JsonNode hit = r.get("hits").get(0);
        assertThat(hit.get("title").asText()).contains("Mahasiswa");
        assertThat(hit.get("snippet").get("marks")).isNotEmpty();
        assertThat(r.get("facets").get("language").get(0).get("value").asText()).isEqualTo("id");
        JsonNode filtered = valid("GET /search", fixture.get("/search?country=BGD&lang=en&from=2023-11-01"
                + "&to=2023-11-30&page=1&size=10"), 200, "SearchResponse");
        assertThat(filtered.get("total").asLong()).isEqualTo(1);
        assertThat(filtered.get("hits").get(0).get("site").asText()).isEqualTo("South Asia Ledger");
        JsonNode facetsOnly = valid("GET /search", fixture.get("/search?size=0"), 200, "SearchResponse");
        assertThat(facetsOnly.get("hits")).isEmpty();
        assertThat(facetsOnly.get("total").asLong()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void articlesAndStoriesById() throws Exception {
        IngestResult original = fixture.ingested.get(0);
        IngestResult copy = fixture.ingested.get(1);
        JsonNode a = valid("GET /articles/{id}", fixture.get("/articles/" + copy.id()), 200, "StoredArticle");
        assertThat(a.get("id").asText()).isEqualTo(copy.id());
        assertThat(a.get("story").asText()).isEqualTo(copy.story());
        JsonNode s = valid("GET /stories/{id}", fixture.get("/stories/" + original.story()), 200, "Story");
        assertThat(s.get("articles").size()).isGreaterThanOrEqualTo(1);
        valid("GET /articles/{id}", fixture.get("/articles/no-such-article"), 404, "Error");
        valid("GET /stories/{id}", fixture.get("/stories/no-such-story"), 404, "Error");
    }

    @Test
    void eventsInEveryFormat() throws Exception {
        JsonNode story = valid("GET /events", fixture.get("/events"), 200, "EventsResponse");
        assertThat(story.get("events")).isNotEmpty();
        JsonNode article = valid("GET /events", fixture.get("/events?level=article&country=BGD"), 200,
                "EventsResponse");
        assertThat(article.get("events")).isNotEmpty();
        for (JsonNode e : article.get("events")) {
            assertThat(e.get("articles")).hasSize(1);
        }
        HttpResponse<String> lines = fixture.get("/events?format=jsonl&type=PROTEST");
        assertThat(lines.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        String[] rows = lines.body().split("\n");
        assertThat(rows).isNotEmpty();
        for (String row : rows) {
            assertThat(errors("StoryEvent", Json.read(row))).isEmpty();
            assertThat(Json.read(row).get("type").asText()).isEqualTo("PROTEST");
        }
        valid("GET /events", fixture.get("/events?format=geojson"), 200, "FeatureCollection");
        valid("GET /events", fixture.get("/events?format=geojson&level=article"), 200, "FeatureCollection");
        HttpResponse<String> csv = fixture.get("/events?format=csv&level=article");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).startsWith("id,input,url,title,published,event");
        valid("GET /events", fixture.get("/events?format=csv"), 400, "Error");
    }

    @Test
    void timelineCountsByDateTypeAndCountry() throws Exception {
        JsonNode byType = valid("GET /timeline", fixture.get("/timeline"), 200, "Timeline");
        assertThat(byType.get("interval").asText()).isEqualTo("day");
        assertThat(byType.get("series")).isNotEmpty();
        JsonNode byCountry = valid("GET /timeline", fixture.get("/timeline?interval=month&by=country"), 200,
                "Timeline");
        Set<String> keys = new HashSet<>();
        for (JsonNode s : byCountry.get("series")) {
            keys.add(s.get("key").asText());
            for (JsonNode p : s.get("points")) {
                assertThat(p.get("date").asText()).endsWith("-01");
            }
        }
        assertThat(keys).contains("BGD");
        // the whole-store table (no text, date, entity, site or language filter) and the store's own count agree
        JsonNode fromTable = valid("GET /timeline", fixture.get("/timeline?country=BGD"), 200, "Timeline");
        JsonNode fromStore = valid("GET /timeline", fixture.get("/timeline?country=BGD&lang=en"), 200, "Timeline");
        assertThat(fromTable.get("series")).isNotEmpty().isEqualTo(fromStore.get("series"));
        JsonNode protests = valid("GET /timeline", fixture.get("/timeline?type=PROTEST&interval=week"), 200,
                "Timeline");
        for (JsonNode s : protests.get("series")) {
            assertThat(s.get("key").asText()).isEqualTo("PROTEST");
        }
    }

    @Test
    void entitiesByArticleCount() throws Exception {
        JsonNode all = valid("GET /entities", fixture.get("/entities?limit=5"), 200, "Entities");
        assertThat(all.get("entities")).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        long previous = Long.MAX_VALUE;
        for (JsonNode e : all.get("entities")) {
            assertThat(e.get("count").asLong()).isLessThanOrEqualTo(previous);
            previous = e.get("count").asLong();
        }
        JsonNode jakarta = valid("GET /entities", fixture.get("/entities?q=jakarta"), 200, "Entities");
        for (Iterator<JsonNode> it = jakarta.get("entities").elements(); it.hasNext(); ) {
            assertThat(it.next().get("name").asText().toLowerCase()).contains("jakarta");
        }
        assertThat(jakarta.get("entities")).isNotEmpty();
    }

    @Test
    void healthVersionMetricsAndTheDocument() throws Exception {
        JsonNode health = valid("GET /health", fixture.get("/health"), 200, "Health");
        long stored = fixture.ingested.stream().filter(r -> r.outcome() != IngestResult.Outcome.DUPLICATE).count();
        assertThat(health.get("articles").asLong()).isGreaterThanOrEqualTo(stored).isGreaterThanOrEqualTo(3);
        JsonNode version = valid("GET /version", fixture.get("/version"), 200, "Version");
        assertThat(version.get("lucene").asText()).startsWith("9.");
        called.add("GET /metrics");
        fixture.get("/search?q=banjir");
        HttpResponse<String> metrics = fixture.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body()).contains("warta_http_requests_total{route=\"/search\",status=\"200\"}")
                .contains("warta_http_request_duration_seconds_bucket{route=\"/search\",le=\"0.1\"}")
                .contains("warta_store_articles ").contains("warta_jvm_heap_used_bytes ");
        called.add("GET /openapi.json");
        HttpResponse<String> doc = fixture.get("/openapi.json");
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(Json.read(doc.body()).get("openapi").asText()).startsWith("3.0");
    }

    @Test
    void errorsFollowTheErrorSchema() throws Exception {
        valid("GET /search", fixture.get("/search?from=yesterday"), 400, "Error");
        valid("POST /analyze", fixture.post("/analyze", "application/pdf", "%PDF-1.7"), 415, "Error");
        valid("GET /nowhere", fixture.get("/no/such/route"), 404, "Error");
        called.remove("GET /nowhere");
    }
}
