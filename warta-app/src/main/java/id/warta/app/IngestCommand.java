package id.warta.app;

import id.warta.WartaOptions;
import id.warta.analyze.Stages;
import id.warta.model.Analysis;
import id.warta.source.Sources;
import id.warta.store.IngestResult;
import id.warta.store.WartaStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code warta ingest}: analyses every input as {@code warta analyze} does and keeps the result in the store.
 * Analysis runs on the worker threads; the store takes the records in input order on the main thread (its ingest
 * is a short decision and a buffered write, a fraction of the analysis). Nothing goes to standard output; the
 * summary goes to standard error.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts and analyses each input, then stores the article, its entities and events in the "
                + "store: the same article again (same canonical URL or same text) is stored once, copies and light "
                + "rewrites are linked to their original, articles about one happening are grouped into a story. "
                + "Inputs that fail are stored as errors (see `warta errors`).",
                "INPUT is a file, a directory (recursive), a .gz file, a JSON Lines file of {url, html|text}, "
                        + "a .warc or .warc.gz file (one record per HTML response), "
                        + "an http(s) URL, or - for standard input."})
final class IngestCommand extends AnalysisBatchCommand {

    @Mixin
    StoreLocation location;

    IngestCommand() {
        this(null);
    }

    /** A command whose analysis runs these stages (tests give it their own event coder). */
    IngestCommand(Stages stages) {
        super(stages);
    }

    /** Counts the documents first when that only lists files: not for standard input or URLs. */
    @Override
    long expected(WartaOptions options) {
        if (inputs.stream().anyMatch(i -> i.equals("-") || i.startsWith("http://") || i.startsWith("https://"))) {
            return -1;
        }
        try (Stream<?> documents = Sources.openDeferred(inputs, options)) {
            return documents.count();
        }
    }

    @Override
    String progressNote(int failed) {
        return failed == 0 ? "" : failed + " errors";
    }

    @Override
    RecordWriter<Analysis> writer(OutputStream out) {
        WartaStore store = location.open();
        long start = System.nanoTime();
        Map<IngestResult.Outcome, Long> outcomes = new EnumMap<>(IngestResult.Outcome.class);
        return new RecordWriter<>() {
            @Override
            public void write(Analysis record) {
                outcomes.merge(store.ingest(record).outcome(), 1L, Long::sum);
            }

            @Override
            public void close() {
                long stories;
                try {
                    store.commit(); // the stats count what is committed
                    stories = store.stats().stories();
                } finally {
                    store.close();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                long all = outcomes.values().stream().mapToLong(Long::longValue).sum();
                System.err.printf(Locale.ROOT, "warta ingest: %d new, %d near-duplicates, %d duplicates, %d errors; "
                                + "%d stories in %s; %.1f s, %.1f articles/s%n",
                        outcomes.getOrDefault(IngestResult.Outcome.NEW, 0L),
                        outcomes.getOrDefault(IngestResult.Outcome.NEAR_DUPLICATE, 0L),
                        outcomes.getOrDefault(IngestResult.Outcome.DUPLICATE, 0L),
                        outcomes.getOrDefault(IngestResult.Outcome.ERROR, 0L), stories, location.data, seconds,
                        seconds == 0 ? 0 : all / seconds);
            }
        };
    }
}
