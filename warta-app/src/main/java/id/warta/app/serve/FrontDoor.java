package id.warta.app.serve;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.concurrent.Semaphore;

/**
 * What every request meets before the routes: the security headers of every answer, and the concurrency limit.
 * Past {@code maxConcurrentRequests} a request is answered 429 at once: on a small machine, queueing requests
 * behind a slow search only makes every caller wait longer. {@code /health} is exempt, so a monitor still sees a
 * busy server as alive. Lives at the Jetty level so that the limit counts a request from its first byte to its
 * last, static files and errors included.
 */
final class FrontDoor extends Handler.Wrapper {

    /**
     * Only this origin's scripts, styles, images and fonts; no inline script, no plugins, no framing, no
     * {@code <base>}: text from articles shown in the page can never run.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static final String TOO_MANY = "{\"error\":\"too-many-requests\",\"message\":\"the server is handling "
            + "as many requests as it is allowed to (--max-concurrent); retry shortly\"}";

    private final Semaphore permits;
    private final Metrics metrics;

    FrontDoor(int maxConcurrentRequests, Metrics metrics) {
        this.permits = new Semaphore(maxConcurrentRequests);
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        var headers = response.getHeaders();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        if ("/health".equals(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        if (!permits.tryAcquire()) {
            metrics.rejected();
            response.setStatus(429);
            headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            headers.put(HttpHeader.RETRY_AFTER, "1");
            Content.Sink.write(response, true, TOO_MANY, callback);
            return true;
        }
        metrics.started();
        Callback release = Callback.from(callback, () -> {
            metrics.finished();
            permits.release();
        });
        boolean handled;
        try {
            handled = super.handle(request, response, release);
        } catch (Throwable t) {
            metrics.finished();
            permits.release();
            throw t;
        }
        if (!handled) {
            metrics.finished();
            permits.release();
        }
        return handled;
    }
}
