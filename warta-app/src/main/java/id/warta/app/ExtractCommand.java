package id.warta.app;

import id.warta.Warta;
import id.warta.export.ArticleWriter;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.util.function.Function;

/** {@code warta extract}: the clean article of every input, one record per input. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts the article (text, title, authors, dates, captions, related teasers) from each input.",
                "INPUT is a file, a directory (recursive), a .gz file, a JSON Lines file of {url, html|text}, "
                        + "a .warc or .warc.gz file (one record per HTML response), "
                        + "an http(s) URL, or - for standard input."})
final class ExtractCommand extends ArticleRecordsCommand<Article> {

    @Override
    Function<RawDocument, Article> work(Warta warta) {
        return warta::process;
    }

    @Override
    boolean ok(Article record) {
        return record.ok();
    }

    @Override
    void write(ArticleWriter writer, Article record) throws IOException {
        writer.write(record);
    }
}
