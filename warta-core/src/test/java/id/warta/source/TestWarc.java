package id.warta.source;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import org.netpreserve.jwarc.WarcWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A WARC file written in memory by jwarc's own writer, as crawlers write them: a gzip member per record for
 * {@code .warc.gz}. Remembers each record's offset, which the documents' input names must carry.
 */
public final class TestWarc {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final WarcWriter writer;
    private final List<Long> offsets = new ArrayList<>();

    public TestWarc(boolean gzip) {
        try {
            writer = new WarcWriter(Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page from a test resource under {@code source/}. */
    public static byte[] resource(String name) {
        try (InputStream in = TestWarc.class.getResourceAsStream("/source/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource source/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 response with an HTML body. */
    public TestWarc page(String url, String date, byte[] html) {
        return response(url, date, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + html.length + "\r\n", html);
    }

    /** A response record with this HTTP head (status line and headers, each ending in CRLF) and body. */
    public TestWarc response(String url, String date, String head, byte[] body) {
        byte[] h = (head + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = new byte[h.length + body.length];
        System.arraycopy(h, 0, http, 0, h.length);
        System.arraycopy(body, 0, http, h.length, body.length);
        return write(new WarcResponse.Builder(url).date(Instant.parse(date)).body(MediaType.HTTP_RESPONSE, http)
                .build());
    }

    public TestWarc request(String url, String date) {
        byte[] http = ("GET " + url.replaceFirst("^https?://[^/]+", "") + " HTTP/1.1\r\nHost: "
                + url.replaceFirst("^https?://([^/]+).*", "$1") + "\r\nUser-Agent: warta-test\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        return write(new WarcRequest.Builder(url).date(Instant.parse(date)).body(MediaType.HTTP_REQUEST, http)
                .build());
    }

    public TestWarc warcinfo() {
        return write(new Warcinfo.Builder().date(Instant.parse("2024-03-07T00:00:00Z"))
                .fields(Map.of("software", List.of("warta-test"), "format", List.of("WARC File Format 1.1")))
                .build());
    }

    public TestWarc metadata(String url) {
        return write(new WarcMetadata.Builder().targetURI(url).date(Instant.parse("2024-03-07T00:00:00Z"))
                .fields(Map.of("outlinks", List.of(url + "/lainnya"))).build());
    }

    private TestWarc write(WarcRecord record) {
        try {
            offsets.add(writer.position());
            writer.write(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The byte offset of the i-th record written. */
    public long offset(int i) {
        return offsets.get(i);
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    /** Bytes gzipped as one member. */
    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(b)) {
            g.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }
}
