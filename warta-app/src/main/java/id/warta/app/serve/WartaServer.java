package id.warta.app.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.warta.Warta;
import id.warta.export.Json;
import id.warta.store.StoreException;
import id.warta.store.StoreStats;
import id.warta.store.WartaStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code warta serve}: the HTTP API (API-CONTRACT.md) and the web interface over one store, on Javalin and Jetty.
 *
 * <p>What it guarantees whatever the client does: it listens on loopback unless told otherwise, and then only with
 * an ingest token; request bodies stop at the size cap (413); a request names a known media type (415) and valid
 * parameters (400); at most {@code maxConcurrentRequests} are handled at once (429 beyond); a client that stalls
 * holds a socket until the idle timeout, never a thread (Jetty reads requests asynchronously); no URL is fetched
 * unless fetching is on, and then no private address; every error is {@code {"error", "message"}} with its status,
 * never a stack trace, while a 500's stack trace goes to the server's log under a reference the answer gives.
 *
 * <p>{@link #close} stops gracefully: the port stops accepting, requests in flight get up to
 * {@code stopTimeout} to finish, then the server stops. The store belongs to the caller, who closes it after.
 */
public final class WartaServer implements Closeable {

    /** The class-path folder of the web interface's files. */
    public static final String WEB_ROOT = "id/warta/app/web";
    /** The class-path location of the OpenAPI document. */
    static final String OPENAPI = "id/warta/app/serve/openapi.json";

    private static final Logger LOG = LoggerFactory.getLogger(WartaServer.class);

    private final Javalin app;
    private final ServerOptions options;

    private WartaServer(Javalin app, ServerOptions options) {
        this.app = app;
        this.options = options;
    }

    /**
     * Starts a server over {@code store} with this pipeline.
     *
     * @throws IllegalArgumentException when {@code options} bind beyond loopback without a token
     */
    public static WartaServer start(Warta warta, WartaStore store, ServerOptions options) {
        return start(warta, store, options, WEB_ROOT, AddressPolicy.SYSTEM);
    }

    /** As {@link #start(Warta, WartaStore, ServerOptions)}, with the web files and name resolution of a test. */
    static WartaServer start(Warta warta, WartaStore store, ServerOptions options, String webRoot,
                             AddressPolicy.Resolver resolver) {
        Objects.requireNonNull(warta, "warta");
        Objects.requireNonNull(store, "store");
        if (options.bindsBeyondLoopback() && options.token() == null) {
            throw new IllegalArgumentException("binding to " + options.bind() + " lets other machines reach the "
                    + "server, and POST /ingest would be open to them: give a token (--token or WARTA_TOKEN), or "
                    + "bind to 127.0.0.1");
        }
        Metrics metrics = new Metrics();
        Fetcher fetcher = new Fetcher(options, warta.options().userAgent(), resolver);
        Routes routes = new Routes(warta, store, options, new Bodies(options, fetcher));
        StaticFiles web = new StaticFiles(webRoot);
        byte[] openapi = resource(OPENAPI);
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, options.maxConcurrentRequests() + 8), 4);
        threads.setName("warta-http");
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.generateEtags = false;
            config.jetty.threadPool = threads;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(options.stopTimeout().toMillis());
                server.insertHandler(new GracefulHandler());
                server.insertHandler(new FrontDoor(options.maxConcurrentRequests(), metrics));
                server.setErrorHandler(new JsonErrors());
            });
            config.jetty.addConnector((server, http) -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(options.bind());
                connector.setPort(options.port());
                connector.setIdleTimeout(options.idleTimeout().toMillis());
                return connector;
            });
            config.requestLogger.http((ctx, ms) -> metrics.record(route(ctx), ctx.statusCode(), ms / 1000.0));
            config.routes.post("/analyze", routes::analyze);
            config.routes.post("/extract", routes::extract);
            config.routes.post("/ingest", routes::ingest);
            config.routes.get("/search", routes::search);
            config.routes.get("/articles/{id}", routes::article);
            config.routes.get("/stories/{id}", routes::story);
            config.routes.get("/events", routes::events);
            config.routes.get("/timeline", routes::timeline);
            config.routes.get("/entities", routes::entities);
            config.routes.get("/health", routes::health);
            config.routes.get("/version", routes::version);
            config.routes.get("/metrics", ctx -> {
                ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
                ctx.result(metrics.render(stats(store)));
            });
            config.routes.get("/openapi.json", ctx -> {
                ctx.contentType(Routes.JSON_TYPE);
                ctx.result(openapi);
            });
            config.routes.get("/", ctx -> web.serve(ctx, "/"));
            config.routes.get("/<path>", ctx -> web.serve(ctx, ctx.path()));
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(),
                    e.getMessage()));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                if (e.reason() == StoreException.Reason.BAD_QUERY) {
                    error(ctx, 400, "bad-parameter", e.getMessage());
                } else {
                    internal(ctx, e);
                }
            });
            config.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    code(e.getStatus()), e.getStatus() == 404 ? "no route " + ctx.method() + " " + ctx.path()
                            : e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (clientWentAway(e, ctx)) {
                    LOG.debug("{} {}: the client closed the connection mid-answer", ctx.method(), ctx.path());
                } else {
                    internal(ctx, e);
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + options.bind() + ":" + options.port() + ": "
                    + rootMessage(e), e);
        }
        Thread warm = new Thread(() -> {
            try {
                routes.warmUp();
            } catch (RuntimeException e) {
                // the store closed under it (a stop), or cannot be read: the first request will say so
                LOG.debug("warm-up of the whole-store tables stopped: {}", rootMessage(e));
            }
        }, "warta-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
        return new WartaServer(app, options);
    }

    /** The port listened on (the one picked when the options asked for 0). */
    public int port() {
        return app.port();
    }

    /**
     * Stops gracefully: no new connection is accepted, requests in flight get up to {@code stopTimeout} to
     * finish, then the server stops (those still running are cut, and the log says so). Idempotent.
     */
    @Override
    public void close() {
        try {
            app.stop();
        } catch (RuntimeException e) {
            // Jetty stops all the same; it reports the requests the stop timeout cut short
            LOG.warn("requests were still running after the stop timeout ({} ms) and were cut: {}",
                    options.stopTimeout().toMillis(), rootMessage(e));
        }
    }

    /** The route template a request matched ({@code /articles/{id}}), for metrics; {@code (none)} when none. */
    private static String route(Context ctx) {
        try {
            Endpoint endpoint = ctx.endpoint();
            return endpoint == null ? "(none)" : endpoint.path;
        } catch (RuntimeException e) {
            return "(none)";
        }
    }

    /**
     * Whether writing failed because the client left (a page that reads the first events of a stream and cancels
     * the rest): nothing to answer and nothing wrong with the server.
     */
    private static boolean clientWentAway(Throwable e, Context ctx) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EofException || t instanceof IOException && ctx.res().isCommitted()) {
                return true;
            }
        }
        return false;
    }

    private static StoreStats stats(WartaStore store) {
        try {
            return store.stats();
        } catch (RuntimeException e) {
            LOG.warn("store counts unavailable for /metrics", e);
            return null;
        }
    }

    /** A 500: the stack trace to the log under a reference, the reference to the caller. */
    private static void internal(Context ctx, Exception e) {
        String ref = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("{} {} failed (ref {})", ctx.method(), ctx.path(), ref, e);
        error(ctx, 500, "internal", "the server failed to answer; its log has the cause under ref " + ref);
    }

    /** Writes {@code {"error", "message"}}, unless the answer is already on its way (then only the log knows). */
    static void error(Context ctx, int status, String code, String message) {
        if (ctx.res().isCommitted()) {
            LOG.warn("{} {}: {} after the answer had started: {}", ctx.method(), ctx.path(), status, message);
            return;
        }
        ctx.status(status);
        ctx.contentType(Routes.JSON_TYPE);
        ctx.result(errorJson(code, message));
    }

    static String errorJson(String code, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("message", message);
        try {
            return Json.writer().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("two strings always serialise", e);
        }
    }

    /** The contract's error code for a status: a refusal of the request's form is a bad parameter. */
    static String code(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 404 -> "not-found";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 505 -> "bad-parameter";
            default -> status >= 400 && status < 500 ? "bad-parameter" : "internal";
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    private static byte[] resource(String name) {
        try (InputStream in = WartaServer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Errors Jetty answers itself, before a route sees the request (a malformed request line, headers too
     * large): the same {@code {"error", "message"}} JSON, never Jetty's HTML page.
     */
    private static final class JsonErrors extends ErrorHandler {

        @Override
        protected void generateResponse(Request request, Response response, int code, String message,
                                        Throwable cause, Callback callback) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Routes.JSON_TYPE);
            Content.Sink.write(response, true, errorJson(code(code), message == null ? "HTTP " + code : message),
                    callback);
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, Routes.JSON_TYPE);
            return ByteBuffer.wrap(errorJson(code(status), reason == null ? "HTTP " + status : reason)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }
}
