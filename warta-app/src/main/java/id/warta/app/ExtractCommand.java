package id.warta.app;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.export.ArticleWriter;
import id.warta.export.OutputFormat;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import id.warta.source.Sources;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

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

    @Override
    public Integer call() throws Exception {
        WartaOptions options = pipeline.toOptions();
        Warta warta = Warta.with(options);
        int[] failed = {0};
        OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
        boolean drawProgress = !noProgress && Terminal.stderrIsTerminal();
        ProgressBar[] bar = {null};
        int[] done = {0};
        try (Stream<RawDocument> documents = Sources.open(inputs, options);
             OrderedPipeline<RawDocument, Article> pipeline = new OrderedPipeline<>(threads, warta::process);
             ArticleWriter writer = new ArticleWriter(stdout, format)) {
            pipeline.run(documents.iterator(), article -> {
                writer.write(article);
                if (!article.ok()) {
                    failed[0]++;
                }
                done[0]++;
                if (drawProgress && bar[0] == null && done[0] >= PROGRESS_AFTER) {
                    bar[0] = progressBar(done[0]);
                }
                if (bar[0] != null) {
                    bar[0].step();
                    bar[0].setExtraMessage(failed[0] == 0 ? "" : failed[0] + " failed");
                }
            });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        return failed[0] == 0 ? 0 : Main.SOME_FAILED;
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
