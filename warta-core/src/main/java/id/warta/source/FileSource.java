package id.warta.source;

import id.warta.WartaOptions;
import id.warta.model.Failure;
import id.warta.model.RawDocument;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One file: a page or text ({@code .gz} unpacked), a JSON Lines dump ({@code .jsonl}, {@code .ndjson}, also
 * gzipped) giving one document per line, or a WARC file ({@code .warc}, {@code .warc.gz}) giving one document per
 * HTML response. The maxBytes cap applies to the unpacked size of a page, to each line of a dump, and to each
 * payload of a WARC.
 */
final class FileSource implements DocumentSource {

    private static final int BUFFER = 64 * 1024;

    private final Path path;
    private final String input;
    private final WartaOptions options;

    FileSource(Path path, String input, WartaOptions options) {
        this.path = path;
        this.input = input;
        this.options = options;
    }

    @Override
    public Stream<RawDocument> documents() {
        if (Names.warc(path)) {
            InputStream in;
            try {
                // the WARC reader finds gzip members itself, and needs the stored bytes for record offsets
                in = Files.newInputStream(path);
            } catch (IOException e) {
                return Stream.of(failure(e));
            }
            return WarcSource.stream(input, in, options);
        }
        if (!Names.jsonLines(path)) {
            return Stream.of(read());
        }
        InputStream in;
        try {
            in = open();
        } catch (IOException e) {
            return Stream.of(failure(e));
        }
        return JsonLines.stream(input, in, options, true);
    }

    /** The file as one document. Never throws for a bad file: the failure is in the record. */
    RawDocument read() {
        try {
            if (!Names.gzip(path) && Files.size(path) > options.maxBytes()) {
                return tooLarge("is larger than");
            }
            byte[] bytes;
            try (InputStream in = open()) {
                bytes = Bounded.read(in, options.maxBytes());
            }
            if (bytes == null) {
                return tooLarge(Names.gzip(path) ? "unpacks to more than" : "is larger than");
            }
            return RawDocument.of(input, null, bytes, null);
        } catch (IOException e) {
            return failure(e);
        }
    }

    private InputStream open() throws IOException {
        InputStream in = Files.newInputStream(path);
        if (!Names.gzip(path)) {
            return new BufferedInputStream(in, BUFFER);
        }
        try {
            return new GZIPInputStream(in, BUFFER);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    private RawDocument tooLarge(String verb) {
        return RawDocument.failed(input, null, Failure.of("too-large",
                input + " " + verb + " " + options.maxBytes() + " bytes (maxBytes)"));
    }

    private RawDocument failure(IOException e) {
        Failure f;
        if (e instanceof NoSuchFileException) {
            f = Failure.of("not-found", "no such file or directory: " + input);
        } else if (e instanceof EOFException || e instanceof ZipException) {
            f = Failure.of("bad-gzip", input + " is not valid gzip data (truncated or corrupt): "
                    + Bounded.describe(e));
        } else if (e instanceof AccessDeniedException) {
            f = Failure.of("io", "no permission to read " + input);
        } else {
            f = Failure.of("io", "cannot read " + input + ": " + Bounded.describe(e));
        }
        return RawDocument.failed(input, null, f);
    }
}
