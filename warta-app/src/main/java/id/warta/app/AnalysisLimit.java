package id.warta.app;

import id.warta.WartaOptions;
import picocli.CommandLine.Option;

/** The switch of the commands that analyse: how much of each text is read. */
final class AnalysisLimit {

    @Option(names = "--max-analysed-chars", paramLabel = "N",
            description = "Longest stretch of an article's text analysed, from its start; the rest is left out "
                    + "and the record's analysedLength says so (default: ${DEFAULT-VALUE}).")
    int maxAnalysedChars = WartaOptions.defaults().maxAnalysedChars();

    /** The options with this limit. */
    WartaOptions apply(WartaOptions options) {
        return options.withMaxAnalysedChars(maxAnalysedChars);
    }
}
