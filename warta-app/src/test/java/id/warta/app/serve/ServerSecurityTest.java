package id.warta.app.serve;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import id.warta.export.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's guards against hostile, broken or careless clients, each tried for real over a socket. */
class ServerSecurityTest {

    private static final String TOKEN = "s3cr3t-token-for-tests";
    private static ServerFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = ServerFixture.start(ServerOptions.DEFAULTS.withToken(TOKEN).withMaxBodyBytes(100_000)
                .withIdleTimeout(Duration.ofSeconds(2)), true);
    }

    @AfterAll
    static void stop() throws Exception {
        fixture.close();
    }

    @Test
    void listensOnLoopbackUnlessToldOtherwise() {
        assertThat(ServerOptions.DEFAULTS.bind()).isEqualTo("127.0.0.1");
        assertThat(ServerOptions.DEFAULTS.bindsBeyondLoopback()).isFalse();
        assertThat(ServerOptions.DEFAULTS.withBind("localhost").bindsBeyondLoopback()).isFalse();
        assertThat(ServerOptions.DEFAULTS.withBind("127.0.0.2").bindsBeyondLoopback()).isFalse();
        assertThat(ServerOptions.DEFAULTS.withBind("::1").bindsBeyondLoopback()).isFalse();
        assertThat(ServerOptions.DEFAULTS.withBind("0.0.0.0").bindsBeyondLoopback()).isTrue();
        assertThat(ServerOptions.DEFAULTS.withBind("::").bindsBeyondLoopback()).isTrue();
        assertThat(ServerOptions.DEFAULTS.withBind("192.168.1.20").bindsBeyondLoopback()).isTrue();
    }

    @Test
    void refusesToListenBeyondLoopbackWithoutAToken() throws Exception {
        try (ServerFixture f = ServerFixture.start(ServerOptions.DEFAULTS, false)) {
            assertThatThrownBy(() -> WartaServer.start(ServerFixture.WARTA, f.store,
                    ServerOptions.DEFAULTS.withPort(0).withBind("0.0.0.0")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("token");
        }
    }

    @Test
    void ingestDemandsTheToken() throws Exception {
        String page = ServerFixture.article("banjir-kalsel.html");
        HttpResponse<String> none = fixture.post("/ingest", "text/html", page);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(ServerFixture.json(none).get("error").asText()).isEqualTo("unauthorized");
        HttpResponse<String> wrong = fixture.client.send(HttpRequest.newBuilder(fixture.uri("/ingest"))
                .header("Content-Type", "text/html").header("Authorization", "Bearer " + TOKEN + "x")
                .POST(HttpRequest.BodyPublishers.ofString(page)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> right = fixture.client.send(HttpRequest.newBuilder(fixture.uri("/ingest"
                        + "?url=https://borneopos.example/daerah/banjir-hst-12-desa"))
                .header("Content-Type", "text/html").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(page)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(ServerFixture.json(right).get("results").get(0).get("outcome").asText()).isEqualTo("duplicate");
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedUnread() throws Exception {
        try (RawHttp raw = new RawHttp(fixture.server.port())) {
            raw.send("POST /analyze HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 20000000\r\n\r\n"
                    + "Hanya sebagian kecil dari badan permintaan yang dikirim.");
            String answer = raw.readResponse();
            assertThat(answer).startsWith("HTTP/1.1 413").contains("\"error\":\"too-large\"");
        }
    }

    @Test
    void anUndeclaredLengthIsCutAtTheCap() throws Exception {
        try (RawHttp raw = new RawHttp(fixture.server.port())) {
            raw.send("POST /analyze HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            String line = "Warga berunjuk rasa di depan kantor bupati menuntut perbaikan jalan desa. ".repeat(40);
            for (int sent = 0; sent < 150_000; sent += line.length()) {
                raw.send(Integer.toHexString(line.length()) + "\r\n" + line + "\r\n");
            }
            raw.send("0\r\n\r\n");
            assertThat(raw.readResponse()).startsWith("HTTP/1.1 413").contains("\"error\":\"too-large\"");
        }
    }

    @Test
    void onlyKnownMediaTypesAreRead() throws Exception {
        HttpResponse<String> pdf = fixture.post("/analyze", "application/pdf", "%PDF-1.7 ...");
        assertThat(pdf.statusCode()).isEqualTo(415);
        assertThat(ServerFixture.json(pdf).get("error").asText()).isEqualTo("unsupported-media-type");
        HttpResponse<String> none = fixture.client.send(HttpRequest.newBuilder(fixture.uri("/extract"))
                .POST(HttpRequest.BodyPublishers.ofString("teks")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(415);
        HttpResponse<String> lines = fixture.post("/analyze", "application/x-ndjson", "{\"text\":\"x\"}");
        assertThat(lines.statusCode()).as("JSON Lines is for /ingest only").isEqualTo(415);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @CsvSource(delimiter = '|', value = {
            "/search?from=2024-13-01 | from",
            "/search?from=kemarin | from",
            "/search?from=2024-02-01&to=2024-01-01 | after",
            "/search?size=1000 | size",
            "/search?size=-1 | size",
            "/search?page=0 | page",
            "/search?page=abc | page",
            "/search?page=5000&size=100 | 10000",
            "/search?type=PARTY | type",
            "/search?country=Kazakhstan | country",
            "/search?lang=bahasa-indonesia | lang",
            "/search?contry=KAZ | contry",
            "/search?q=a&q=b | more than once",
            "/search?q=%22unclosed | q",
            "/timeline?interval=year | interval",
            "/timeline?by=site | by",
            "/events?level=sentence | level",
            "/events?format=xml | format",
            "/entities?limit=0 | limit",
            "/articles/x?pretty=1 | pretty"})
    void badParametersAreNamed(String request, String named) throws Exception {
        HttpResponse<String> r = fixture.get(request.replace("%22", "%22"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = ServerFixture.json(r);
        assertThat(error.get("error").asText()).isEqualTo("bad-parameter");
        assertThat(error.get("message").asText()).contains(named);
    }

    @Test
    void unknownIdsAndRoutesAre404() throws Exception {
        for (String path : List.of("/articles/0000", "/stories/zzz", "/no-such-page.html", "/../etc/passwd",
                "/%2e%2e/pom.xml")) {
            HttpResponse<String> r = fixture.get(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(ServerFixture.json(r).get("error").asText()).as(path).isIn("not-found", "bad-parameter");
        }
        HttpResponse<String> post = fixture.post("/search", "text/plain", "x");
        assertThat(post.statusCode()).isEqualTo(404);
    }

    @Test
    void whatJettyRefusesItselfIsJsonToo() throws Exception {
        try (RawHttp raw = new RawHttp(fixture.server.port())) {
            raw.send("BREW /kopi HTCPCP/1.0\r\n\r\n");
            assertThat(raw.readAll()).startsWith("HTTP/1.1 505").contains("\"error\":\"bad-parameter\"");
        }
        try (RawHttp raw = new RawHttp(fixture.server.port())) {
            raw.send("GET /health HTTP/1.1\r\nHost: t\r\nthis is no header\r\n\r\n");
            String answer = raw.readAll();
            assertThat(answer).startsWith("HTTP/1.1 400").contains("\"error\":\"bad-parameter\"")
                    .doesNotContain("<html");
        }
        try (RawHttp raw = new RawHttp(fixture.server.port())) {
            raw.send("GET /health HTTP/1.1\r\nHost: t\r\nX-Padding: " + "a".repeat(20_000) + "\r\n\r\n");
            String answer = raw.readAll();
            assertThat(answer).startsWith("HTTP/1.1 431").contains("\"error\":\"bad-parameter\"")
                    .doesNotContain("<html");
        }
    }

    @Test
    void aStalledClientHoldsNoThread() throws Exception {
        List<RawHttp> stalled = new ArrayList<>();
        try {
            // more half-sent requests than the server has threads: each holds a socket, none a thread
            for (int i = 0; i < 60; i++) {
                stalled.add(new RawHttp(fixture.server.port()).send("GET /search?q=banjir HTTP/1.1\r\nHost: t\r\n"));
            }
            HttpResponse<String> other = fixture.get("/search?q=mahasiswa");
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(stalled.get(0).closedByServer()).as("the idle timeout closes a stalled connection")
                    .isTrue();
        } finally {
            for (RawHttp s : stalled) {
                s.close();
            }
        }
    }

    @Test
    void beyondTheConcurrencyLimitRequestsGet429() throws Exception {
        try (ServerFixture one = ServerFixture.start(ServerOptions.DEFAULTS.withMaxConcurrentRequests(1), false);
             RawHttp slow = new RawHttp(one.server.port())) {
            String body = "Polisi membubarkan unjuk rasa warga di Pati, Jawa Tengah, pada Rabu.";
            slow.send("POST /extract HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: "
                    + body.length() + "\r\n\r\n" + body.substring(0, 10));
            HttpResponse<String> refused = waitFor429(one);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1");
            assertThat(ServerFixture.json(refused).get("error").asText()).isEqualTo("too-many-requests");
            assertThat(one.get("/health").statusCode()).as("health is never refused").isEqualTo(200);
            slow.send(body.substring(10));
            assertThat(slow.readResponse()).startsWith("HTTP/1.1 200");
            assertThat(one.get("/version").statusCode()).isEqualTo(200);
            assertThat(one.get("/metrics").body()).contains("warta_http_requests_rejected_total 1");
        }
    }

    /** The slow request reaches the handler asynchronously: ask until it holds the one permit. */
    private static HttpResponse<String> waitFor429(ServerFixture f) throws Exception {
        for (int i = 0; i < 1_000; i++) {
            HttpResponse<String> r = f.get("/version");
            if (r.statusCode() == 429) {
                return r;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the second request was never refused");
    }

    @Test
    void urlsAreNotFetchedUnlessAllowed() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer local = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        local.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] page = "<html><body><p>rahasia internal</p></body></html>".getBytes();
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        local.start();
        String url = "http://127.0.0.1:" + local.getAddress().getPort() + "/admin";
        try {
            HttpResponse<String> off = fixture.post("/analyze", "application/json",
                    Json.writer().writeValueAsString(Map.of("url", url)));
            assertThat(off.statusCode()).isEqualTo(400);
            assertThat(ServerFixture.json(off).get("message").asText()).contains("--allow-fetch");
            AddressPolicy.Resolver fake = host -> host.equals("intranet.example")
                    ? new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.1.2.3")}
                    : InetAddress.getAllByName(host);
            try (ServerFixture fetching = ServerFixture.start(ServerOptions.DEFAULTS.withAllowFetch(true), false,
                    WartaServer.WEB_ROOT, fake)) {
                for (String target : List.of(url, "http://localhost:" + local.getAddress().getPort() + "/",
                        "http://[::1]:" + local.getAddress().getPort() + "/", "http://169.254.169.254/latest/",
                        "http://intranet.example/berita", "file:///etc/passwd")) {
                    HttpResponse<String> r = fetching.post("/analyze", "application/json",
                            Json.writer().writeValueAsString(Map.of("url", target)));
                    assertThat(r.statusCode()).as(target + ": " + r.body()).isEqualTo(400);
                    assertThat(ServerFixture.json(r).get("error").asText()).isEqualTo("bad-parameter");
                }
            }
            assertThat(hits.get()).as("the private server was never reached").isZero();
        } finally {
            local.stop(0);
        }
    }

    @Test
    void aFailureIs500WithAReferenceAndTheStackTraceGoesToTheLog() throws Exception {
        Logger log = (Logger) LoggerFactory.getLogger(WartaServer.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try (ServerFixture broken = ServerFixture.start(ServerOptions.DEFAULTS, false)) {
            broken.store.close(); // every store call now fails: a server fault, not the client's
            HttpResponse<String> r = broken.get("/search?q=banjir");
            assertThat(r.statusCode()).isEqualTo(500);
            JsonNode error = ServerFixture.json(r);
            assertThat(error.get("error").asText()).isEqualTo("internal");
            assertThat(r.body()).doesNotContain("Exception").doesNotContain("at id.warta").doesNotContain(".java");
            String ref = error.get("message").asText().replaceAll(".*ref ", "");
            assertThat(appender.list).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).contains(ref);
                assertThat(e.getThrowableProxy()).isNotNull();
            });
        } finally {
            log.detachAppender(appender);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/health", "/search?q=banjir", "/no-such-file.js", "/openapi.json")) {
            HttpResponse<String> r = fixture.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(FrontDoor.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        }
        assertThat(FrontDoor.CONTENT_SECURITY_POLICY).startsWith("default-src 'self'")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
}
