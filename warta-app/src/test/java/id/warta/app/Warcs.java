package id.warta.app;

import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A small crawl written as a {@code .warc.gz} (a gzip member per record) by jwarc's writer, for the CLI tests. */
final class Warcs {

    /** One HTTP exchange: the request record, then the response with this head and body. */
    record Capture(String url, String date, String head, byte[] body) {

        static Capture page(String url, String date, String html) {
            return new Capture(url, date, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n",
                    html.getBytes(StandardCharsets.UTF_8));
        }

        static Capture pdf(String url, String date) {
            return new Capture(url, date, "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n",
                    "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private Warcs() {
    }

    /** Writes the captures and returns the byte offset of each response record. */
    static List<Long> write(Path file, Capture... captures) throws IOException {
        List<Long> offsets = new ArrayList<>();
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (Capture c : captures) {
                Instant date = Instant.parse(c.date());
                writer.write(new WarcRequest.Builder(c.url()).date(date.minusSeconds(1)).body(MediaType.HTTP_REQUEST,
                        ("GET / HTTP/1.1\r\nHost: " + c.url().replaceFirst("^https?://([^/]+).*", "$1") + "\r\n\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1)).build());
                byte[] head = (c.head() + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                byte[] http = new byte[head.length + c.body().length];
                System.arraycopy(head, 0, http, 0, head.length);
                System.arraycopy(c.body(), 0, http, head.length, c.body().length);
                offsets.add(writer.position());
                writer.write(new WarcResponse.Builder(c.url()).date(date).body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        return offsets;
    }
}
