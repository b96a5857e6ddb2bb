package id.warta.source;

import id.warta.WartaOptions;
import id.warta.model.Failure;
import id.warta.model.RawDocument;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Opens what a user names on a command line. Each input is
 * <ul>
 *   <li>{@code -}: standard input, one document or JSON Lines (see {@link #fromStdin});</li>
 *   <li>an {@code http://} or {@code https://} URL: fetched, redirects followed up to maxRedirects;</li>
 *   <li>a directory: its documents, recursively, in sorted order, hidden files skipped;</li>
 *   <li>a file: one document ({@code .gz} unpacked), one per line for {@code .jsonl}/{@code .ndjson}, or one
 *   per HTML response record for {@code .warc}/{@code .warc.gz} (see {@link #fromWarc}).</li>
 * </ul>
 * Everything is read lazily, in input order, one document at a time. An input that cannot be read becomes a
 * record with a failure ({@code not-found}, {@code io}, {@code too-large}, {@code bad-gzip}, {@code timeout},
 * {@code http-404}...), never an exception.
 */
public final class Sources {

    private Sources() {
    }

    /**
     * The documents of all inputs, in order. Close the stream (try-with-resources) to release an open file when
     * stopping early.
     */
    public static Stream<RawDocument> open(List<String> inputs, WartaOptions options) {
        return openDeferred(inputs, options).map(Supplier::get);
    }

    /**
     * Like {@link #open}, but each document comes as a task to run on a worker thread: URLs are fetched when the
     * task runs, so a batch of URLs downloads in parallel; files and standard input are read in order by the
     * caller's thread as the stream advances (their reads are cheap and must stay sequential).
     */
    public static Stream<Supplier<RawDocument>> openDeferred(List<String> inputs, WartaOptions options) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(options, "options");
        inputs.forEach(i -> Objects.requireNonNull(i, "input"));
        Supplier<HttpClient> client = new LazyClient(options);
        return inputs.stream().flatMap(input -> isUrl(input)
                ? Stream.<Supplier<RawDocument>>of(() -> fetchSafely(input, options, client))
                : source(input, options).documents().map(d -> () -> d));
    }

    /**
     * The documents of a stream the caller owns (standard input): JSON Lines when the first non-blank
     * character is <code>{</code>, else one document named {@code -}; gzip is unpacked. The stream is not closed.
     */
    public static Stream<RawDocument> fromStdin(InputStream in, WartaOptions options) {
        return new StreamSource("-", Objects.requireNonNull(in, "in"), Objects.requireNonNull(options, "options"))
                .documents();
    }

    /**
     * The documents of a WARC file ({@code .warc}, or {@code .warc.gz} gzipped per record or as a whole) given as
     * a stream, which need not be seekable: one per {@code response} record with an HTML payload, named
     * {@code name#offset} (the record's byte offset in the stored file), with the target URI as url, the
     * WARC-Date as {@link RawDocument#fetched()} and the HTTP body with chunking and Content-Encoding undone.
     * Requests, metadata and other records that are not documents are skipped. A response that is not a page
     * gives a failure record ({@code not-html}, {@code http-404}, {@code too-large}...) and reading goes on; a file
     * that breaks ends with one {@code truncated}, {@code bad-warc} or {@code io} record; a file without response
     * records gives one {@code empty} record. Records are read lazily, one at a time; closing the stream closes
     * {@code in}.
     *
     * @param name what the user named the file; the prefix of each document's input
     */
    public static Stream<RawDocument> fromWarc(String name, InputStream in, WartaOptions options) {
        return WarcSource.stream(Objects.requireNonNull(name, "name"), Objects.requireNonNull(in, "in"),
                Objects.requireNonNull(options, "options"));
    }

    /** One file as one document ({@code .gz} unpacked, maxBytes applied). Never throws for a bad file. */
    public static RawDocument readFile(Path file, WartaOptions options) {
        return new FileSource(Objects.requireNonNull(file, "file"), file.toString(),
                Objects.requireNonNull(options, "options")).read();
    }

    /** One page fetched over HTTP(S). Never throws for a bad URL or server: the failure is in the record. */
    public static RawDocument fetch(String url, WartaOptions options) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(options, "options");
        return new UrlSource(url, options, new LazyClient(options)).fetch();
    }

    /** A non-URL input: standard input, a directory or a file. */
    private static DocumentSource source(String input, WartaOptions options) {
        if (input.equals("-")) {
            return new StreamSource("-", System.in, options);
        }
        if (input.isBlank()) {
            // Path.of("") is the working directory: an empty argument must not extract everything under it
            return () -> Stream.of(RawDocument.failed(input, null, Failure.of("not-found",
                    "an empty input names no file")));
        }
        Path path;
        try {
            path = Path.of(input);
        } catch (InvalidPathException e) {
            return () -> Stream.of(RawDocument.failed(input, null, Failure.of("not-found",
                    "not a valid path: " + input + " (" + e.getReason() + ")")));
        }
        return Files.isDirectory(path) ? new DirectorySource(path, options) : new FileSource(path, input, options);
    }

    /** Runs on a worker thread, where an unexpected exception would otherwise lose the record. */
    private static RawDocument fetchSafely(String url, WartaOptions options, Supplier<HttpClient> client) {
        try {
            return new UrlSource(url, options, client).fetch();
        } catch (RuntimeException e) {
            return RawDocument.failed(url, null, Failure.of("internal", "fetching failed: " + e));
        }
    }

    private static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** One HTTP client per batch, made only when the first URL comes up. */
    private static final class LazyClient implements Supplier<HttpClient> {
        private final WartaOptions options;
        private HttpClient client;

        LazyClient(WartaOptions options) {
            this.options = options;
        }

        @Override
        public synchronized HttpClient get() {
            if (client == null) {
                client = UrlSource.newClient(options);
            }
            return client;
        }
    }
}
