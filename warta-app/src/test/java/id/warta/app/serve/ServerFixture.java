package id.warta.app.serve;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.export.Json;
import id.warta.store.IngestResult;
import id.warta.store.WartaStore;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real server over a real temporary store holding the test articles (written for these tests: a student
 * protest in Jakarta, a syndicated copy of it, a flood in South Kalimantan, a garment workers' protest in Dhaka),
 * and an HTTP client to call it.
 */
final class ServerFixture implements AutoCloseable {

    /** The test articles: file name under {@code articles/} and the URL it was published at. */
    static final List<String[]> ARTICLES = List.of(
            new String[] {"demo-bbm-jakarta.html", "https://kabarnusantara.example/nasional/2024/09/05/demo-bbm-dpr"},
            new String[] {"demo-bbm-jakarta-salinan.html", "https://wartakota.example/metro/demo-mahasiswa-bbm"},
            new String[] {"banjir-kalsel.html", "https://borneopos.example/daerah/banjir-hst-12-desa"},
            new String[] {"dhaka-garment-protest.html", "https://asialedger.example/bangladesh/garment-wages-tear-gas"});

    static final Warta WARTA = Warta.with(WartaOptions.defaults());

    final Path dir;
    final WartaStore store;
    final WartaServer server;
    final List<IngestResult> ingested = new ArrayList<>();
    final HttpClient client = HttpClient.newHttpClient();

    private ServerFixture(Path dir, WartaStore store, WartaServer server) {
        this.dir = dir;
        this.store = store;
        this.server = server;
    }

    /** A server with these options (port 0) over a store of the test articles. */
    static ServerFixture start(ServerOptions options, boolean withArticles) throws IOException {
        return start(options, withArticles, WartaServer.WEB_ROOT, AddressPolicy.SYSTEM);
    }

    static ServerFixture start(ServerOptions options, boolean withArticles, String webRoot,
                               AddressPolicy.Resolver resolver) throws IOException {
        Path dir = Files.createTempDirectory("warta-serve-test");
        WartaStore store = WartaStore.open(dir.resolve("data"));
        List<IngestResult> results = new ArrayList<>();
        if (withArticles) {
            for (String[] a : ARTICLES) {
                results.add(store.ingest(Warta.analyze(article(a[0]), a[1])));
            }
            store.commit();
        }
        WartaServer server = WartaServer.start(WARTA, store, options.withPort(0), webRoot, resolver);
        ServerFixture f = new ServerFixture(dir, store, server);
        f.ingested.addAll(results);
        return f;
    }

    static String article(String name) {
        try (InputStream in = ServerFixture.class.getResourceAsStream("articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.read(response.body());
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            store.close();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
