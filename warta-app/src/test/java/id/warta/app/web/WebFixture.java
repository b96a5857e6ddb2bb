package id.warta.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.app.serve.ServerOptions;
import id.warta.app.serve.WartaServer;
import id.warta.store.WartaStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real server ({@code warta serve}'s {@link WartaServer}) on a free loopback port over a store in a temporary
 * folder, filled through {@code POST /ingest} with the articles under {@code src/test/resources/web/}.
 */
final class WebFixture implements AutoCloseable {

    /** The test articles: resource name and the address each is ingested under. */
    static final Map<String, String> ARTICLES = new LinkedHashMap<>();

    static {
        ARTICLES.put("jakarta-buruh-harian.html",
                "https://harian-nusantara.id/nasional/2025/01/06/ribuan-buruh-unjuk-rasa-dpr");
        ARTICLES.put("jakarta-buruh-kabar.html", "https://kabarkota.co.id/metro/buruh-bentrok-dengan-polisi-di-senayan");
        ARTICLES.put("intan-jaya.html", "https://harian-nusantara.id/daerah/2025/01/08/kontak-senjata-intan-jaya");
        ARTICLES.put("makassar-mahasiswa.html",
                "https://kabarkota.co.id/daerah/mahasiswa-makassar-tolak-kenaikan-bbm");
        ARTICLES.put("nairobi-protest.html",
                "https://eastafrica-ledger.com/news/2025/01/07/nairobi-police-tear-gas-finance-protest");
        ARTICLES.put("bangkok-ceasefire.html", "https://asia-wire.net/politics/2025/01/09/thailand-cambodia-ceasefire");
        // the hostile one: script, event-handler attributes and javascript: URLs in its title, body, site and address
        ARTICLES.put("xss-bandung.html", "javascript:window.__xss='url'");
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final WartaStore store;
    private final WartaServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> ids = new LinkedHashMap<>();

    /** A server over a store of the test articles. */
    WebFixture() throws IOException, InterruptedException {
        this(true);
    }

    /** A server over the test articles, or over an empty store (what a first run shows). */
    WebFixture(boolean withArticles) throws IOException, InterruptedException {
        dir = Files.createTempDirectory("warta-web-store-");
        store = WartaStore.open(dir);
        server = WartaServer.start(Warta.with(WartaOptions.defaults()), store, ServerOptions.DEFAULTS.withPort(0));
        for (var e : withArticles ? ARTICLES.entrySet() : Map.<String, String>of().entrySet()) {
            ObjectNode body = JSON.createObjectNode();
            body.put("html", resource(e.getKey()));
            body.put("url", e.getValue());
            JsonNode answer = post("ingest", body.toString());
            JsonNode result = answer.path("results").path(0);
            if (result.path("id").isMissingNode() || result.path("id").isNull()) {
                throw new IllegalStateException("ingest of " + e.getKey() + " failed: " + answer);
            }
            ids.put(e.getKey(), result.path("id").asText());
        }
        store.commit();
    }

    /** http://127.0.0.1:PORT/ */
    String base() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    /** The stored id of a test article, by its resource name. */
    String id(String article) {
        return ids.get(article);
    }

    /** GET a route of the API, as the page would (parameters in pairs: name, value). */
    JsonNode get(String path, String... params) throws IOException, InterruptedException {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i + 1 < params.length; i += 2) {
            q.append(q.length() == 0 ? '?' : '&').append(params[i]).append('=')
                    .append(URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
        }
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base() + path + q)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + q + ": " + res.statusCode() + " " + res.body());
        }
        return JSON.readTree(res.body());
    }

    /** POST /analyze of a plain text, as the analyze page sends it. */
    JsonNode analyze(String text) throws IOException, InterruptedException {
        return post("analyze", text, "text/plain; charset=utf-8");
    }

    private JsonNode post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, "application/json");
    }

    private JsonNode post(String path, String body, String type) throws IOException, InterruptedException {
        HttpResponse<String> res = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (res.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + ": " + res.statusCode() + " " + res.body());
        }
        return JSON.readTree(res.body());
    }

    static String resource(String name) {
        try (InputStream in = WebFixture.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource web/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
