package id.warta.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.warta.model.Failure;
import id.warta.model.Format;
import id.warta.model.RawDocument;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns request bodies into documents: {@code text/html} (or XHTML), {@code text/plain}, {@code application/json}
 * {@code {"html"|"text", "url"?}} and, for ingest, {@code application/x-ndjson} (one such object a line). The body
 * is read up to the size cap and no further: a declared length over it is refused before a byte is read, an
 * undeclared (chunked) one as soon as it passes the cap.
 */
final class Bodies {

    static final String HTML = "text/html";
    static final String XHTML = "application/xhtml+xml";
    static final String TEXT = "text/plain";
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ServerOptions options;
    private final Fetcher fetcher;

    Bodies(ServerOptions options, Fetcher fetcher) {
        this.options = options;
        this.fetcher = fetcher;
    }

    /** One document from a request body of any accepted type but JSON Lines. */
    RawDocument one(Context ctx) {
        String type = mediaType(ctx);
        return switch (type) {
            case HTML, XHTML, TEXT -> raw(ctx, type);
            case JSON -> fromJson(object(read(ctx), "the body"), "request");
            default -> throw unsupported(type, false);
        };
    }

    /**
     * The documents of an ingest body: one, as for {@link #one}, or one per line of JSON Lines. A line that is not
     * a document becomes a failure record (stored as an error, listed in the answer), so one bad line does not
     * cost the others.
     */
    List<RawDocument> many(Context ctx) {
        String type = mediaType(ctx);
        if (!type.equals(NDJSON)) {
            if (type.equals(HTML) || type.equals(XHTML) || type.equals(TEXT) || type.equals(JSON)) {
                return List.of(one(ctx));
            }
            throw unsupported(type, true);
        }
        String body = new String(read(ctx), StandardCharsets.UTF_8);
        List<RawDocument> documents = new ArrayList<>();
        int line = 0;
        for (String text : body.split("\r?\n", -1)) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String input = "request#" + line;
            JsonNode node;
            try {
                node = MAPPER.readTree(text);
            } catch (IOException e) {
                documents.add(RawDocument.failed(input, null, Failure.of("bad-json", "line " + line
                        + " is not JSON")));
                continue;
            }
            if (node == null || !node.isObject()) {
                documents.add(RawDocument.failed(input, null, Failure.of("bad-record", "line " + line
                        + " is not a JSON object")));
                continue;
            }
            try {
                documents.add(fromJson(node, input));
            } catch (ApiException e) {
                String url = node.path("url").isTextual() ? node.path("url").asText() : null;
                documents.add(RawDocument.failed(input, url, Failure.of("bad-record", "line " + line + ": "
                        + e.getMessage())));
            }
        }
        return documents;
    }

    /** The body's media type, lower case, without parameters; 415 when the request names none. */
    private static String mediaType(Context ctx) {
        String header = ctx.header("Content-Type");
        if (header == null || header.isBlank()) {
            throw ApiException.unsupportedMediaType("the request has no Content-Type; send text/html, text/plain or "
                    + "application/json (or application/x-ndjson to /ingest)");
        }
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static ApiException unsupported(String type, boolean lines) {
        return ApiException.unsupportedMediaType("cannot read a body of type " + type + "; send text/html, "
                + "text/plain or application/json" + (lines ? " or application/x-ndjson" : ""));
    }

    /** A raw page or text; its URL, when known, comes as the {@code url} query parameter. */
    private RawDocument raw(Context ctx, String type) {
        String url = ctx.queryParam("url");
        byte[] bytes = read(ctx);
        Format format = type.equals(TEXT) ? Format.TEXT : Format.HTML;
        return new RawDocument(url == null ? "request" : url, url, bytes, ctx.header("Content-Type"), format,
                null);
    }

    private RawDocument fromJson(JsonNode node, String input) {
        JsonNode url = node.get("url");
        if (url != null && !url.isNull() && !url.isTextual()) {
            throw ApiException.badParameter("\"url\" must be a string");
        }
        String u = url == null || url.isNull() ? null : url.asText();
        for (String field : new String[] {"html", "text"}) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual()) {
                throw ApiException.badParameter("\"" + field + "\" must be a string");
            }
            return new RawDocument(u == null ? input : u, u, value.asText().getBytes(StandardCharsets.UTF_8),
                    "text/" + (field.equals("html") ? "html" : "plain") + "; charset=utf-8",
                    field.equals("html") ? Format.HTML : Format.TEXT, null);
        }
        if (u == null) {
            throw ApiException.badParameter("a JSON body needs \"html\" or \"text\" (and may give \"url\")");
        }
        if (!options.allowFetch()) {
            throw ApiException.badParameter("the body gives only a URL, and this server does not fetch URLs "
                    + "(start it with --allow-fetch); send the page as \"html\" or \"text\"");
        }
        return fetcher.fetch(u);
    }

    private static JsonNode object(byte[] body, String what) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badParameter(what + " is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badParameter(what + " must be a JSON object");
        }
        return node;
    }

    /** The whole body, refused with 413 past the cap without reading further. */
    byte[] read(Context ctx) {
        long cap = options.maxBodyBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > cap) {
            throw tooLarge(declared + " bytes", cap);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
            if (bytes.length > cap) {
                throw tooLarge("more than " + cap + " bytes", cap);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badParameter("the request body could not be read: " + e.getMessage());
        }
    }

    private static ApiException tooLarge(String size, long cap) {
        return ApiException.tooLarge("the request body (" + size + ") is larger than this server accepts ("
                + cap + " bytes; --max-body)");
    }
}
