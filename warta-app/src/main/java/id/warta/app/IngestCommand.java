package id.warta.app;

import id.warta.WartaOptions;
import id.warta.analyze.Stages;
import id.warta.model.Analysis;
import id.warta.source.Sources;
import id.warta.Warta;
import id.warta.store.IngestResult;
import id.warta.store.WartaStore;
import id.warta.store.load.JobOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code warta ingest}: analyses every input as {@code warta analyze} does and keeps the result in the store.
 * Analysis runs on the worker threads; the store takes the records in input order on the main thread (its ingest
 * is a short decision and a buffered write, a fraction of the analysis). With {@code --from-parquet} the records
 * are the Spark job's, read back ({@link JobOutput}) and parsed on the worker threads instead of analysed. Nothing
 * goes to standard output; the summary, and the Parquet files that could not be read, go to standard error.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extracts and analyses each input, then stores the article, its entities and events in the "
                + "store: the same article again (same canonical URL or same text) is stored once, copies and light "
                + "rewrites are linked to their original, articles about one happening are grouped into a story. "
                + "Inputs that fail are stored as errors (see `warta errors`).",
                "INPUT is a file, a directory (recursive), a .gz file, a JSON Lines file of {url, html|text}, "
                        + "a .warc or .warc.gz file (one record per HTML response), "
                        + "an http(s) URL, or - for standard input.",
                "With --from-parquet DIR, no INPUT: the records are those `warta spark` wrote to DIR (its analyses "
                        + "and errors tables), stored without analysing them again."})
final class IngestCommand extends AnalysisBatchCommand {

    @Mixin
    StoreLocation location;

    @Option(names = "--from-parquet", paramLabel = "DIR",
            description = "Store the records of a `warta spark` output directory (DIR/analyses and DIR/errors, "
                    + "Parquet, partitioned) instead of analysing inputs; the store decides duplicates and stories "
                    + "itself. A file that cannot be read or a record that does not parse is stored as an error.")
    Path fromParquet;

    IngestCommand() {
        this(null);
    }

    /** A command whose analysis runs these stages (tests give it their own event coder). */
    IngestCommand(Stages stages) {
        super(stages);
    }

    @Override
    void checkInputs() {
        if (fromParquet == null) {
            super.checkInputs();
        } else if (inputs != null && !inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give INPUT... or --from-parquet DIR, not both");
        } else if (!Files.isDirectory(fromParquet)) {
            throw new ParameterException(spec.commandLine(), "--from-parquet: no such directory: " + fromParquet);
        } else if (!JobOutput.holdsTables(fromParquet)) {
            throw new ParameterException(spec.commandLine(), "--from-parquet: " + fromParquet + " holds neither "
                    + "analyses/ nor errors/: not an output directory of warta spark");
        }
    }

    @Override
    Batch.Summary run(Warta warta, OrderedPipeline.Sink<Analysis> sink) throws Exception {
        return fromParquet == null ? super.run(warta, sink)
                : Batch.run(JobOutput.read(fromParquet), threads, Function.identity(), this::ok, sink);
    }

    /**
     * Counts the records first: from the Parquet footers, or, when that only lists files, the documents (not for
     * standard input or URLs).
     */
    @Override
    long expected(WartaOptions options) {
        if (fromParquet != null) {
            return JobOutput.count(fromParquet);
        }
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
        List<String> badFiles = new ArrayList<>();
        return new RecordWriter<>() {
            @Override
            public void write(Analysis record) {
                outcomes.merge(store.ingest(record).outcome(), 1L, Long::sum);
                if (JobOutput.BAD_PARQUET.equals(record.article().errorCode())) {
                    badFiles.add(record.article().input() + ": " + record.article().error());
                }
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
                for (String bad : badFiles) {
                    System.err.println("warta ingest: unreadable Parquet file (stored as an error) " + bad);
                }
            }
        };
    }
}
