package id.warta.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/**
 * A gzipped WARC file written byte by byte, a gzip member per record as crawlers write them, so that a test can also
 * write what no WARC library writes: a member cut in the middle.
 */
final class TestWarcFile {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A 200 response with an HTML body. */
    TestWarcFile page(String url, String date, String html) {
        return response(url, date, "200 OK", "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** A response record: the HTTP status, content type and body, fetched from {@code url} at {@code date}. */
    TestWarcFile response(String url, String date, String status, String contentType, byte[] body) {
        byte[] head = ("HTTP/1.1 " + status + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] block = new byte[head.length + body.length];
        System.arraycopy(head, 0, block, 0, head.length);
        System.arraycopy(body, 0, block, head.length, body.length);
        out.writeBytes(gzip(record("response", url, date, "application/http; msgtype=response", block)));
        return this;
    }

    /** The request a crawler sent for a page: not a document. */
    TestWarcFile request(String url, String date) {
        String host = url.replaceFirst("https?://", "").replaceFirst("/.*", "");
        byte[] block = ("GET " + url.replaceFirst("https?://[^/]+", "") + " HTTP/1.1\r\nHost: " + host
                + "\r\nUser-Agent: CCBot/2.0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(gzip(record("request", url, date, "application/http; msgtype=request", block)));
        return this;
    }

    /** A page whose gzip member ends halfway, as when a download is cut. */
    TestWarcFile cutPage(String url, String date, String html) {
        byte[] whole = new TestWarcFile().page(url, date, html).bytes();
        out.write(whole, 0, whole.length / 2);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    Path writeTo(Path file) {
        try {
            return Files.write(file, bytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] record(String type, String url, String date, String contentType, byte[] block) {
        byte[] head = ("WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:"
                + UUID.nameUUIDFromBytes((type + url + date).getBytes(StandardCharsets.UTF_8))
                + ">\r\nWARC-Date: " + date + "\r\nWARC-Target-URI: " + url + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + block.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream r = new ByteArrayOutputStream();
        r.writeBytes(head);
        r.writeBytes(block);
        r.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return r.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(b)) {
            z.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }
}
