package id.warta.app.serve;

import id.warta.store.SearchQuery;
import id.warta.store.WartaStore;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A stop lets the requests in flight finish, accepts no new connection meanwhile, and leaves the store whole. */
class GracefulStopTest {

    @Test
    void aRequestInFlightFinishesAndNewConnectionsAreRefused() throws Exception {
        ServerFixture f = ServerFixture.start(ServerOptions.DEFAULTS.withStopTimeout(Duration.ofSeconds(30)), false);
        int port = f.server.port();
        String page = ServerFixture.article("dhaka-garment-protest.html");
        byte[] bytes = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (RawHttp inFlight = new RawHttp(port)) {
            inFlight.send("POST /ingest?url=https://asialedger.example/late HTTP/1.1\r\nHost: t\r\n"
                    + "Content-Type: text/html\r\nContent-Length: " + bytes.length + "\r\n\r\n");
            inFlight.send(java.util.Arrays.copyOf(bytes, 100));
            waitUntilInFlight(f);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(f.server::close);
            waitUntilRefused(port);
            assertThat(stopping).isNotDone();
            inFlight.send(java.util.Arrays.copyOfRange(bytes, 100, bytes.length));
            String answer = inFlight.readResponse();
            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"outcome\":\"new\"");
            stopping.get();
        }
        f.store.close();
        try (WartaStore reopened = WartaStore.open(f.dir.resolve("data"))) {
            long[] found = {0};
            reopened.articles(SearchQuery.all(), a -> found[0]++);
            assertThat(found[0]).as("the article ingested during the stop was committed").isEqualTo(1);
        }
        f.close();
    }

    @Test
    void aRequestThatNeverEndsDoesNotHoldTheStopForever() throws Exception {
        try (ServerFixture f = ServerFixture.start(ServerOptions.DEFAULTS.withStopTimeout(Duration.ofMillis(500)),
                false);
             RawHttp stuck = new RawHttp(f.server.port())) {
            stuck.send("POST /extract HTTP/1.1\r\nHost: t\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"
                    + "Separuh badan permintaan, lalu klien diam.");
            waitUntilInFlight(f);
            f.server.close();
            assertThat(stuck.closedByServer()).isTrue();
        }
    }

    /** Waits until the server counts a request in flight besides the one asking. */
    private static void waitUntilInFlight(ServerFixture f) throws Exception {
        for (int i = 0; i < 1_000; i++) {
            HttpResponse<String> m = f.get("/metrics");
            if (m.body().contains("warta_http_requests_in_flight 2")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the request never reached the server");
    }

    /** Waits until the port accepts no connection: the stop has begun. */
    private static void waitUntilRefused(int port) throws Exception {
        for (int i = 0; i < 1_000; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                Thread.sleep(10);
            } catch (ConnectException e) {
                return;
            } catch (IOException e) {
                return;
            }
        }
        throw new AssertionError("the port kept accepting connections during the stop");
    }
}
