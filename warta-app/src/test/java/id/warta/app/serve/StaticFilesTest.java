package id.warta.app.serve;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The web interface's files: index for /, content types, revalidation, caching, and nothing outside the folder. */
class StaticFilesTest {

    private static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = ServerFixture.start(ServerOptions.DEFAULTS, false, "id/warta/app/serve/web-fixture",
                AddressPolicy.SYSTEM);
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @ParameterizedTest
    @CsvSource({
            "/, text/html; charset=utf-8, no-cache, Memuat",
            "/index.html, text/html; charset=utf-8, no-cache, Memuat",
            "/app.js, text/javascript; charset=utf-8, 'public, max-age=300', Cari berita",
            "/style.css, text/css; charset=utf-8, 'public, max-age=300', sans-serif",
            "/data/provinsi.json, application/json; charset=utf-8, 'public, max-age=300', FeatureCollection"})
    void servesFilesWithTheirTypeAndCaching(String path, String type, String cache, String content)
            throws Exception {
        HttpResponse<String> r = fixture.get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        // Jetty writes the types it knows without the space: text/html;charset=utf-8
        assertThat(r.headers().firstValue("Content-Type").orElseThrow().replace(" ", ""))
                .isEqualTo(type.replace(" ", ""));
        assertThat(r.headers().firstValue("Cache-Control")).contains(cache);
        assertThat(r.headers().firstValue("Content-Security-Policy")).contains(FrontDoor.CONTENT_SECURITY_POLICY);
        assertThat(r.body()).contains(content);
    }

    @Test
    void anUnchangedFileIsRevalidatedWith304() throws Exception {
        HttpResponse<String> first = fixture.get("/app.js");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = fixture.client.send(HttpRequest.newBuilder(fixture.uri("/app.js"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> other = fixture.client.send(HttpRequest.newBuilder(fixture.uri("/app.js"))
                .header("If-None-Match", "\"stale\"").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/missing.js", "/data/", "/.hidden", "/data/../index.html", "/%2e%2e/openapi.json",
            "/..%2fserve/openapi.json", "/id/warta/app/serve/openapi.json", "/WEB-INF/web.xml"})
    void nothingOutsideTheFolderNorMissingFilesIsServed(String path) throws Exception {
        HttpResponse<String> r = fixture.get(path);
        assertThat(r.statusCode()).as(path).isIn(400, 404);
        assertThat(r.body()).as(path).doesNotContain("Memuat").doesNotContain("\"openapi\"");
    }
}
