package id.warta.app.serve;

import id.warta.model.Failure;
import id.warta.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Fetches a page named in a request, for {@code --allow-fetch}: http(s) only, every hop's host checked by
 * {@link AddressPolicy} (redirects are followed here, one at a time, so a public page cannot redirect the server
 * to a private one), at most {@value #MAX_REDIRECTS} redirects, the whole fetch bounded by the fetch timeout and
 * the body by the fetch size cap. A refused address is the caller's error (400); a page that cannot be had
 * (timeout, HTTP error, too large) is a failure record, as for {@code warta analyze URL}.
 *
 * <p>What it cannot rule out: a name whose DNS answer changes between the check and the client's own look-up
 * (DNS rebinding) with a time-to-live of zero. Pinning the address would need a client that connects to an IP
 * while verifying TLS for the name; the window is one look-up wide.
 */
final class Fetcher {

    static final int MAX_REDIRECTS = 5;

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;
    private final String userAgent;
    private final AddressPolicy.Resolver resolver;

    Fetcher(ServerOptions options, String userAgent, AddressPolicy.Resolver resolver) {
        this.timeout = options.fetchTimeout();
        this.maxBytes = options.fetchMaxBytes();
        this.userAgent = userAgent;
        this.resolver = resolver;
        this.client = HttpClient.newBuilder()
                .connectTimeout(options.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The page at {@code url}, or a failure record; throws {@link ApiException} for a URL it must not fetch. */
    RawDocument fetch(String url) {
        URI uri = httpUri(url, url);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int hop = 0; ; hop++) {
            AddressPolicy.check(uri.getHost(), resolver);
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return failed(url, "timeout", "fetching " + url + " took longer than " + timeout.toSeconds() + " s");
            }
            HttpRequest request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofNanos(left))
                    .header("User-Agent", userAgent)
                    .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9")
                    .build();
            HttpResponse<InputStream> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (HttpTimeoutException e) {
                return failed(url, "timeout", "fetching " + url + " took longer than " + timeout.toSeconds() + " s");
            } catch (IOException e) {
                return failed(url, "network", "cannot fetch " + uri + ": " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(url, "interrupted", "interrupted while fetching " + uri);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                close(response);
                Optional<String> location = response.headers().firstValue("Location");
                if (location.isEmpty()) {
                    return failed(url, "http-" + status, uri + " answered " + status + " without a Location");
                }
                if (hop == MAX_REDIRECTS) {
                    return failed(url, "too-many-redirects", "more than " + MAX_REDIRECTS + " redirects from " + url);
                }
                uri = httpUri(uri.resolve(location.get().trim()).toString(), url);
                continue;
            }
            if (status < 200 || status > 299) {
                close(response);
                return failed(url, "http-" + status, uri + " answered HTTP " + status);
            }
            try (InputStream in = response.body()) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    return failed(url, "too-large", uri + " is larger than the fetch limit of " + maxBytes
                            + " bytes");
                }
                return RawDocument.of(url, uri.toString(), bytes,
                        response.headers().firstValue("Content-Type").orElse(null));
            } catch (IOException e) {
                return failed(url, "network", "reading " + uri + " failed: " + e);
            }
        }
    }

    private static URI httpUri(String value, String asked) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw ApiException.badParameter("not a valid URL: " + asked);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw ApiException.badParameter("only http and https URLs with a host are fetched: " + value
                    + (value.equals(asked) ? "" : " (a redirect from " + asked + ")"));
        }
        return uri;
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // the connection is dropped either way
        }
    }

    private static RawDocument failed(String url, String code, String message) {
        return RawDocument.failed(url, url, Failure.of(code, message));
    }
}
