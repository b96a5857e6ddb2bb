package id.warta;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Every tunable of the pipeline, with its documented default. Immutable: change a value with a {@code with...}
 * method, which returns a copy. Arguments are checked eagerly; a bad value is a programming error and throws
 * {@link IllegalArgumentException}.
 *
 * @param maxBytes       largest input accepted, after gunzip; larger inputs become {@code too-large} errors.
 *                       Default 32 MiB.
 * @param maxDepth       deepest element nesting accepted in a page; deeper pages become {@code too-deep} errors.
 *                       Default 2,000 (real news pages stay below 100).
 * @param connectTimeout time allowed to open an HTTP connection. Default 10 s.
 * @param requestTimeout time allowed for a whole HTTP exchange, body included. Default 30 s.
 * @param maxRedirects   HTTP redirects followed before giving up with a {@code too-many-redirects} error.
 *                       Default 5.
 * @param userAgent      the User-Agent sent with HTTP requests.
 * @param defaultZone    zone assumed for date-times that carry no offset and no zone word (WIB, GMT...).
 *                       Default UTC; Indonesian pages use WIB ({@code Asia/Jakarta}) instead.
 * @param clock          the clock "now" is read from; dates after now are rejected as not yet published.
 * @param maxAnalysedChars longest stretch of an article's text that analysis reads, from its start; the rest is
 *                       left out (cut at a space when one is near) and the record says how much was read. Keeps
 *                       the memory of one document bounded. Default 1,048,576 characters (news articles stay below
 *                       50,000).
 */
public record WartaOptions(long maxBytes, int maxDepth, Duration connectTimeout, Duration requestTimeout,
                           int maxRedirects, String userAgent, ZoneId defaultZone, Clock clock,
                           int maxAnalysedChars) {

    /** The User-Agent sent unless told otherwise. */
    public static final String DEFAULT_USER_AGENT = "Warta/0.1 (news article extractor; +https://warta.id/bot)";

    private static final WartaOptions DEFAULTS = new WartaOptions(32L << 20, 2000, Duration.ofSeconds(10),
            Duration.ofSeconds(30), 5, DEFAULT_USER_AGENT, ZoneId.of("UTC"), Clock.systemUTC(), 1 << 20);

    public WartaOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (maxDepth < 16) {
            throw new IllegalArgumentException("maxDepth must be at least 16: " + maxDepth);
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(requestTimeout, "requestTimeout");
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("userAgent must not be blank");
        }
        Objects.requireNonNull(defaultZone, "defaultZone");
        Objects.requireNonNull(clock, "clock");
        if (maxAnalysedChars <= 0) {
            throw new IllegalArgumentException("maxAnalysedChars must be positive: " + maxAnalysedChars);
        }
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration: " + d);
        }
    }

    /** The defaults documented on each component. */
    public static WartaOptions defaults() {
        return DEFAULTS;
    }

    public WartaOptions withMaxBytes(long value) {
        return new WartaOptions(value, maxDepth, connectTimeout, requestTimeout, maxRedirects, userAgent,
                defaultZone, clock, maxAnalysedChars);
    }

    public WartaOptions withMaxDepth(int value) {
        return new WartaOptions(maxBytes, value, connectTimeout, requestTimeout, maxRedirects, userAgent,
                defaultZone, clock, maxAnalysedChars);
    }

    public WartaOptions withConnectTimeout(Duration value) {
        return new WartaOptions(maxBytes, maxDepth, value, requestTimeout, maxRedirects, userAgent, defaultZone,
                clock, maxAnalysedChars);
    }

    public WartaOptions withRequestTimeout(Duration value) {
        return new WartaOptions(maxBytes, maxDepth, connectTimeout, value, maxRedirects, userAgent, defaultZone,
                clock, maxAnalysedChars);
    }

    public WartaOptions withMaxRedirects(int value) {
        return new WartaOptions(maxBytes, maxDepth, connectTimeout, requestTimeout, value, userAgent, defaultZone,
                clock, maxAnalysedChars);
    }

    public WartaOptions withUserAgent(String value) {
        return new WartaOptions(maxBytes, maxDepth, connectTimeout, requestTimeout, maxRedirects, value,
                defaultZone, clock, maxAnalysedChars);
    }

    public WartaOptions withDefaultZone(ZoneId value) {
        return new WartaOptions(maxBytes, maxDepth, connectTimeout, requestTimeout, maxRedirects, userAgent, value,
                clock, maxAnalysedChars);
    }

    public WartaOptions withClock(Clock value) {
        return new WartaOptions(maxBytes, maxDepth, connectTimeout, requestTimeout, maxRedirects, userAgent,
                defaultZone, value, maxAnalysedChars);
    }

    public WartaOptions withMaxAnalysedChars(int value) {
        return new WartaOptions(maxBytes, maxDepth, connectTimeout, requestTimeout, maxRedirects, userAgent,
                defaultZone, clock, value);
    }
}
