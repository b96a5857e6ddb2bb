package id.warta.app;

import id.warta.store.SearchQuery;
import id.warta.store.StoredArticle;
import id.warta.store.WartaStore;
import id.warta.store.export.OpenSearch;
import id.warta.store.export.Table;
import id.warta.store.export.TableFormat;
import id.warta.store.export.TableWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code warta export}: a table of the store (articles, events, entities, stories or errors) streamed to a file or
 * standard output as JSON Lines, CSV or Parquet, for pandas, R or DuckDB, or as the bulk body of
 * OpenSearch/Elasticsearch (with {@code --mapping}, the index mapping for it). The filters are those of
 * {@code warta search}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes a table of the store: articles, events (story level: one row per happening; article "
                + "level: each article's events, as `warta events` writes them), entities (one row per entity per "
                + "article), stories, for every article the filters select, or errors (every input that gave no "
                + "article). The tables' columns are in the README.",
                "With --mapping, prints the table's OpenSearch/Elasticsearch index mapping instead (no store read)."})
final class ExportCommand implements Callable<Integer> {

    enum Level { STORY, ARTICLE }

    @Mixin
    StoreLocation location;

    @Option(names = "--what", required = true, paramLabel = "TABLE",
            description = "The table: ${COMPLETION-CANDIDATES}.")
    Table what;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = FormatName.class,
            description = "jsonl, csv, parquet or opensearch-bulk (the _bulk body of OpenSearch and Elasticsearch) "
                    + "(default: jsonl).")
    TableFormat format = TableFormat.JSONL;

    @Option(names = "--index-prefix", paramLabel = "PREFIX",
            description = "For opensearch-bulk: the index names' start, before the table's name (default: "
                    + OpenSearch.DEFAULT_INDEX_PREFIX + ").")
    String indexPrefix;

    @Option(names = "--mapping", description = "Print the table's OpenSearch/Elasticsearch index mapping and stop.")
    boolean mapping;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write (default: standard output).")
    Path out;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "For events: story (one row per happening, merged across the story's articles) or "
                    + "article (default: ${DEFAULT-VALUE}).")
    Level level = Level.STORY;

    @Mixin
    StoreFilters filters;

    @Spec
    CommandSpec spec;

    /** The formats by their names on the command line ({@code opensearch-bulk}), in any case. */
    static final class FormatName implements CommandLine.ITypeConverter<TableFormat> {
        @Override
        public TableFormat convert(String value) {
            return TableFormat.of(value);
        }
    }

    @Override
    public Integer call() throws IOException {
        if (mapping) {
            System.out.print(OpenSearch.mapping(what));
            System.out.flush();
            return 0;
        }
        SearchQuery filter = filters.query(null, spec.commandLine());
        if (level == Level.ARTICLE && what != Table.EVENTS) {
            throw new ParameterException(spec.commandLine(), "--level is for --what events");
        }
        if (indexPrefix != null) {
            if (format != TableFormat.OPENSEARCH_BULK) {
                throw new ParameterException(spec.commandLine(), "--index-prefix is for --format opensearch-bulk");
            }
            try {
                OpenSearch.checkIndexPrefix(indexPrefix);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--index-prefix: " + e.getMessage(), e);
            }
        }
        try (WartaStore store = location.openReadOnly();
             OutputStream stream = new BufferedOutputStream(out == null ? new StandardOutput()
                     : Files.newOutputStream(out), 1 << 16);
             TableWriter writer = indexPrefix == null ? TableWriter.open(what, format, stream)
                     : OpenSearch.bulkWriter(what, stream, indexPrefix)) {
            export(store, filter, writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return 0;
    }

    /** Standard output, flushed but left open when the export closes its stream (the JVM's, not the export's). */
    private static final class StandardOutput extends FilterOutputStream {

        StandardOutput() {
            super(System.out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private void export(WartaStore store, SearchQuery filter, TableWriter writer) {
        switch (what) {
            case STORIES -> store.stories(filter, s -> write(() -> writer.write(s)));
            // error records have no article to filter on: every one is written
            case ERRORS -> store.errors(e -> write(() -> writer.write(e)));
            case EVENTS -> {
                if (level == Level.ARTICLE) {
                    store.articles(filter, a -> write(() -> writer.write(a)));
                } else {
                    // a story's events come together, most often from the same article: keep the last one read
                    StoredArticle[] source = {null};
                    store.events(filter, e -> write(() -> {
                        String first = e.articles().get(0);
                        if (source[0] == null || !source[0].id().equals(first)) {
                            Optional<StoredArticle> a = store.article(first);
                            source[0] = a.orElseThrow(() -> new IllegalStateException("article " + first
                                    + " of story " + e.story() + " is not in the store"));
                        }
                        writer.write(e, source[0]);
                    }));
                }
            }
            default -> store.articles(filter, a -> write(() -> writer.write(a)));
        }
    }

    /** A write inside the store's callbacks, which take no checked exception. */
    private interface Write {
        void run() throws IOException;
    }

    private static void write(Write write) {
        try {
            write.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
