package id.warta.app;

import id.warta.export.ArticleWriter;
import id.warta.export.OutputFormat;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A batch whose every input gives one whole record (an article, an analysis) written in one of the
 * {@link OutputFormat}s.
 *
 * @param <R> the record of one input
 */
abstract class ArticleRecordsCommand<R> extends BatchCommand<R> {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.JSONL;

    /** Writes one record. */
    abstract void write(ArticleWriter writer, R record) throws IOException;

    @Override
    RecordWriter<R> writer(OutputStream out) throws IOException {
        ArticleWriter writer = new ArticleWriter(out, format);
        return new RecordWriter<>() {
            @Override
            public void write(R record) throws IOException {
                ArticleRecordsCommand.this.write(writer, record);
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }
}
