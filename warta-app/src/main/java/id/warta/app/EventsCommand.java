package id.warta.app;

import id.warta.analyze.Stages;
import id.warta.export.EventFormat;
import id.warta.export.EventWriter;
import id.warta.model.Analysis;
import id.warta.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code warta events}: the events of every input, one row per event with its source article, as JSON Lines, CSV or
 * GeoJSON. An input that fails gives no row: it is named on standard error and makes the exit code 1.
 */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Extracts and analyses each input, then writes the events it reports, one row per event with "
                + "the article's input, URL, title and publication date: who did what to whom (PLOVER), where, when, "
                + "how many, and the sentences saying so.",
                "INPUT is a file, a directory (recursive), a .gz file, a JSON Lines file of {url, html|text}, "
                        + "a .warc or .warc.gz file (one record per HTML response), "
                        + "an http(s) URL, or - for standard input.",
                "Inputs that fail are named on standard error; they have no rows."})
final class EventsCommand extends AnalysisBatchCommand {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). jsonl: one JSON "
                    + "object a line, the event as in the analyze record; csv: RFC 4180 with a header row; geojson: "
                    + "a FeatureCollection of the events with coordinates, the others counted in \"unlocated\".")
    EventFormat format = EventFormat.JSONL;

    EventsCommand() {
        this(null);
    }

    /** A command whose analysis runs these stages (tests give it their own event coder). */
    EventsCommand(Stages stages) {
        super(stages);
    }

    @Override
    RecordWriter<Analysis> writer(OutputStream out) throws IOException {
        EventWriter writer = new EventWriter(out, format);
        return new RecordWriter<>() {
            @Override
            public void write(Analysis record) throws IOException {
                if (!record.ok()) {
                    // the rows have no place for an error; a stage's failure still leaves the others' events
                    Article a = record.article();
                    System.err.println("warta events: " + a.input() + ": " + a.errorCode() + ": " + a.error());
                }
                writer.write(record);
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }
}
