package id.warta.app;

import id.warta.store.SearchQuery;
import id.warta.store.StoredArticle;
import id.warta.store.WartaStore;
import id.warta.store.export.Table;
import id.warta.store.export.TableFormat;
import id.warta.store.export.TableWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code warta export}: a table of the store (articles, events, entities or stories) streamed to a file or standard
 * output as JSON Lines, CSV or Parquet, for pandas, R or DuckDB. The filters are those of {@code warta search}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a table of the store: articles, events (story level: one row per happening; article "
                + "level: each article's events, as `warta events` writes them), entities (one row per entity per "
                + "article), stories, for every article the filters select, or errors (every input that gave no "
                + "article). The tables' columns are in the README.")
final class ExportCommand implements Callable<Integer> {

    enum Level { STORY, ARTICLE }

    @Mixin
    StoreLocation location;

    @Option(names = "--what", required = true, paramLabel = "TABLE",
            description = "The table: ${COMPLETION-CANDIDATES}.")
    Table what;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "jsonl, csv or parquet (default: ${DEFAULT-VALUE}).")
    TableFormat format = TableFormat.JSONL;

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

    @Override
    public Integer call() throws IOException {
        SearchQuery filter = filters.query(null, spec.commandLine());
        if (level == Level.ARTICLE && what != Table.EVENTS) {
            throw new ParameterException(spec.commandLine(), "--level is for --what events");
        }
        try (WartaStore store = location.openReadOnly();
             OutputStream stream = out == null ? new BufferedOutputStream(System.out, 1 << 16)
                     : new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             TableWriter writer = TableWriter.open(what, format, stream)) {
            export(store, filter, writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return 0;
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
