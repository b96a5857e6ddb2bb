package id.warta.source;

import id.warta.WartaOptions;
import id.warta.model.Failure;
import id.warta.model.RawDocument;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One page fetched over HTTP(S). Redirects are followed here rather than by the client, so that the chain is
 * capped at maxRedirects, loops are named, and the final URL is known. requestTimeout bounds the whole fetch,
 * redirects and body included; the body is read as it arrives and dropped once it passes maxBytes (a gzip body
 * is capped again when unpacked). Every way a fetch goes wrong is a failure record: {@code timeout},
 * {@code network} (refused, unknown host, TLS), {@code http-<status>}, {@code too-many-redirects},
 * {@code too-large}, {@code bad-gzip}, {@code bad-encoding}, {@code bad-url}, {@code interrupted}.
 */
final class UrlSource {

    private static final String ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5";

    private final String input;
    private final WartaOptions options;
    private final Supplier<HttpClient> client;

    UrlSource(String input, WartaOptions options, Supplier<HttpClient> client) {
        this.input = input;
        this.options = options;
        this.client = client;
    }

    /** A client for these options. It follows no redirect itself. */
    static HttpClient newClient(WartaOptions options) {
        return HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Fetches the page. Never throws for a bad URL or a bad server: the failure is in the record. */
    RawDocument fetch() {
        URI uri;
        try {
            uri = new URI(input.trim());
        } catch (java.net.URISyntaxException e) {
            return failed(input, "bad-url", "not a valid URL: " + e.getMessage());
        }
        if (uri.getHost() == null) {
            return failed(input, "bad-url", "not a valid URL, it names no host: " + input);
        }
        long deadline = System.nanoTime() + options.requestTimeout().toNanos();
        List<URI> chain = new ArrayList<>();
        chain.add(uri);
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return timedOut(uri);
            }
            HttpResponse<Body> response;
            CompletableFuture<HttpResponse<Body>> exchange;
            try {
                HttpRequest request = HttpRequest.newBuilder(uri)
                        .GET()
                        .timeout(Duration.ofNanos(remaining))
                        .header("User-Agent", options.userAgent())
                        .header("Accept", ACCEPT)
                        .header("Accept-Encoding", "gzip")
                        .build();
                exchange = client.get().sendAsync(request, this::body);
            } catch (IllegalArgumentException e) {
                return failed(uri.toString(), "bad-url", "cannot request " + uri + ": " + e.getMessage());
            }
            try {
                response = exchange.get(remaining, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                exchange.cancel(true);
                return timedOut(uri);
            } catch (InterruptedException e) {
                exchange.cancel(true);
                Thread.currentThread().interrupt();
                return failed(uri.toString(), "interrupted", "interrupted while fetching " + uri);
            } catch (ExecutionException e) {
                return transportFailure(uri, e.getCause());
            }
            int status = response.statusCode();
            if (redirect(status)) {
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return failed(uri.toString(), "http-" + status, uri + " answered " + status
                            + " without a Location to go to");
                }
                URI next;
                try {
                    next = uri.resolve(location.get().trim());
                } catch (IllegalArgumentException e) {
                    return failed(uri.toString(), "bad-url", uri + " redirects to an invalid URL: " + location.get());
                }
                String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
                if (!scheme.equals("http") && !scheme.equals("https")) {
                    return failed(uri.toString(), "bad-url", uri + " redirects to a non-HTTP URL: " + next);
                }
                if (chain.contains(next)) {
                    chain.add(next);
                    return failed(uri.toString(), "too-many-redirects", "redirect loop: " + arrows(chain));
                }
                chain.add(next);
                if (chain.size() - 1 > options.maxRedirects()) {
                    return failed(uri.toString(), "too-many-redirects", "more than " + options.maxRedirects()
                            + " redirects (maxRedirects): " + arrows(chain));
                }
                uri = next;
                continue;
            }
            if (status < 200 || status > 299) {
                return failed(uri.toString(), "http-" + status, uri + " answered HTTP " + status);
            }
            return page(uri, response);
        }
    }

    private RawDocument page(URI uri, HttpResponse<Body> response) {
        Body body = response.body();
        if (body.tooLarge()) {
            return failed(uri.toString(), "too-large", uri + " sent more than " + options.maxBytes()
                    + " bytes (maxBytes)");
        }
        String encoding = response.headers().firstValue("Content-Encoding").orElse("identity")
                .trim().toLowerCase(Locale.ROOT);
        byte[] bytes = body.bytes();
        if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = Bounded.read(in, options.maxBytes());
            } catch (EOFException | ZipException e) {
                return failed(uri.toString(), "bad-gzip", uri + " sent gzip data that is truncated or corrupt: "
                        + Bounded.describe(e));
            } catch (IOException e) {
                return failed(uri.toString(), "bad-gzip", uri + " sent gzip data that cannot be unpacked: "
                        + Bounded.describe(e));
            }
            if (bytes == null) {
                return failed(uri.toString(), "too-large", uri + " sent gzip data that unpacks to more than "
                        + options.maxBytes() + " bytes (maxBytes)");
            }
        } else if (!encoding.equals("identity") && !encoding.isEmpty()) {
            return failed(uri.toString(), "bad-encoding", uri + " sent Content-Encoding " + encoding
                    + ", which is not supported");
        }
        return RawDocument.of(input, uri.toString(), bytes,
                response.headers().firstValue("Content-Type").orElse(null));
    }

    private static boolean redirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String arrows(List<URI> chain) {
        StringBuilder sb = new StringBuilder();
        for (URI u : chain) {
            sb.append(sb.length() == 0 ? "" : " -> ").append(u);
        }
        return sb.toString();
    }

    /** The body of a 2xx answer, read under the cap; the bodies of redirects and errors are discarded. */
    private HttpResponse.BodySubscriber<Body> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return HttpResponse.BodySubscribers.replacing(new Body(new byte[0], false));
        }
        return new CappedBody(Bounded.cap(options.maxBytes()));
    }

    private RawDocument timedOut(URI uri) {
        return failed(uri.toString(), "timeout", "no complete answer from " + uri + " within "
                + Bounded.human(options.requestTimeout()) + " (requestTimeout)");
    }

    private RawDocument transportFailure(URI uri, Throwable cause) {
        Throwable e = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (e instanceof HttpConnectTimeoutException) {
            return failed(uri.toString(), "timeout", "could not connect to " + uri.getHost() + " within "
                    + Bounded.human(options.connectTimeout()) + " (connectTimeout)");
        }
        if (e instanceof HttpTimeoutException) {
            return timedOut(uri);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return failed(uri.toString(), "network", "unknown host " + uri.getHost());
            }
        }
        if (e instanceof ConnectException) {
            return failed(uri.toString(), "network", "cannot connect to " + uri.getHost()
                    + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + ": " + Bounded.describe(e));
        }
        return failed(uri.toString(), "network", "fetching " + uri + " failed: " + Bounded.describe(e));
    }

    private RawDocument failed(String url, String code, String message) {
        return RawDocument.failed(input, url, Failure.of(code, message));
    }

    /** A response body, or the sign that it passed the cap. */
    private record Body(byte[] bytes, boolean tooLarge) {
    }

    /** Collects a body as it arrives, and cancels the transfer as soon as it passes the cap. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<Body> {

        private final int cap;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<Body> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        CappedBody(int cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<Body> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if ((long) out.size() + b.remaining() > cap) {
                    result.complete(new Body(null, true));
                    subscription.cancel();
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable t) {
            result.completeExceptionally(t);
        }

        @Override
        public void onComplete() {
            result.complete(new Body(out.toByteArray(), false));
        }
    }
}
