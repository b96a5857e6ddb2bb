package id.warta.app.serve;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.store.StoreException;
import id.warta.store.WartaStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code warta serve}: opens the store, starts the server and runs until the process is told to stop (SIGTERM,
 * Ctrl-C), then stops gracefully (requests in flight finish, within the stop timeout) and closes the store, which
 * commits it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the HTTP API (see /openapi.json) and the web interface over a store.",
                "Listens on 127.0.0.1 unless --bind says otherwise; beyond loopback POST /ingest needs a token."})
public final class ServeCommand implements Callable<Integer> {

    private static final ServerOptions D = ServerOptions.DEFAULTS;

    @Option(names = "--data", paramLabel = "DIR", description = "The store's directory (default: ${DEFAULT-VALUE}).")
    Path data = Path.of("warta-data");

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}).")
    int port = D.port();

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 for every interface.")
    String bind = D.bind();

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token POST /ingest demands (default: the WARTA_TOKEN environment variable). "
                    + "Required when binding beyond loopback.")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBody = D.maxBodyBytes();

    @Option(names = "--max-concurrent", paramLabel = "N",
            description = "Requests handled at once; more get 429 (default: ${DEFAULT-VALUE}).")
    int maxConcurrent = D.maxConcurrentRequests();

    @Option(names = "--idle-timeout", paramLabel = "SECONDS",
            description = "Seconds a connection may stay silent (default: ${DEFAULT-VALUE}).")
    long idleTimeoutSeconds = D.idleTimeout().toSeconds();

    @Option(names = "--allow-fetch",
            description = "Fetch pages given as {\"url\": ...} without a body (public addresses only).")
    boolean allowFetch;

    @Option(names = "--fetch-timeout", paramLabel = "SECONDS",
            description = "Seconds allowed for one fetch (default: ${DEFAULT-VALUE}).")
    long fetchTimeoutSeconds = D.fetchTimeout().toSeconds();

    @Option(names = "--fetch-max-bytes", paramLabel = "BYTES",
            description = "Largest page fetched (default: ${DEFAULT-VALUE}).")
    long fetchMaxBytes = D.fetchMaxBytes();

    @Option(names = "--stop-timeout", paramLabel = "SECONDS",
            description = "Seconds a stop waits for requests in flight (default: ${DEFAULT-VALUE}).")
    long stopTimeoutSeconds = D.stopTimeout().toSeconds();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerOptions options;
        try {
            options = new ServerOptions(port, bind, token != null ? token : System.getenv("WARTA_TOKEN"), maxBody,
                    maxConcurrent, Duration.ofSeconds(idleTimeoutSeconds), allowFetch,
                    Duration.ofSeconds(fetchTimeoutSeconds), fetchMaxBytes, Duration.ofSeconds(stopTimeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad option value: " + e.getMessage(), e);
        }
        if (options.bindsBeyondLoopback() && options.token() == null) {
            throw new ParameterException(spec.commandLine(), "--bind " + bind + " lets other machines reach the "
                    + "server: give --token (or set WARTA_TOKEN) so that POST /ingest is protected, or bind to "
                    + "127.0.0.1");
        }
        WartaStore store;
        try {
            store = WartaStore.open(data);
        } catch (StoreException e) {
            spec.commandLine().getErr().println("warta serve: " + e.getMessage());
            return 2;
        }
        Warta warta = Warta.with(WartaOptions.defaults());
        warta.analyzer(); // load the models now, not on the first request
        WartaServer server;
        try {
            server = WartaServer.start(warta, store, options);
        } catch (RuntimeException e) {
            store.close();
            spec.commandLine().getErr().println("warta serve: " + e.getMessage());
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("warta serve: stopping (requests in flight get " + options.stopTimeout().toSeconds()
                    + " s to finish)");
            try {
                server.close();
            } finally {
                store.close();
                System.err.println("warta serve: stopped, store closed");
                stopped.countDown();
            }
        }, "warta-serve-shutdown"));
        System.err.printf("warta serve: %s on http://%s:%d/ (Ctrl-C to stop)%n", data, options.bind(),
                server.port());
        stopped.await();
        return 0;
    }
}
