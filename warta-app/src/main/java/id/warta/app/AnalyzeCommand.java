package id.warta.app;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.export.ArticleWriter;
import id.warta.model.Analysis;
import id.warta.model.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.util.function.Function;

/**
 * {@code warta analyze}: the article of every input with its language, entities, numbers, dates, quotes and
 * events.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Extracts the article from each input, then analyses its text: language, people, "
                + "organisations and places, quantities, dates, quotes, events. Offsets index into the record's text.",
                "INPUT is a file, a directory (recursive), a .gz file, a JSON Lines file of {url, html|text}, "
                        + "a .warc or .warc.gz file (one record per HTML response), "
                        + "an http(s) URL, or - for standard input."})
final class AnalyzeCommand extends ArticleRecordsCommand<Analysis> {

    @Mixin
    AnalysisLimit limit;

    @Override
    WartaOptions options(WartaOptions shared) {
        return limit.apply(shared);
    }

    @Override
    Function<RawDocument, Analysis> work(Warta warta) {
        return AnalysisBatchCommand.analysing(warta);
    }

    @Override
    boolean ok(Analysis record) {
        return record.ok();
    }

    @Override
    void write(ArticleWriter writer, Analysis record) throws IOException {
        writer.write(record);
    }
}
