package id.warta.source;

import id.warta.WartaOptions;
import id.warta.extract.FormatDetector;
import id.warta.model.Failure;
import id.warta.model.Format;
import id.warta.model.RawDocument;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * A WARC file ({@code .warc}, or {@code .warc.gz} with a gzip member per record or one for the whole file), read
 * one record at a time from a stream that need not be seekable. Each {@code response} record with an HTML payload
 * becomes one document named {@code name#offset} (the record's byte offset in the file as stored, so a reader can
 * seek to it), with the record's target URI, its WARC-Date as the fetch time, the HTTP Content-Type, and the HTTP
 * body with chunking and Content-Encoding undone. Other record types ({@code request}, {@code metadata},
 * {@code warcinfo}, {@code revisit}...) are not documents and are skipped.
 * <p>
 * A response that is not a page becomes a failure record and the next record is read: {@code not-html},
 * {@code http-<status>} for a non-2xx answer, {@code too-large} (the body is skipped, not buffered),
 * {@code bad-gzip}/{@code bad-encoding} for a Content-Encoding that cannot be undone, {@code bad-warc} for a
 * malformed HTTP header. A file that breaks ends with one last failure record: {@code truncated} when it stops
 * short (a cut gzip member, a record longer than the file, a record whose Content-Length does not meet its end),
 * {@code bad-warc} when it is not a WARC or a record header is malformed, {@code io} when the stream fails. A file
 * with no response record at all gives one {@code empty} record, so every file leaves a trace.
 */
final class WarcSource implements Iterator<RawDocument> {

    /** Bytes looked at to tell HTML from other payloads when the Content-Type is missing. */
    private static final int SNIFF = 4096;
    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);

    private final String name;
    private final InputStream in;
    private final WartaOptions options;
    private final Deque<RawDocument> ready = new ArrayDeque<>();
    private WarcReader reader;
    /**
     * The document of the record read last. It is handed out only once the reader has passed the record's end:
     * a record whose Content-Length lies is found out there, and must not pass for a good page.
     */
    private RawDocument held;
    /** The offset of the record read last, or -1 before the first. */
    private long lastOffset = -1;
    private boolean trailerBroken;
    private boolean done;
    private boolean any;

    private WarcSource(String name, InputStream in, WartaOptions options) {
        this.name = name;
        this.in = in;
        this.options = options;
    }

    /** The documents of a WARC stream, read lazily; closing the stream closes {@code in} when {@code owned}. */
    static Stream<RawDocument> stream(String name, InputStream in, WartaOptions options, boolean owned) {
        return Documents.stream(new WarcSource(name, in, options), in, owned);
    }

    /**
     * Whether bytes that start a stream start a WARC file, plain or in a gzip member: what standard input is
     * told apart by, having no name.
     */
    static boolean starts(byte[] head) {
        byte[] start = head;
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
                start = in.readNBytes(MAGIC.length);
            } catch (IOException e) {
                return false;
            }
        }
        return Arrays.equals(start, 0, Math.min(start.length, MAGIC.length), MAGIC, 0, MAGIC.length);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !done) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public RawDocument next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.poll();
    }

    /** Reads one record, queueing what it gives; sets {@code done} at the end of the file or when it breaks. */
    private void step() {
        if (reader == null && !open()) {
            return;
        }
        Optional<WarcRecord> record;
        try {
            trailerBroken = false;
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            if (trailerBroken) {
                // the reader resynchronised after a bad record end and then met the garbage that follows
                lyingLength();
                return;
            }
            // reading the last record's rest or the next header failed; the reader moves its position only
            // after the last record's end was read, so an unchanged position means that record is broken
            boolean inLast = lastOffset >= 0 && reader.position() == lastOffset;
            if (!inLast) {
                release();
            }
            held = null;
            broken(e, inLast ? lastOffset : reader.position());
            return;
        }
        if (trailerBroken) {
            lyingLength();
            return;
        }
        release();
        if (record.isEmpty()) {
            done = true;
            if (!any) {
                emit(RawDocument.failed(name, null, Failure.of("empty", lastOffset < 0
                        ? name + " has no WARC records" : name + " has no response records, only requests,"
                        + " metadata or other records that are not documents")));
            }
            return;
        }
        lastOffset = reader.position();
        if (record.get() instanceof WarcResponse response && http(response)) {
            read(response);
        }
    }

    /** The last record does not end where its Content-Length says: neither it nor what follows can be trusted. */
    private void lyingLength() {
        held = null;
        finish("truncated", "the record at offset " + lastOffset + " of " + name + " does not end where its"
                + " Content-Length says (a lying Content-Length or a record cut short); the rest of the file is"
                + " not read", lastOffset);
    }

    /** Opens the reader, which looks at the first bytes for gzip; false (and a failure record) when it cannot. */
    private boolean open() {
        try {
            reader = new WarcReader(in);
        } catch (IOException | RuntimeException e) {
            broken(e, 0);
            return false;
        }
        // the reader recovers from a record that does not end in CRLF CRLF by resynchronising, and only warns;
        // here that record and the rest of the file are not to be trusted
        reader.onWarning(warning -> trailerBroken |= warning.contains("trailer"));
        return true;
    }

    /** Whether a response record carries HTTP (not DNS or Gemini, which are not pages). */
    private static boolean http(WarcResponse response) {
        Optional<String> type = response.headers().first("Content-Type");
        if (type.isPresent()) {
            return base(type.get()).equals("application/http");
        }
        String target = response.target();
        String scheme = target == null ? "" : target.toLowerCase(Locale.ROOT);
        return scheme.startsWith("http:") || scheme.startsWith("https:");
    }

    /** The document of one response, or its failure; a record that breaks off ends the file. */
    private void read(WarcResponse response) {
        String input = name + "#" + lastOffset;
        String url = response.target();
        OffsetDateTime fetched = fetched(response);
        try {
            HttpResponse http = response.http();
            int status = http.status();
            if (status < 200 || status > 299) {
                held = failed(input, url, fetched, "http-" + status, (url == null ? "the page" : url)
                        + " answered HTTP " + status + " when it was crawled");
                return;
            }
            String contentType = http.headers().first("Content-Type").filter(t -> !t.isBlank()).orElse(null);
            if (contentType != null && !html(contentType)) {
                held = failed(input, url, fetched, "not-html", (url == null ? "the payload" : url) + " is "
                        + base(contentType) + ", not an HTML page");
                return;
            }
            byte[] bytes = body(http, input, url, fetched);
            if (bytes == null) {
                return;
            }
            if (contentType == null && !looksLikeHtml(bytes)) {
                held = failed(input, url, fetched, "not-html", (url == null ? "the payload" : url)
                        + " has no Content-Type and does not look like an HTML page");
                return;
            }
            held = new RawDocument(input, url, bytes, contentType, null, null, fetched);
        } catch (EOFException e) {
            done = true;
            emit(failed(input, url, fetched, "truncated", truncated(lastOffset) + Bounded.describe(e)));
        } catch (IOException | RuntimeException e) {
            // a malformed HTTP header or chunk: the record's own length still tells where the next one starts,
            // and if the file itself is broken, reading on says so
            held = failed(input, url, fetched, "bad-warc", "the HTTP response in the record at offset " + lastOffset
                    + " of " + name + " is malformed: " + Bounded.describe(e));
        }
    }

    /**
     * The HTTP body with Content-Encoding undone, or {@code null} when a failure is held instead. The payload is
     * read under the maxBytes cap; the reader skips whatever is left of the record without keeping it.
     */
    private byte[] body(HttpResponse http, String input, String url, OffsetDateTime fetched) throws IOException {
        MessageBody body = http.body();
        String what = url == null ? "the payload at offset " + lastOffset + " of " + name : url;
        long size = size(body);
        if (size > options.maxBytes()) {
            held = failed(input, url, fetched, "too-large", what + " has " + size + " bytes, more than "
                    + options.maxBytes() + " (maxBytes)");
            return null;
        }
        byte[] raw = Bounded.read(body.stream(), options.maxBytes());
        if (raw == null) {
            held = failed(input, url, fetched, "too-large", what + " has more than " + options.maxBytes()
                    + " bytes (maxBytes)");
            return null;
        }
        List<String> encodings = http.headers().all("Content-Encoding");
        String encoding = encodings.isEmpty() ? "identity"
                : String.join(",", encodings).trim().toLowerCase(Locale.ROOT);
        InputStream decoded;
        switch (encoding) {
            case "identity", "none", "" -> {
                return raw;
            }
            case "gzip", "x-gzip" -> decoded = new GZIPInputStream(new ByteArrayInputStream(raw));
            // servers send zlib-wrapped deflate as the standard says, some raw deflate as old browsers accepted
            case "deflate" -> decoded = new InflaterInputStream(new ByteArrayInputStream(raw),
                    new Inflater(raw.length < 2 || !zlibHeader(raw)));
            default -> {
                held = failed(input, url, fetched, "bad-encoding", what + " was sent with Content-Encoding "
                        + encoding + ", which is not supported");
                return null;
            }
        }
        byte[] bytes;
        try (InputStream unpacking = decoded) {
            bytes = Bounded.read(unpacking, options.maxBytes());
        } catch (EOFException | ZipException e) {
            held = failed(input, url, fetched, "bad-gzip", what + " was sent " + encoding + "-encoded, and the"
                    + " data is truncated or corrupt: " + Bounded.describe(e));
            return null;
        }
        if (bytes == null) {
            held = failed(input, url, fetched, "too-large", what + " unpacks to more than " + options.maxBytes()
                    + " bytes (maxBytes)");
        }
        return bytes;
    }

    /** The payload's length when the record tells it (not for a chunked body), else -1. */
    private static long size(MessageBody body) {
        try {
            return body.size();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static boolean zlibHeader(byte[] b) {
        int cmf = b[0] & 0xFF;
        int flg = b[1] & 0xFF;
        return (cmf & 0x0F) == 8 && (cmf * 256 + flg) % 31 == 0;
    }

    private static boolean html(String contentType) {
        String base = base(contentType);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String base(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** Markup at the start, as the format detector sees it; Latin-1 keeps the ASCII tags of any ASCII charset. */
    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        if (head.startsWith("\u00EF\u00BB\u00BF")) {
            head = head.substring(3);
        }
        return FormatDetector.detect(head, null) == Format.HTML;
    }

    /** The record's WARC-Date in UTC, or {@code null} when it is missing or not a date. */
    private static OffsetDateTime fetched(WarcRecord record) {
        Optional<String> date = record.headers().first("WARC-Date");
        if (date.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(date.get().trim()).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The file cannot be read on from here: one last failure record saying why. */
    private void broken(Throwable e, long offset) {
        String at = " at offset " + offset + " of " + name;
        if (e instanceof EOFException) {
            finish("truncated", truncated(offset) + Bounded.describe(e), offset);
        } else if (e instanceof ParsingException || e instanceof ZipException || e instanceof RuntimeException) {
            finish("bad-warc", offset == 0 && !any ? name + " is not a WARC file: " + Bounded.describe(e)
                    : "malformed WARC data" + at + "; the rest of the file is not read: " + Bounded.describe(e),
                    offset);
        } else {
            finish("io", "cannot read " + name + at + ": " + Bounded.describe(e), offset);
        }
    }

    private String truncated(long offset) {
        return name + " breaks off in the record at offset " + offset + " (a cut file or gzip member, or a"
                + " Content-Length longer than the record); the rest of the file is lost: ";
    }

    private void finish(String code, String message, long offset) {
        done = true;
        emit(RawDocument.failed(name + "#" + offset, null, Failure.of(code, message)));
    }

    /** Hands out the held document: the reader has passed its record's end. */
    private void release() {
        if (held != null) {
            emit(held);
            held = null;
        }
    }

    private void emit(RawDocument document) {
        any = true;
        ready.add(document);
    }

    private static RawDocument failed(String input, String url, OffsetDateTime fetched, String code,
                                      String message) {
        return new RawDocument(input, url, null, null, null, Failure.of(code, message), fetched);
    }
}
