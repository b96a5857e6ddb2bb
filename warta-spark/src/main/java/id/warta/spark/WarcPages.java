package id.warta.spark;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Writes HTML pages as the {@code response} records of a gzipped WARC file, as a crawler would (for the benchmark). */
final class WarcPages implements Closeable {

    private final FileChannel channel;
    private final WarcWriter writer;
    private long pages;

    WarcPages(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
    }

    /** One page fetched from {@code url} at {@code fetched}, served as UTF-8 HTML with status 200. */
    void write(String url, Instant fetched, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK")
                .body(MediaType.HTML_UTF8, html.getBytes(StandardCharsets.UTF_8))
                .build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(fetched).body(http).build());
        pages++;
    }

    long pages() {
        return pages;
    }

    @Override
    public void close() throws IOException {
        try (channel) {
            writer.close();
        }
    }
}
