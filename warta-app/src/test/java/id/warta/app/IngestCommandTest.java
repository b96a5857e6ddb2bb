package id.warta.app;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.analyze.Stages;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventCoder;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.export.EventWriter;
import id.warta.export.Json;
import id.warta.quantity.Quantity;
import id.warta.text.Sentence;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code warta ingest}, {@code search}, {@code export} and {@code errors} over a store in a temporary directory,
 * with a report of unrest we wrote and a stand-in event coder (the rule coder is tested elsewhere) that codes what a
 * reader codes in it: the riot in Almaty with its dead, and Russia's aid to Kazakhstan.
 */
class IngestCommandTest extends CommandTestSupport {

    private static final String UNREST = """
            Kerusuhan di Almaty Tewaskan 38 Orang, Rusia Kirim Bantuan ke Kazakhstan

            By Rina Marlina, Kamis, 6 Januari 2022 | 21:10 WIB

            Wartacontoh.com - Kerusuhan melanda Almaty, kota terbesar Kazakhstan, sejak Rabu (5/1) setelah ribuan \
            warga memprotes kenaikan harga gas cair.

            Sedikitnya 26 pengunjuk rasa dan 12 personel keamanan tewas dalam bentrokan di pusat kota Almaty, \
            menurut Kementerian Dalam Negeri Kazakhstan.

            Presiden Kassym-Jomart Tokayev menyebut para perusuh sebagai teroris yang dilatih dari luar negeri.

            Rusia mengirim bantuan kemanusiaan berupa obat-obatan dan makanan ke Kazakhstan pada Kamis (6/1).
            """;

    /** The riot in Almaty, its dead counted from the sentence that reports them, and Russia's aid. */
    private static final EventCoder UNREST_CODER = (text, analysis) -> {
        List<Event> events = new ArrayList<>();
        String s = text.text();
        Sentence dead = sentence(text, "tewas");
        if (dead != null) {
            List<Count> counts = new ArrayList<>();
            long killed = 0;
            for (Quantity q : analysis.quantities()) {
                if (q.start() >= dead.start() && q.end() <= dead.end()) {
                    counts.add(new Count(Count.Kind.KILLED, (long) q.value(), q.approximate(), q.unit(), q.start(),
                            q.end()));
                    killed += (long) q.value();
                }
            }
            int almaty = s.indexOf("Almaty", dead.start());
            int rioters = s.indexOf("pengunjuk rasa", dead.start());
            events.add(new Event("PROTEST", "riot", new Actor("pengunjuk rasa", "KAZ", "CVL", List.of(), rioters,
                    rioters + 14), null, new EventLocation("Almaty", "KAZ", "Almaty", 43.25667, 76.92861, 1526384, 1,
                    EventLocation.Source.SENTENCE, almaty, almaty + 6), analysis.article().published().toLocalDate(),
                    TimeExpression.Precision.DAY, killed, null, null, null, true, false, Event.Modality.ASSERTED, true,
                    counts, List.of(new Evidence(dead.text(s), dead.start(), dead.end())), 0.85));
        }
        Sentence aid = sentence(text, "mengirim bantuan");
        if (aid != null) {
            int russia = aid.start();
            int kazakhstan = s.indexOf("Kazakhstan", aid.start());
            events.add(new Event("AID", null, new Actor("Rusia", "RUS", "GOV", List.of(), russia, russia + 5),
                    new Actor("Kazakhstan", "KAZ", "GOV", List.of(), kazakhstan, kazakhstan + 10),
                    new EventLocation("Kazakhstan", "KAZ", null, 48.0, 68.0, 1522867, 3, EventLocation.Source.SENTENCE,
                            kazakhstan, kazakhstan + 10), analysis.article().published().toLocalDate(),
                    TimeExpression.Precision.DAY, null, null, null, null, false, false, Event.Modality.ASSERTED, false,
                    List.of(), List.of(new Evidence(aid.text(s), aid.start(), aid.end())), 0.8));
        }
        return events;
    };

    @TempDir
    Path dir;

    /** The command line with the ingest's events coded by {@code UNREST_CODER}. */
    @Override
    protected int warta(String... args) {
        stdout.reset();
        stderr.reset();
        return Main.run(with(new IngestCommand(Stages.defaults().withEvents(UNREST_CODER))), args);
    }

    private String data() {
        return dir.resolve("warta-data").toString();
    }

    /** The unrest report twice (two scrapes of one page) in a folder of inputs. */
    private Path inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("almaty.txt"), UNREST);
        Files.writeString(in.resolve("almaty-lagi.txt"), UNREST);
        return in;
    }

    @Test
    void theSameArticleIngestedTwiceIsStoredOnce() throws IOException {
        Path in = inputs();
        assertThat(warta("ingest", "--no-progress", "--data", data(), in.toString())).isZero();
        assertThat(err()).contains("1 new, 0 near-duplicates, 1 duplicates, 0 errors").contains("1 stories");
        assertThat(warta("ingest", "--no-progress", "--data", data(), in.resolve("almaty.txt").toString())).isZero();
        assertThat(err()).contains("0 new, 0 near-duplicates, 1 duplicates, 0 errors");

        assertThat(warta("search", "Almaty", "--data", data(), "--format", "json")).isZero();
        JsonNode result = Json.read(out());
        assertThat(result.get("total").asLong()).isEqualTo(1);
        assertThat(result.get("hits").get(0).get("title").asText()).startsWith("Kerusuhan di Almaty");
    }

    @Test
    void searchFindsItByEventTypeAndCountryAndMarksTheMatches() throws IOException {
        assertThat(warta("ingest", "--no-progress", "--data", data(), inputs().toString())).isZero();

        assertThat(warta("search", "kerusuhan", "--data", data(), "--type", "AID", "--country", "KAZ")).isZero();
        assertThat(out()).startsWith("1 article\n")
                .contains("2022-01-06  Wartacontoh.com  Kerusuhan di Almaty Tewaskan 38 Orang")
                .contains("events: PROTEST KAZ 38 killed, AID KAZ")
                .contains("[Kerusuhan]")
                .contains("\ntype: ");
        assertThat(warta("search", "kerusuhan", "--data", data(), "--type", "AID", "--country", "IDN")).isZero();
        assertThat(out()).startsWith("0 articles\n");
        assertThat(warta("search", "*", "--data", data(), "--type", "PROTEST", "--from", "2022-01-07")).isZero();
        assertThat(out()).startsWith("0 articles\n");
    }

    @Test
    void theEventsCsvHasTheEventsColumnsAndTheDead() throws IOException {
        assertThat(warta("ingest", "--no-progress", "--data", data(), inputs().toString())).isZero();
        Path csv = dir.resolve("events.csv");

        assertThat(warta("export", "--data", data(), "--what", "events", "--format", "csv", "--out", csv.toString(),
                "--country", "KAZ")).isZero();

        List<List<String>> rows = parseCsv(Files.readString(csv));
        List<String> header = new ArrayList<>(EventWriter.COLUMNS);
        header.addAll(List.of("story", "articles"));
        assertThat(rows.get(0)).containsExactlyElementsOf(header);
        assertThat(rows).hasSize(3); // one happening each: the copy adds no row
        long dead = rows.stream().skip(1).map(r -> r.get(header.indexOf("dead"))).filter(v -> !v.isEmpty())
                .mapToLong(Long::parseLong).sum();
        assertThat(dead).isEqualTo(26 + 12);
        assertThat(rows.get(1).get(header.indexOf("event"))).isEqualTo("PROTEST");
    }

    @Test
    void articlesExportAsTheAnalysisRecordAndStoriesAsParquet() throws IOException {
        assertThat(warta("ingest", "--no-progress", "--data", data(), inputs().toString())).isZero();

        assertThat(warta("export", "--data", data(), "--what", "articles")).isZero();
        String[] lines = out().split("\n");
        assertThat(lines).hasSize(1);
        assertThat(Json.readAnalysis(lines[0]).article().title()).startsWith("Kerusuhan di Almaty");

        Path parquet = dir.resolve("stories.parquet");
        assertThat(warta("export", "--data", data(), "--what", "stories", "--format", "parquet", "--out",
                parquet.toString())).isZero();
        byte[] bytes = Files.readAllBytes(parquet);
        assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    @Test
    void aFailedInputIsStoredAsAnErrorAndListed() throws IOException {
        Path in = inputs();
        Files.writeString(in.resolve("kosong.txt"), "");

        assertThat(warta("ingest", "--no-progress", "--data", data(), in.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(err()).contains("1 errors");
        assertThat(warta("errors", "--data", data())).isZero();
        assertThat(out()).startsWith("empty\t").contains("kosong.txt");
        assertThat(warta("errors", "--data", data(), "--format", "jsonl")).isZero();
        JsonNode error = Json.read(out().strip());
        assertThat(error.get("code").asText()).isEqualTo("empty");
        assertThat(error.get("input").asText()).endsWith("kosong.txt");
        assertThat(error.get("ingested").asText()).endsWith("Z");

        // the errors table: the columns the Spark job writes, fetched left empty by the store
        assertThat(warta("export", "--data", data(), "--what", "errors", "--format", "csv")).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("id,input,url,code,message,fetched");
        assertThat(lines.get(1)).contains("kosong.txt").contains(",empty,").endsWith(",");
    }

    @Test
    void aWarcIsIngestedPageByPageWithItsErrors() throws IOException {
        // the report as its page: title and date in the markup, the paragraphs after the byline in <p>
        String[] blocks = UNREST.split("\n\n");
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\">"
                + "<title>" + blocks[0] + "</title><meta property=\"article:published_time\""
                + " content=\"2022-01-06T21:10:00+07:00\"></head><body><article><h1>" + blocks[0] + "</h1>");
        for (int i = 2; i < blocks.length; i++) {
            html.append("<p>").append(blocks[i].strip()).append("</p>");
        }
        html.append("</article></body></html>");
        Path warc = dir.resolve("almaty.warc.gz");
        List<Long> offsets = Warcs.write(warc,
                Warcs.Capture.page("https://wartacontoh.example/dunia/kerusuhan-almaty", "2022-01-06T15:20:00Z",
                        html.toString()),
                Warcs.Capture.pdf("https://wartacontoh.example/dunia/peta-almaty.pdf", "2022-01-06T15:21:00Z"));

        assertThat(warta("ingest", "--no-progress", "--data", data(), warc.toString()))
                .isEqualTo(Main.SOME_FAILED);
        assertThat(err()).contains("1 new, 0 near-duplicates, 0 duplicates, 1 errors");

        assertThat(warta("errors", "--data", data(), "--format", "jsonl")).isZero();
        JsonNode error = Json.read(out().strip());
        assertThat(error.get("code").asText()).isEqualTo("not-html");
        assertThat(error.get("input").asText()).isEqualTo(warc + "#" + offsets.get(1));
        // export last: writing to standard output, it closes it
        assertThat(warta("export", "--data", data(), "--what", "articles")).isZero();
        JsonNode article = Json.read(out().strip());
        assertThat(article.get("input").asText()).isEqualTo(warc + "#" + offsets.get(0));
        assertThat(article.get("url").asText()).isEqualTo("https://wartacontoh.example/dunia/kerusuhan-almaty");
        assertThat(article.get("fetched").asText()).isEqualTo("2022-01-06T15:20:00+00:00");
        assertThat(article.get("title").asText()).startsWith("Kerusuhan di Almaty");
    }

    @Test
    void aForeignDirectoryIsRefusedWithOneLineAndLeftAlone() throws IOException {
        Path foreign = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(foreign.resolve("liburan.jpg"), "not a store");

        assertThat(warta("ingest", "--no-progress", "--data", foreign.toString(), inputs().toString()))
                .isEqualTo(Main.USAGE);
        assertThat(err()).startsWith("warta ingest: ").doesNotContain("\tat ");
        assertThat(err().strip().lines()).hasSize(1);
        try (var files = Files.list(foreign)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("liburan.jpg");
        }
        assertThat(warta("search", "Almaty", "--data", foreign.toString())).isEqualTo(Main.USAGE);
    }

    @Test
    void aMalformedQueryIsOneLineAndExitCodeTwo() throws IOException {
        assertThat(warta("ingest", "--no-progress", "--data", data(), inputs().toString())).isZero();

        assertThat(warta("search", "kerusuhan AND (Almaty", "--data", data())).isEqualTo(Main.USAGE);
        assertThat(err().strip().lines()).hasSize(1);
        assertThat(err()).startsWith("warta search: ").doesNotContain("\tat ");
        assertThat(out()).isEmpty();
    }
}
