package id.warta.source;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.warta.WartaOptions;
import id.warta.model.Failure;
import id.warta.model.Format;
import id.warta.model.RawDocument;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import java.util.zip.ZipException;

/**
 * A JSON Lines dump: one object per line, {@code {"url": ..., "html": ...}} or {@code {"url": ..., "text": ...}},
 * with an optional {@code contentType}. Each line becomes one document named {@code name#line}; {@code html} wins
 * when a line has both. Blank lines are skipped. A line that is not a JSON object ({@code bad-json}), lacks both
 * fields or has a field of the wrong type ({@code bad-record}), or is longer than maxBytes ({@code too-large})
 * becomes a failure record and the next line is read. A stream that breaks (truncated gzip) ends the dump with a
 * last failure record.
 */
final class JsonLines implements Iterator<RawDocument> {

    private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    // a page may be as long as maxBytes; the line length is capped before parsing
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final String name;
    private final LineReader lines;
    private final long maxBytes;
    private RawDocument next;
    private boolean done;

    private JsonLines(String name, InputStream in, WartaOptions options) {
        this.name = name;
        this.maxBytes = options.maxBytes();
        this.lines = new LineReader(in, Bounded.cap(options.maxBytes()));
    }

    /** The documents of a dump, read lazily; closing the stream closes {@code in} when {@code owned}. */
    static Stream<RawDocument> stream(String name, InputStream in, WartaOptions options, boolean owned) {
        return Documents.stream(new JsonLines(name, in, options), in, owned);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !done) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public RawDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RawDocument d = next;
        next = null;
        return d;
    }

    private RawDocument advance() {
        while (true) {
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (EOFException | ZipException e) {
                done = true;
                return failed(lines.number() + 1, null, "bad-gzip", name + " is not valid gzip data, it breaks off"
                        + " at line " + (lines.number() + 1) + " (truncated or corrupt): " + Bounded.describe(e));
            } catch (IOException e) {
                done = true;
                return failed(lines.number() + 1, null, "io", "cannot read " + name + " after line "
                        + lines.number() + ": " + Bounded.describe(e));
            }
            if (line == null) {
                done = true;
                return null;
            }
            if (line.tooLong()) {
                return failed(line.number(), null, "too-large", "line " + line.number() + " of " + name
                        + " is longer than " + maxBytes + " bytes (maxBytes)");
            }
            if (!line.blank()) {
                return parse(line);
            }
        }
    }

    private RawDocument parse(LineReader.Line line) {
        long n = line.number();
        JsonNode node;
        try {
            node = JSON.readTree(line.bytes());
        } catch (JsonProcessingException e) {
            return failed(n, null, "bad-json", "line " + n + " of " + name + " is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            return failed(n, null, "bad-json", "line " + n + " of " + name + " cannot be parsed: "
                    + Bounded.describe(e));
        }
        if (node == null || !node.isObject()) {
            return failed(n, null, "bad-json", "line " + n + " of " + name + " is JSON but not an object");
        }
        JsonNode url = node.get("url");
        if (url != null && !url.isNull() && !url.isTextual()) {
            return failed(n, null, "bad-record", "line " + n + " of " + name + ": \"url\" is not a string");
        }
        String u = url != null && url.isTextual() ? url.asText() : null;
        JsonNode type = node.get("contentType");
        if (type != null && !type.isNull() && !type.isTextual()) {
            return failed(n, u, "bad-record", "line " + n + " of " + name + ": \"contentType\" is not a string");
        }
        JsonNode html = node.get("html");
        JsonNode text = node.get("text");
        Format format;
        String content;
        if (html != null && html.isTextual()) {
            format = Format.HTML;
            content = html.asText();
        } else if (text != null && text.isTextual()) {
            format = Format.TEXT;
            content = text.asText();
        } else {
            return failed(n, u, "bad-record", "line " + n + " of " + name
                    + " has neither an \"html\" nor a \"text\" string");
        }
        String mediaType = type != null && type.isTextual() ? type.asText().split(";", 2)[0].trim() : "";
        if (mediaType.isEmpty()) {
            mediaType = format == Format.HTML ? "text/html" : "text/plain";
        }
        // the JSON text is already decoded: its bytes are UTF-8 whatever charset the original page declared
        return new RawDocument(name + "#" + n, u, content.getBytes(StandardCharsets.UTF_8),
                mediaType + "; charset=UTF-8", format, null);
    }

    private RawDocument failed(long line, String url, String code, String message) {
        return RawDocument.failed(name + "#" + line, url, Failure.of(code, message));
    }
}
