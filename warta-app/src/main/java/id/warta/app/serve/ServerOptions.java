package id.warta.app.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;

/**
 * Every option of {@code warta serve}, with its default. Immutable; change one with its {@code with...} method.
 *
 * @param port                  TCP port (default 8080; 0 picks a free one, for tests)
 * @param bind                  address listened on (default {@code 127.0.0.1}: only this machine can connect)
 * @param token                 the bearer token {@code POST /ingest} demands when {@code bind} is not a loopback
 *                              address; null for none (then the server refuses to bind beyond loopback)
 * @param maxBodyBytes          largest request body accepted (default 10 MB); a larger one gets 413 unread
 * @param maxConcurrentRequests requests handled at once (default 32); one more gets 429 at once rather than waiting
 * @param idleTimeout           how long a connection may send or accept nothing before it is closed (default 30 s),
 *                              so a client that stalls mid-request holds no more than a socket for that long
 * @param allowFetch            whether {@code {"url": ...}} without a body makes the server fetch the page (default
 *                              off); when on, only public addresses are fetched (no loopback, private, link-local
 *                              or multicast ones)
 * @param fetchTimeout          time allowed for one fetch, redirects and body included (default 10 s)
 * @param fetchMaxBytes         largest page fetched (default 10 MB)
 * @param stopTimeout           how long a stop waits for requests in flight to finish (default 10 s)
 */
public record ServerOptions(int port, String bind, String token, long maxBodyBytes, int maxConcurrentRequests,
                            Duration idleTimeout, boolean allowFetch, Duration fetchTimeout, long fetchMaxBytes,
                            Duration stopTimeout) {

    public static final ServerOptions DEFAULTS = new ServerOptions(8080, "127.0.0.1", null, 10_000_000L, 32,
            Duration.ofSeconds(30), false, Duration.ofSeconds(10), 10_000_000L, Duration.ofSeconds(10));

    public ServerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must lie in 0..65535: " + port);
        }
        Objects.requireNonNull(bind, "bind");
        if (token != null && token.isBlank()) {
            token = null;
        }
        positive("maxBodyBytes", maxBodyBytes);
        positive("maxConcurrentRequests", maxConcurrentRequests);
        positive("fetchMaxBytes", fetchMaxBytes);
        positive("idleTimeout", idleTimeout);
        positive("fetchTimeout", fetchTimeout);
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        if (stopTimeout.isNegative()) {
            throw new IllegalArgumentException("stopTimeout must not be negative: " + stopTimeout);
        }
    }

    /**
     * Whether {@code bind} reaches beyond this machine: anything but a loopback address (a wildcard such as
     * {@code 0.0.0.0} listens on every interface). A name that does not resolve counts as beyond.
     */
    public boolean bindsBeyondLoopback() {
        try {
            return !InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return true;
        }
    }

    public ServerOptions withPort(int value) {
        return new ServerOptions(value, bind, token, maxBodyBytes, maxConcurrentRequests, idleTimeout, allowFetch,
                fetchTimeout, fetchMaxBytes, stopTimeout);
    }

    public ServerOptions withBind(String value) {
        return new ServerOptions(port, value, token, maxBodyBytes, maxConcurrentRequests, idleTimeout, allowFetch,
                fetchTimeout, fetchMaxBytes, stopTimeout);
    }

    public ServerOptions withToken(String value) {
        return new ServerOptions(port, bind, value, maxBodyBytes, maxConcurrentRequests, idleTimeout, allowFetch,
                fetchTimeout, fetchMaxBytes, stopTimeout);
    }

    public ServerOptions withMaxBodyBytes(long value) {
        return new ServerOptions(port, bind, token, value, maxConcurrentRequests, idleTimeout, allowFetch,
                fetchTimeout, fetchMaxBytes, stopTimeout);
    }

    public ServerOptions withMaxConcurrentRequests(int value) {
        return new ServerOptions(port, bind, token, maxBodyBytes, value, idleTimeout, allowFetch, fetchTimeout,
                fetchMaxBytes, stopTimeout);
    }

    public ServerOptions withIdleTimeout(Duration value) {
        return new ServerOptions(port, bind, token, maxBodyBytes, maxConcurrentRequests, value, allowFetch,
                fetchTimeout, fetchMaxBytes, stopTimeout);
    }

    public ServerOptions withAllowFetch(boolean value) {
        return new ServerOptions(port, bind, token, maxBodyBytes, maxConcurrentRequests, idleTimeout, value,
                fetchTimeout, fetchMaxBytes, stopTimeout);
    }

    public ServerOptions withFetchTimeout(Duration value) {
        return new ServerOptions(port, bind, token, maxBodyBytes, maxConcurrentRequests, idleTimeout, allowFetch,
                value, fetchMaxBytes, stopTimeout);
    }

    public ServerOptions withFetchMaxBytes(long value) {
        return new ServerOptions(port, bind, token, maxBodyBytes, maxConcurrentRequests, idleTimeout, allowFetch,
                fetchTimeout, value, stopTimeout);
    }

    public ServerOptions withStopTimeout(Duration value) {
        return new ServerOptions(port, bind, token, maxBodyBytes, maxConcurrentRequests, idleTimeout, allowFetch,
                fetchTimeout, fetchMaxBytes, value);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
