package id.warta.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.warta.WartaOptions;
import id.warta.decode.Decoder;
import id.warta.decode.TextDecoder;
import id.warta.model.RawDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class UrlSourceTest {

    private static final String PAGE = "<!DOCTYPE html>\n<html lang=\"id\"><head><title>Pelabuhan Tanjung Priok"
            + " Padat Jelang Libur</title></head><body><h1>Pelabuhan Tanjung Priok Padat Jelang Libur</h1>"
            + "<p>JAKARTA – Antrean penumpang kapal di Pelabuhan Tanjung Priok mengular sejak Kamis pagi."
            + " “Tiket ke Belitung sudah habis sampai akhir pekan,” kata petugas loket.</p></body></html>\n";

    private HttpServer server;
    private ExecutorService pool;
    private final Queue<String> userAgents = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "test-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/berita/priok", ex -> {
            userAgents.add(ex.getRequestHeaders().getFirst("User-Agent"));
            send(ex, 200, "text/html; charset=windows-1252", PAGE.getBytes(Charset.forName("windows-1252")));
        });
        server.createContext("/berita/hilang", ex -> send(ex, 404, "text/html", "<h1>Halaman tidak ditemukan</h1>"
                .getBytes(StandardCharsets.UTF_8)));
        server.createContext("/r/", ex -> {
            // /r/3 redirects to /r/2 ... /r/1 to the page; relative Locations, as servers send them
            int n = Integer.parseInt(ex.getRequestURI().getPath().substring(3));
            redirect(ex, n > 1 ? "/r/" + (n - 1) : "../berita/priok");
        });
        server.createContext("/putar/a", ex -> redirect(ex, "/putar/b"));
        server.createContext("/putar/b", ex -> redirect(ex, "http://" + host() + "/putar/a"));
        server.createContext("/lambat", ex -> {
            sleep(5_000);
            send(ex, 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/tersendat", ex -> {
            // headers and a first chunk at once, then the rest of the body never comes in time
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write("<html><body><p>JAKARTA – Antrean".getBytes(StandardCharsets.UTF_8));
            out.flush();
            sleep(5_000);
            ex.close();
        });
        server.createContext("/besar", ex -> send(ex, 200, "text/html; charset=utf-8",
                PAGE.repeat(100).getBytes(StandardCharsets.UTF_8)));
        server.createContext("/gzip", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        });
        server.createContext("/bom-gzip", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", gzip(PAGE.repeat(100).getBytes(StandardCharsets.UTF_8)));
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private String host() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    private String url(String path) {
        return "http://" + host() + path;
    }

    private static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static RawDocument fetch(String url, WartaOptions options) {
        List<RawDocument> docs = Sources.open(List.of(url), options).toList();
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    @Test
    void pageWithCharsetHeaderKeepsItsContentTypeAndDecodes() {
        RawDocument d = fetch(url("/berita/priok"), WartaOptions.defaults());
        assertThat(d.failed()).isFalse();
        assertThat(d.input()).isEqualTo(url("/berita/priok"));
        assertThat(d.url()).isEqualTo(url("/berita/priok"));
        assertThat(d.contentType()).isEqualTo("text/html; charset=windows-1252");
        assertThat(d.bytes()).isEqualTo(PAGE.getBytes(Charset.forName("windows-1252")));
        Decoder.Result r = new TextDecoder(WartaOptions.defaults()).decode(d);
        assertThat(r.document().charset()).isEqualTo("windows-1252");
        assertThat(r.document().text()).isEqualTo(PAGE);
    }

    @Test
    void userAgentIsSent() {
        WartaOptions options = WartaOptions.defaults().withUserAgent("WartaTest/1.0 (+https://warta.example/bot)");
        assertThat(Sources.fetch(url("/berita/priok"), options).failed()).isFalse();
        assertThat(userAgents).containsExactly("WartaTest/1.0 (+https://warta.example/bot)");
    }

    @Test
    void notFoundIsHttp404() {
        RawDocument d = fetch(url("/berita/hilang"), WartaOptions.defaults());
        assertThat(d.failure().code()).isEqualTo("http-404");
        assertThat(d.failure().message()).contains(url("/berita/hilang"));
        assertThat(d.bytes()).isEmpty();
    }

    @Test
    void redirectChainWithinTheCapEndsAtTheFinalUrl() {
        RawDocument d = fetch(url("/r/3"), WartaOptions.defaults().withMaxRedirects(4));
        assertThat(d.failed()).isFalse();
        assertThat(d.input()).isEqualTo(url("/r/3"));
        assertThat(d.url()).isEqualTo(url("/berita/priok"));
        assertThat(d.bytes()).isEqualTo(PAGE.getBytes(Charset.forName("windows-1252")));
    }

    @Test
    void redirectChainPastTheCapIsTooManyRedirects() {
        RawDocument d = fetch(url("/r/3"), WartaOptions.defaults().withMaxRedirects(2));
        assertThat(d.failure().code()).isEqualTo("too-many-redirects");
        assertThat(d.failure().message()).startsWith("more than 2 redirects (maxRedirects): " + url("/r/3"));
    }

    @Test
    void redirectLoopIsNamed() {
        RawDocument d = fetch(url("/putar/a"), WartaOptions.defaults().withMaxRedirects(20));
        assertThat(d.failure().code()).isEqualTo("too-many-redirects");
        assertThat(d.failure().message()).isEqualTo("redirect loop: " + url("/putar/a") + " -> " + url("/putar/b")
                + " -> " + url("/putar/a"));
    }

    @Test
    void serverSlowerThanTheRequestTimeoutIsTimeout() {
        RawDocument d = fetch(url("/lambat"), WartaOptions.defaults().withRequestTimeout(Duration.ofMillis(300)));
        assertThat(d.failure().code()).isEqualTo("timeout");
        assertThat(d.failure().message()).contains("300 ms (requestTimeout)");
    }

    @Test
    void bodyThatStallsIsTimeoutToo() {
        RawDocument d = fetch(url("/tersendat"), WartaOptions.defaults().withRequestTimeout(Duration.ofMillis(300)));
        assertThat(d.failure().code()).isEqualTo("timeout");
    }

    @Test
    void bodyOverMaxBytesIsTooLarge() {
        RawDocument d = fetch(url("/besar"), WartaOptions.defaults().withMaxBytes(10_000));
        assertThat(d.failure().code()).isEqualTo("too-large");
        assertThat(d.failure().message()).contains("more than 10000 bytes (maxBytes)");
        assertThat(d.bytes()).isEmpty();
    }

    @Test
    void gzipContentEncodingIsUnpacked() {
        RawDocument d = fetch(url("/gzip"), WartaOptions.defaults());
        assertThat(d.failed()).isFalse();
        assertThat(new String(d.bytes(), StandardCharsets.UTF_8)).isEqualTo(PAGE);
    }

    @Test
    void gzipBodyUnpackingPastMaxBytesIsTooLarge() {
        RawDocument d = fetch(url("/bom-gzip"), WartaOptions.defaults().withMaxBytes(10_000));
        assertThat(d.failure().code()).isEqualTo("too-large");
        assertThat(d.failure().message()).contains("unpacks to more than 10000 bytes");
    }

    @Test
    void refusedConnectionIsNetwork() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        RawDocument d = fetch("http://127.0.0.1:" + port + "/berita", WartaOptions.defaults());
        assertThat(d.failure().code()).isEqualTo("network");
        assertThat(d.failure().message()).startsWith("cannot connect to 127.0.0.1:" + port);
    }

    @Test
    void urlWithoutHostIsBadUrl() {
        assertThat(fetch("http:///berita/priok", WartaOptions.defaults()).failure().code()).isEqualTo("bad-url");
        assertThat(fetch("https://warta.example/berita/judul artikel", WartaOptions.defaults()).failure().code())
                .isEqualTo("bad-url");
    }

    @Test
    void urlsAndFilesMixInInputOrder() {
        String missing = "arsip-tidak-ada/berita-priok.html";
        List<RawDocument> docs = Sources.open(List.of(url("/berita/priok"), missing, url("/berita/hilang"),
                url("/gzip")), WartaOptions.defaults()).toList();
        assertThat(docs).extracting(RawDocument::input)
                .containsExactly(url("/berita/priok"), missing, url("/berita/hilang"), url("/gzip"));
        assertThat(docs).extracting(d -> d.failed() ? d.failure().code() : "ok")
                .containsExactly("ok", "not-found", "http-404", "ok");
    }
}
