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
import id.warta.model.Analysis;
import id.warta.quantity.Quantity;
import id.warta.text.Sentence;
import id.warta.text.Text;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code warta events} in its three formats, over scraped stories we wrote, with a stand-in event coder (the rule
 * coder is built elsewhere) that codes what a reader codes in them: the demonstration, with its crowd, its place and
 * the arrests that followed it, and the protest the organiser vows, planned and only reported.
 */
class EventsCommandTest extends CommandTestSupport {

    /** A demonstration story; {@code %d} is the number of people arrested, different in every file. */
    private static final String RALLY = """
            Demo Tolak Kenaikan BBM di Makassar Ricuh, Polisi Tangkap Puluhan Mahasiswa

            By Andi Syamsul, Kamis, 8 September 2022 | 19:40 WITA

            Wartacontoh.com - Ribuan mahasiswa berunjuk rasa di depan kantor DPRD Sulawesi Selatan, Makassar, pada \
            Kamis (8/9) menolak kenaikan harga bahan bakar minyak.

            "Kami akan terus turun ke jalan sampai harga BBM kembali normal," kata Ahmad Fauzi, koordinator aksi.

            Polisi menangkap %d mahasiswa setelah massa membakar ban dan melempari petugas dengan batu.
            """;

    /** A story that reports no event. */
    private static final String PRICES = """
            Harga Cabai Rawit di Makassar Tembus Rp 90.000 per Kilogram

            By Andi Syamsul, Kamis, 8 September 2022 | 09:15 WITA

            Wartacontoh.com - Harga cabai rawit di Pasar Terong, Makassar, naik menjadi Rp 90.000 per kilogram pada \
            Kamis (8/9), dari Rp 60.000 sepekan sebelumnya.

            Pedagang memperkirakan harga turun setelah panen di Kabupaten Jeneponto bulan depan.
            """;

    private static final String VOW = "\"Kami akan terus turun ke jalan sampai harga BBM kembali normal,\" kata "
            + "Ahmad Fauzi, koordinator aksi.";

    /**
     * The demonstration (PROTEST, demo) by the students, at Makassar when its sentence names the town, on the
     * sentence's date, sized by its crowd, with the arrests of the sentence that reports them merged in; and the vowed
     * protest, planned and reported, with no place of its own.
     */
    private static final EventCoder DEMONSTRATIONS = (text, analysis) -> {
        List<Event> events = new ArrayList<>();
        String s = text.text();
        Sentence rally = sentence(text, "berunjuk rasa");
        if (rally != null) {
            Sentence arrests = sentence(text, "menangkap");
            Quantity crowd = quantity(analysis, rally);
            Quantity held = arrests == null ? null : quantity(analysis, arrests);
            List<Count> counts = new ArrayList<>();
            counts.add(new Count(Count.Kind.SIZE, (long) crowd.value(), crowd.approximate(), crowd.unit(),
                    crowd.start(), crowd.end()));
            if (held != null) {
                counts.add(new Count(Count.Kind.ARRESTED, (long) held.value(), held.approximate(), held.unit(),
                        held.start(), held.end()));
            }
            int town = s.indexOf("Makassar", rally.start());
            EventLocation where = town < 0 || town >= rally.end() ? null : new EventLocation("Makassar", "IDN",
                    "Sulawesi Selatan", -5.14861, 119.43194, 1622786, 1, EventLocation.Source.SENTENCE, town,
                    town + 8);
            int students = s.indexOf("mahasiswa", rally.start());
            List<Evidence> evidence = new ArrayList<>(List.of(evidence(s, rally)));
            if (arrests != null) {
                evidence.add(evidence(s, arrests));
            }
            events.add(new Event("PROTEST", "demo", new Actor("mahasiswa", "IDN", "EDU", List.of(), students,
                    students + 9), new Actor("DPRD Sulawesi Selatan", "IDN", "LEG", List.of(), -1, -1), where,
                    date(analysis, rally), TimeExpression.Precision.DAY, null, null,
                    held == null ? null : (long) held.value(), (long) crowd.value(), crowd.approximate(), false,
                    Event.Modality.ASSERTED, false, counts, evidence, 0.9));
        }
        Sentence vow = sentence(text, "akan terus turun ke jalan");
        if (vow != null) {
            int we = vow.start() + 1;
            events.add(new Event("PROTEST", "demo", new Actor("Kami", "IDN", "EDU", List.of(), we, we + 4), null,
                    null, analysis.article().published().toLocalDate(), TimeExpression.Precision.DAY, null, null,
                    null, null, false, false, Event.Modality.PLANNED, true, List.of(), List.of(evidence(s, vow)),
                    0.6));
        }
        return events;
    };

    private static Sentence sentence(Text text, String words) {
        for (Sentence sentence : text.sentences()) {
            if (sentence.text(text.text()).contains(words)) {
                return sentence;
            }
        }
        return null;
    }

    private static Quantity quantity(Analysis analysis, Sentence sentence) {
        return analysis.quantities().stream().filter(q -> q.start() >= sentence.start() && q.end() <= sentence.end())
                .findFirst().orElseThrow();
    }

    private static LocalDate date(Analysis analysis, Sentence sentence) {
        return analysis.times().stream().filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
                .map(TimeExpression::begin).findFirst().orElse(analysis.article().published().toLocalDate());
    }

    private static Evidence evidence(String text, Sentence sentence) {
        return new Evidence(sentence.text(text), sentence.start(), sentence.end());
    }

    /** Runs {@code warta events} with the stand-in coder. */
    private static int events(String... args) {
        Stages stages = Stages.defaults().withEvents(DEMONSTRATIONS);
        List<String> line = new ArrayList<>(List.of("events", "--no-progress"));
        line.addAll(List.of(args));
        return Main.run(with(new EventsCommand(stages)), line.toArray(String[]::new));
    }

    private List<String> rallies(Path dir, int n, int firstArrests) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            inputs.add(Files.writeString(dir.resolve("demo-" + i + ".txt"), RALLY.formatted(firstArrests + i))
                    .toString());
        }
        return inputs;
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : out().split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.read(line));
            }
        }
        return out;
    }

    @Test
    void jsonLinesGiveOneRowPerEventWithItsArticleInInputOrderOnSeveralThreads(@TempDir Path dir)
            throws IOException {
        List<String> inputs = rallies(dir, 10, 20);
        inputs.add(5, Files.writeString(dir.resolve("harga-cabai.txt"), PRICES).toString());
        List<String> args = new ArrayList<>(List.of("--threads", "3"));
        args.addAll(inputs);

        assertThat(events(args.toArray(String[]::new))).isZero();

        List<JsonNode> rows = lines();
        assertThat(rows).hasSize(20);
        List<String> rallyInputs = inputs.stream().filter(i -> !i.endsWith("harga-cabai.txt")).toList();
        for (int i = 0; i < 10; i++) {
            JsonNode held = rows.get(2 * i);
            JsonNode vowed = rows.get(2 * i + 1);
            assertThat(held.get("input").asText()).isEqualTo(rallyInputs.get(i));
            assertThat(vowed.get("input").asText()).isEqualTo(rallyInputs.get(i));
            assertThat(held.get("id").asText()).isEqualTo(rallyInputs.get(i) + "#e1");
            assertThat(vowed.get("id").asText()).isEqualTo(rallyInputs.get(i) + "#e2");
            assertThat(held.get("arrested").asLong()).isEqualTo(20 + i);
            assertThat(held.get("title").asText())
                    .isEqualTo("Demo Tolak Kenaikan BBM di Makassar Ricuh, Polisi Tangkap Puluhan Mahasiswa");
            assertThat(held.get("published").asText()).isEqualTo("2022-09-08T19:40:00+08:00");
            assertThat(held.get("url").isNull()).isTrue();
            assertThat(held.get("date").asText()).isEqualTo("2022-09-08");
            assertThat(held.get("size").asLong()).isEqualTo(1000);
            assertThat(held.get("approximate").asBoolean()).isTrue();
            assertThat(held.get("location").get("name").asText()).isEqualTo("Makassar");
            assertThat(held.get("evidence")).hasSize(2);
            assertThat(vowed.get("modality").asText()).isEqualTo("planned");
            assertThat(vowed.get("reported").asBoolean()).isTrue();
            assertThat(vowed.get("location").isNull()).isTrue();
        }
        // the article's fields, then the event exactly as the analyze record writes it
        List<String> names = names(rows.get(0));
        assertThat(names.subList(0, 5)).containsExactly("id", "input", "url", "title", "published");
        assertThat(names.subList(5, names.size())).containsExactly("type", "mode", "actor", "target", "location",
                "date", "datePrecision", "killed", "injured", "arrested", "size", "approximate", "negated",
                "modality", "reported", "counts", "evidence", "confidence");
    }

    @Test
    void csvFollowsTheDocumentedColumnsAndQuotesCommasQuotesAndLineBreaks(@TempDir Path dir) throws IOException {
        List<String> inputs = new ArrayList<>(rallies(dir, 2, 23));
        inputs.add(1, Files.writeString(dir.resolve("harga-cabai.txt"), PRICES).toString());
        List<String> args = new ArrayList<>(List.of("--format", "csv", "--threads", "2"));
        args.addAll(inputs);

        assertThat(events(args.toArray(String[]::new))).isZero();

        String csv = out();
        assertThat(csv).startsWith(String.join(",", EventWriter.COLUMNS) + "\r\n").endsWith("\r\n");
        // the vow's quotation marks are doubled inside a quoted field
        assertThat(csv).contains(",\"\"\"Kami akan terus turun ke jalan sampai harga BBM kembali normal,\"\" kata "
                + "Ahmad Fauzi, koordinator aksi.\"\r\n");
        List<List<String>> records = parseCsv(csv);
        assertThat(records).hasSize(5);
        assertThat(records.get(0)).isEqualTo(EventWriter.COLUMNS);
        for (List<String> r : records) {
            assertThat(r).hasSize(EventWriter.COLUMNS.size());
        }
        List<String> held = records.get(1);
        List<String> vowed = records.get(2);
        assertThat(field(held, "input")).isEqualTo(inputs.get(0));
        assertThat(field(records.get(3), "input")).isEqualTo(inputs.get(2));
        assertThat(field(held, "event")).isEqualTo("PROTEST");
        assertThat(field(held, "mode")).isEqualTo("demo");
        assertThat(field(held, "cameo_root")).isEqualTo("14");
        assertThat(field(held, "gdelt_quad_class")).isEqualTo("3");
        assertThat(field(held, "actor_text")).isEqualTo("mahasiswa");
        assertThat(field(held, "actor_sector")).isEqualTo("EDU");
        assertThat(field(held, "recipient_text")).isEqualTo("DPRD Sulawesi Selatan");
        assertThat(field(held, "recipient_code")).isEqualTo("IDN");
        assertThat(field(held, "resolved_place")).isEqualTo("Makassar");
        assertThat(field(held, "province")).isEqualTo("Sulawesi Selatan");
        assertThat(field(held, "lat")).isEqualTo("-5.14861");
        assertThat(field(held, "lon")).isEqualTo("119.43194");
        assertThat(field(held, "geonameid")).isEqualTo("1622786");
        assertThat(field(held, "geo_precision")).isEqualTo("1");
        assertThat(field(held, "date")).isEqualTo("2022-09-08");
        assertThat(field(held, "dead")).isEmpty();
        assertThat(field(held, "arrested")).isEqualTo("23");
        assertThat(field(records.get(3), "arrested")).isEqualTo("24");
        assertThat(field(held, "counts")).isEqualTo("size about 1000 mahasiswa; arrested 23 mahasiswa");
        // two sentences, one a line; the first holds commas
        assertThat(field(held, "text")).isEqualTo("Ribuan mahasiswa berunjuk rasa di depan kantor DPRD Sulawesi "
                + "Selatan, Makassar, pada Kamis (8/9) menolak kenaikan harga bahan bakar minyak.\nPolisi menangkap "
                + "23 mahasiswa setelah massa membakar ban dan melempari petugas dengan batu.");
        assertThat(field(vowed, "text")).isEqualTo(VOW);
        assertThat(field(vowed, "modality")).isEqualTo("planned");
        assertThat(field(vowed, "reported")).isEqualTo("true");
        assertThat(field(vowed, "resolved_place")).isEmpty();
        assertThat(field(vowed, "recipient_text")).isEmpty();
    }

    @Test
    void geoJsonIsAValidFeatureCollectionOfTheLocatedEventsAndCountsTheOthers(@TempDir Path dir)
            throws IOException {
        List<String> inputs = rallies(dir, 3, 30);
        List<String> args = new ArrayList<>(List.of("--format", "geojson", "--threads", "2"));
        args.addAll(inputs);

        assertThat(events(args.toArray(String[]::new))).isZero();

        JsonNode collection = Json.read(out());
        assertThat(names(collection)).containsExactly("type", "features", "unlocated");
        assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.get("unlocated").asInt()).isEqualTo(3); // the three vows
        JsonNode features = collection.get("features");
        assertThat(features).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode f = features.get(i);
            assertThat(f.get("type").asText()).isEqualTo("Feature");
            assertThat(f.get("geometry").get("type").asText()).isEqualTo("Point");
            JsonNode xy = f.get("geometry").get("coordinates");
            assertThat(xy).hasSize(2);
            assertThat(xy.get(0).isNumber() && xy.get(1).isNumber()).isTrue();
            assertThat(xy.get(0).asDouble()).isEqualTo(119.43194); // longitude first
            assertThat(xy.get(1).asDouble()).isEqualTo(-5.14861);
            JsonNode p = f.get("properties");
            assertThat(names(p)).containsExactlyElementsOf(EventWriter.COLUMNS);
            assertThat(p.get("input").asText()).isEqualTo(inputs.get(i));
            assertThat(p.get("arrested").isIntegralNumber()).isTrue();
            assertThat(p.get("arrested").asInt()).isEqualTo(30 + i);
            assertThat(p.get("lat").asDouble()).isEqualTo(-5.14861);
            assertThat(p.get("approximate").isBoolean()).isTrue();
            assertThat(p.get("dead").isNull()).isTrue();
            assertThat(p.get("gdelt_quad_class").asInt()).isEqualTo(3);
        }
    }

    @Test
    void anEmptyBatchIsStillAValidDocumentInEveryFormat(@TempDir Path dir) throws IOException {
        Path prices = Files.writeString(dir.resolve("harga-cabai.txt"), PRICES);
        assertThat(events("--format", "geojson", prices.toString())).isZero();
        JsonNode collection = Json.read(out());
        assertThat(collection.get("features")).isEmpty();
        assertThat(collection.get("unlocated").asInt()).isZero();

        stdout.reset();
        assertThat(events("--format", "csv", prices.toString())).isZero();
        assertThat(out()).isEqualTo(String.join(",", EventWriter.COLUMNS) + "\r\n");

        stdout.reset();
        assertThat(events(prices.toString())).isZero();
        assertThat(out()).isEmpty();
    }

    @Test
    void failedInputsAreNamedOnStandardErrorHaveNoRowsAndMakeTheExitCodeOne(@TempDir Path dir)
            throws IOException {
        Path empty = Files.writeString(dir.resolve("kosong.txt"), "");
        Path good = Files.writeString(dir.resolve("demo.txt"), RALLY.formatted(23));
        Path missing = dir.resolve("tidak-ada.txt");

        int code = events("--format", "csv", empty.toString(), good.toString(), missing.toString());

        assertThat(code).isEqualTo(1);
        List<List<String>> records = parseCsv(out());
        assertThat(records).hasSize(3);
        assertThat(records.subList(1, 3)).allSatisfy(r -> assertThat(field(r, "input")).isEqualTo(good.toString()));
        assertThat(err()).contains("warta events: " + empty + ": empty: ")
                .contains("warta events: " + missing + ": not-found: ")
                .doesNotContain(good.toString());
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(events()).isEqualTo(2);
        assertThat(events("--format", "md", "x.txt")).isEqualTo(2);
        assertThat(events("--threads", "0", "x.txt")).isEqualTo(2);
        assertThat(events("--max-analysed-chars", "0", "x.txt")).isEqualTo(2);
        assertThat(err()).contains("--format").doesNotContain("\tat id.warta");
    }

    private static String field(List<String> record, String column) {
        return record.get(EventWriter.COLUMNS.indexOf(column));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
