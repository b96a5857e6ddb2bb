package id.warta.source;

import id.warta.WartaOptions;
import id.warta.model.Failure;
import id.warta.model.RawDocument;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Standard input (or any stream the caller owns, which is never closed here): a stream that starts like a WARC
 * file, plain or gzipped, is read as one ({@code -#0}, {@code -#1873}...); otherwise gzip is unpacked when the
 * stream starts with the gzip signature; input whose first non-blank character is <code>{</code> is read as JSON
 * Lines ({@code -#1}, {@code -#2}...); anything else is one document named {@code -}.
 */
final class StreamSource implements DocumentSource {

    private static final int BUFFER = 64 * 1024;
    /** How far to look past leading white space for the <code>{</code> of JSON Lines. */
    private static final int SNIFF = 4096;

    private final String name;
    private final InputStream in;
    private final WartaOptions options;

    StreamSource(String name, InputStream in, WartaOptions options) {
        this.name = name;
        this.in = in;
        this.options = options;
    }

    @Override
    public Stream<RawDocument> documents() {
        try {
            InputStream body = new BufferedInputStream(in, BUFFER);
            if (warc(body)) {
                // the WARC reader unpacks gzip members itself, so that offsets are those of the bytes as sent
                return WarcSource.stream(name, body, options, false);
            }
            if (gzip(body)) {
                body = new BufferedInputStream(new GZIPInputStream(body, BUFFER), BUFFER);
            }
            if (jsonLines(body)) {
                return JsonLines.stream(name, body, options, false);
            }
            byte[] bytes = Bounded.read(body, options.maxBytes());
            if (bytes == null) {
                return failed("too-large", name + " has more than " + options.maxBytes() + " bytes (maxBytes)");
            }
            return Stream.of(RawDocument.of(name, null, bytes, null));
        } catch (EOFException | ZipException e) {
            return failed("bad-gzip", name + " is not valid gzip data (truncated or corrupt): "
                    + Bounded.describe(e));
        } catch (IOException e) {
            return failed("io", "cannot read " + name + ": " + Bounded.describe(e));
        }
    }

    private Stream<RawDocument> failed(String code, String message) {
        return Stream.of(RawDocument.failed(name, null, Failure.of(code, message)));
    }

    private static boolean gzip(InputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1F && b1 == 0x8B;
    }

    private static boolean warc(InputStream in) throws IOException {
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        return WarcSource.starts(head);
    }

    private static boolean jsonLines(InputStream in) throws IOException {
        in.mark(SNIFF);
        try {
            for (int i = 0; i < SNIFF; i++) {
                int b = in.read();
                if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return b == '{';
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }
}
