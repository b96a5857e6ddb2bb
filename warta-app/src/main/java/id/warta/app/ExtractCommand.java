package id.warta.app;

import id.warta.Warta;
import id.warta.export.ArticleWriter;
import id.warta.export.OutputFormat;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedOutputStream;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code warta extract}: the clean article of every input, one record per input. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the article (text, title, authors, dates, captions, related teasers) from each input.",
                "INPUT is a file, a directory (recursive), a .gz file, a JSON Lines file of {url, html|text}, "
                        + "an http(s) URL, or - for standard input."})
final class ExtractCommand implements Callable<Integer> {

    /** Below this many records a progress bar would only flicker. */
    private static final int PROGRESS_AFTER = 5;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Inputs to extract.")
    List<String> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.JSONL;

    @Option(names = {"-t", "--threads"}, paramLabel = "N",
            description = "Worker threads (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-progress", description = "Never draw a progress bar.")
    boolean noProgress;

    @Mixin
    PipelineOptions pipeline;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        Warta warta = Warta.with(pipeline.toOptions(spec.commandLine()));
        boolean drawProgress = !noProgress && Terminal.stderrIsTerminal();
        ProgressBar[] bar = {null};
        int[] seen = {0, 0};
        BatchExtraction.Summary summary;
        try (ArticleWriter writer = new ArticleWriter(new BufferedOutputStream(System.out, 1 << 16), format)) {
            summary = BatchExtraction.run(inputs, warta, threads, writer, article -> {
                seen[0]++;
                seen[1] += article.ok() ? 0 : 1;
                if (drawProgress && bar[0] == null && seen[0] >= PROGRESS_AFTER) {
                    bar[0] = progressBar(seen[0]);
                }
                if (bar[0] != null) {
                    bar[0].step();
                    bar[0].setExtraMessage(seen[1] == 0 ? "" : seen[1] + " failed");
                }
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        return summary.failed() == 0 ? 0 : Main.SOME_FAILED;
    }

    private static ProgressBar progressBar(int alreadyDone) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("extract")
                .setInitialMax(-1)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(250)
                .build();
        bar.stepBy(alreadyDone - 1L);
        return bar;
    }
}
