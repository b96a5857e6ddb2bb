package id.warta.app.serve;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web interface's files, served from a folder of the class path (inside the jar): {@code index.html} for
 * {@code /}, the content type from the extension, an ETag so a browser revalidates cheaply (304), and
 * {@code no-cache} on HTML (a new build shows at once) while scripts, styles and data may be kept for five
 * minutes. Only plain paths are served (letters, digits, {@code . _ -} and slashes; no {@code ..}): anything else
 * is a 404, never a look outside the folder. Files are read once and kept; the folder is small.
 */
final class StaticFiles {

    private static final Pattern SAFE = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("geojson", "application/geo+json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private record File(byte[] bytes, String type, String etag) {
    }

    private final String root;
    private final Map<String, Optional<File>> files = new ConcurrentHashMap<>();

    /** Files under this class-path folder ({@code id/warta/app/web}). */
    StaticFiles(String root) {
        this.root = root.endsWith("/") ? root : root + "/";
    }

    /** Answers a GET for {@code path}; 404 ({@link ApiException}) when there is no such file. */
    void serve(Context ctx, String path) {
        String name = path.isEmpty() || path.equals("/") ? "index.html" : path.startsWith("/") ? path.substring(1)
                : path;
        if (!SAFE.matcher(name).matches() || name.contains("..")) {
            throw ApiException.notFound("no such file: " + path);
        }
        File file = files.computeIfAbsent(name, this::load)
                .orElseThrow(() -> ApiException.notFound("no such file or route: " + path));
        ctx.header("ETag", file.etag());
        ctx.header("Cache-Control", file.type().startsWith("text/html") ? "no-cache" : "public, max-age=300");
        String match = ctx.header("If-None-Match");
        if (match != null && match.contains(file.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType(file.type());
        ctx.result(file.bytes());
    }

    private Optional<File> load(String name) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(root + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            int dot = name.lastIndexOf('.');
            String type = TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT),
                    "application/octet-stream");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Optional.of(new File(bytes, type, "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + root + name + " from the class path", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
