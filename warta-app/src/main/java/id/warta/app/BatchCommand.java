package id.warta.app;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.model.RawDocument;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * What the commands that turn every input into one record share: the inputs, threads, progress bar and pipeline
 * options, and the streaming {@link Batch}. A subclass says what one document becomes and how records are written
 * (its output formats).
 *
 * @param <R> the record of one input
 */
abstract class BatchCommand<R> implements Callable<Integer> {

    /** Writes a batch's records to standard output as they come; closing finishes the document. */
    interface RecordWriter<R> extends Closeable {
        void write(R record) throws IOException;
    }

    /** Below this many records a progress bar would only flicker. */
    private static final int PROGRESS_AFTER = 5;

    /** Null when none are given; {@link #checkInputs} says whether that will do. */
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Inputs to read.")
    List<String> inputs;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "Never draw a progress bar.")
    boolean noProgress;

    @Mixin
    PipelineOptions pipeline;

    @Spec
    CommandSpec spec;

    /** The pipeline options, with this command's own switches applied to those shared by every command. */
    WartaOptions options(WartaOptions shared) {
        return shared;
    }

    /** The pipeline the batch runs, with these options. */
    Warta warta(WartaOptions options) {
        return Warta.with(options);
    }

    /** What one document becomes; called on worker threads, so it must be thread-safe. */
    abstract Function<RawDocument, R> work(Warta warta);

    /** Whether a record is a success (an error record makes the exit code 1). */
    abstract boolean ok(R record);

    /** The writer of the records in the chosen format; it must not close {@code out}. */
    abstract RecordWriter<R> writer(OutputStream out) throws IOException;

    /** Refuses a command line without inputs; a command that can read its records elsewhere checks its own way. */
    void checkInputs() {
        if (inputs == null || inputs.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'INPUT'");
        }
    }

    /**
     * Runs the batch, giving each record to {@code sink} in order: every document of the inputs through
     * {@link #work}. A command that reads its records elsewhere runs its own.
     */
    Batch.Summary run(Warta warta, OrderedPipeline.Sink<R> sink) throws Exception {
        return Batch.run(inputs, warta.options(), threads, work(warta), this::ok, sink);
    }

    /** How many records the batch will give, for the progress bar's ETA; -1 when not known beforehand. */
    long expected(WartaOptions options) {
        return -1;
    }

    /** The progress bar's note after {@code failed} failed records. */
    String progressNote(int failed) {
        return failed == 0 ? "" : failed + " failed";
    }

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        checkInputs();
        WartaOptions options;
        try {
            options = options(pipeline.toOptions(spec.commandLine()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad option value: " + e.getMessage(), e);
        }
        Warta warta = warta(options);
        boolean drawProgress = !noProgress && Terminal.stderrIsTerminal();
        long expected = drawProgress ? expected(options) : -1;
        ProgressBar[] bar = {null};
        int[] seen = {0, 0};
        Batch.Summary summary;
        // the bar is closed before the writer, whose closing may report on stderr (ingest's summary)
        try (RecordWriter<R> writer = writer(new BufferedOutputStream(System.out, 1 << 16))) {
            try {
                summary = run(warta, record -> {
                    writer.write(record);
                    seen[0]++;
                    seen[1] += ok(record) ? 0 : 1;
                    if (drawProgress && bar[0] == null && seen[0] >= PROGRESS_AFTER) {
                        bar[0] = progressBar(spec.name(), seen[0], expected);
                    }
                    if (bar[0] != null) {
                        bar[0].step();
                        bar[0].setExtraMessage(progressNote(seen[1]));
                    }
                });
            } finally {
                if (bar[0] != null) {
                    bar[0].close();
                }
            }
        }
        return summary.failed() == 0 ? 0 : Main.SOME_FAILED;
    }

    private static ProgressBar progressBar(String task, int alreadyDone, long expected) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(expected)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .build();
        bar.stepBy(alreadyDone - 1L);
        return bar;
    }
}
