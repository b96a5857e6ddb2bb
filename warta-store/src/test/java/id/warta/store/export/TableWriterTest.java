package id.warta.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.Warta;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.export.EventWriter;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.store.StoredArticle;
import id.warta.store.StoredError;
import id.warta.store.Story;
import id.warta.store.StoryEvent;
import id.warta.time.TimeExpression;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every table in every format, from a small set of stored records (a riot report, its syndicated copy on another
 * site, and an English flood report), read back, Parquet with Parquet's own reader, and compared row by row.
 */
class TableWriterTest {

    private static final String RIOT = """
            Bentrok Demo Tolak Kenaikan BBM di Makassar, Tiga Orang Tewas dan 40 Luka-luka

            By Andi Rahmawati, Jumat, 9 September 2022 | 08:15 WITA

            Wartacontoh.com - Bentrokan antara aparat keamanan dan pengunjuk rasa pecah di Makassar, Sulawesi \
            Selatan, Kamis (8/9) sore, saat ribuan mahasiswa menolak kenaikan harga bahan bakar minyak.

            Dua mahasiswa dan seorang polisi tewas, sementara sekitar 40 orang luka-luka dan dibawa ke Rumah Sakit \
            Bhayangkara.

            Kepolisian Daerah Sulawesi Selatan menangkap 23 orang yang diduga memprovokasi kerusuhan.
            """;

    private static final String FLOODS = """
            Pakistan floods: death toll passes 1,000 as army joins rescue

            By Sarah Malik, Monday, 29 August 2022 | 09:40

            Floods triggered by record monsoon rains have killed at least 1,033 people in Pakistan since mid-June, \
            the National Disaster Management Authority said on Monday, August 29, 2022.

            The army deployed some 6,000 troops to Sindh and Balochistan provinces to evacuate stranded families, \
            a military spokesman said in Islamabad.
            """;

    private static StoredArticle riot;
    private static StoredArticle copy;
    private static StoredArticle floods;
    private static List<StoryEvent> storyEvents;
    private static Story story;

    @BeforeAll
    static void records() {
        Instant at = Instant.parse("2022-09-09T03:00:00Z");
        Analysis a = Warta.analyze(RIOT, "https://makassar.example.id/read/2022/09/09/bentrok-demo-bbm");
        Analysis b = Warta.analyze(RIOT, "https://sulsel.example.com/berita/bentrok-demo-bbm-makassar");
        riot = new StoredArticle("a1", a, null, "a1", at);
        copy = new StoredArticle("a2", b, "a1", "a1", at);
        floods = new StoredArticle("f1", Warta.analyze(FLOODS, "https://news.example.com/pakistan-floods"), null,
                "f1", at);
        storyEvents = storyEvents(a.article().text());
        story = new Story("a1", a.article().title(), a.article().published(), b.article().published(),
                List.of("a1", "a2"), List.of("makassar.example.id", "sulsel.example.com"), storyEvents);
    }

    /**
     * The story's happenings as a merger gives them, written by hand so that the totals do not hang on the event
     * coder: the riot (3 dead: two students and a policeman), the arrests, and a denied shooting whose dead are not
     * counted.
     */
    private static List<StoryEvent> storyEvents(String text) {
        Evidence clash = sentence(text, "Bentrokan antara");
        Evidence dead = sentence(text, "Dua mahasiswa");
        Evidence arrests = sentence(text, "Kepolisian Daerah");
        int students = text.indexOf("Dua mahasiswa");
        int officer = text.indexOf("seorang polisi");
        int wounded = text.indexOf("sekitar 40 orang");
        EventLocation makassar = new EventLocation("Makassar", "IDN", "Sulawesi Selatan", -5.14861, 119.43194,
                1622786, 1, EventLocation.Source.SENTENCE, text.indexOf("Makassar"), text.indexOf("Makassar") + 8);
        Actor protesters = new Actor("pengunjuk rasa", "IDN", "CVL", List.of(), text.indexOf("pengunjuk rasa"),
                text.indexOf("pengunjuk rasa") + 14);
        Actor police = new Actor("aparat keamanan", "IDN", "COP", List.of(), text.indexOf("aparat keamanan"),
                text.indexOf("aparat keamanan") + 15);
        LocalDate day = LocalDate.of(2022, 9, 8);
        Event riot = new Event("PROTEST", "riot", protesters, police, makassar, day, TimeExpression.Precision.DAY,
                3L, 40L, null, null, true, false, Event.Modality.ASSERTED, false,
                List.of(new Count(Count.Kind.KILLED, 2, false, "mahasiswa", students, students + 13),
                        new Count(Count.Kind.KILLED, 1, false, "polisi", officer, officer + 14),
                        new Count(Count.Kind.INJURED, 40, true, "orang", wounded, wounded + 16)),
                List.of(clash, dead), 0.9);
        Event arrest = new Event("COERCE", "arrest", police, protesters, makassar, day, TimeExpression.Precision.DAY,
                null, null, 23L, null, false, false, Event.Modality.ASSERTED, false, List.of(), List.of(arrests), 0.8);
        Event denied = new Event("ASSAULT", null, police, protesters, makassar, day, TimeExpression.Precision.DAY,
                2L, null, null, null, false, true, Event.Modality.ASSERTED, true, List.of(), List.of(dead), 0.5);
        return List.of(new StoryEvent("a1", riot, List.of("a1", "a2")),
                new StoryEvent("a1", arrest, List.of("a1")), new StoryEvent("a1", denied, List.of("a2")));
    }

    private static Evidence sentence(String text, String opening) {
        int start = text.indexOf(opening);
        int end = text.indexOf('.', start) + 1;
        return new Evidence(text.substring(start, end), start, end);
    }

    /** An input of the set that gave no article. */
    private static final StoredError failure = new StoredError("5d1c0a9e3b7f2468", "crawl-2024-03.warc.gz#18532",
            "https://www.antaranews.com/berita/laporan-tahunan.pdf", "not-html",
            "the response is application/pdf, not an HTML page", Instant.parse("2024-03-07T02:15:00Z"));

    /** Writes the table's records of the set. */
    private static void fill(TableWriter w, Table table) throws IOException {
        switch (table) {
            case STORIES -> w.write(story);
            case ERRORS -> w.write(failure);
            case EVENTS -> {
                for (StoryEvent e : storyEvents) {
                    w.write(e, riot);
                }
            }
            default -> {
                for (StoredArticle s : List.of(riot, copy, floods)) {
                    w.write(s);
                }
            }
        }
    }

    /** The flat rows the set gives for a table. */
    private static List<Object[]> expected(Table table) {
        List<Object[]> rows = new ArrayList<>();
        switch (table) {
            case STORIES -> rows.add(Rows.story(story));
            case ERRORS -> rows.add(new Object[] {failure.id(), failure.input(), failure.url(), failure.code(),
                    failure.message(), null});
            case EVENTS -> {
                for (int i = 0; i < storyEvents.size(); i++) {
                    rows.add(Rows.event("a1#e" + (i + 1), riot.analysis().article(), storyEvents.get(i).event(),
                            "a1", storyEvents.get(i).articles()));
                }
            }
            case ARTICLES -> List.of(riot, copy, floods).forEach(s -> rows.add(Rows.article(s)));
            case ENTITIES -> List.of(riot, copy, floods).forEach(s -> rows.addAll(Rows.entities(s)));
        }
        return rows;
    }

    private static byte[] write(Table table, TableFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = TableWriter.open(table, format, out)) {
            fill(w, table);
            assertThat(w.rows()).isEqualTo(expected(table).size());
        }
        return out.toByteArray();
    }

    @Test
    void theSetHasWhatTheTablesShow() {
        assertThat(riot.analysis().events()).isNotEmpty();
        assertThat(riot.analysis().entities()).extracting(e -> e.text()).contains("Makassar");
        assertThat(floods.analysis().entities()).isNotEmpty();
    }

    @Test
    void csvHasTheHeaderAndEveryRowOfEveryTable() throws IOException {
        for (Table table : Table.values()) {
            List<List<String>> rows = csv(new String(write(table, TableFormat.CSV), StandardCharsets.UTF_8));
            assertThat(rows.get(0)).as(table.id()).containsExactlyElementsOf(
                    table.columns().stream().map(Column::name).toList());
            List<Object[]> expected = expected(table);
            assertThat(rows).hasSize(expected.size() + 1);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(rows.get(i + 1)).as(table.id() + " row " + i).containsExactlyElementsOf(
                        Arrays.stream(expected.get(i)).map(TableWriterTest::plain).toList());
            }
        }
    }

    @Test
    void theEventsCsvIsTheEventsRowsWithTheirStory() throws IOException {
        List<List<String>> rows = csv(new String(write(Table.EVENTS, TableFormat.CSV), StandardCharsets.UTF_8));
        List<String> header = new ArrayList<>(EventWriter.COLUMNS);
        header.addAll(List.of("story", "articles"));
        assertThat(rows.get(0)).containsExactlyElementsOf(header);
        int dead = header.indexOf("dead");
        long killed = rows.stream().skip(1).filter(r -> !r.get(dead).isEmpty())
                .mapToLong(r -> Long.parseLong(r.get(dead))).sum();
        assertThat(killed).isEqualTo(3 + 2); // every row's dead, the denied ones too: a row is what the text says
        assertThat(rows.get(1).get(header.indexOf("id"))).isEqualTo("a1#e1");
        assertThat(rows.get(1).get(header.indexOf("articles"))).isEqualTo("a1 a2");
    }

    @Test
    void anEntityRowNamesItsArticleAndWhereItIsFirstMentioned() throws IOException {
        List<List<String>> rows = csv(new String(write(Table.ENTITIES, TableFormat.CSV), StandardCharsets.UTF_8));
        String text = riot.analysis().article().text();
        assertThat(rows).contains(List.of("a1", "Makassar", "loc", "city", "IDN",
                Long.toString(riot.analysis().entities().stream().filter(e -> e.text().equals("Makassar"))
                        .findFirst().orElseThrow().mentions().size()),
                Integer.toString(text.indexOf("Makassar"))));
    }

    @Test
    void theStoriesRowCountsItsArticlesSitesAndDead() throws IOException {
        List<List<String>> rows = csv(new String(write(Table.STORIES, TableFormat.CSV), StandardCharsets.UTF_8));
        assertThat(rows.get(1)).containsExactly("a1", riot.analysis().article().title(),
                Json.format(riot.analysis().article().published()), Json.format(copy.analysis().article().published()),
                "2", "makassar.example.id; sulsel.example.com", Integer.toString(storyEvents.size()), "3");
    }

    @Test
    void jsonLinesOfArticlesAreTheAnalysisRecordWithTheStoresFields() throws IOException {
        String[] lines = new String(write(Table.ARTICLES, TableFormat.JSONL), StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3);
        JsonNode first = Json.read(lines[1]);
        assertThat(first.fieldNames().next()).isEqualTo("id");
        assertThat(first.get("id").asText()).isEqualTo("a2");
        assertThat(first.get("duplicateOf").asText()).isEqualTo("a1");
        assertThat(first.get("story").asText()).isEqualTo("a1");
        // the rest of the row is the analysis record: it reads back and writes as analyze writes it
        assertThat(Json.writer().writeValueAsString(Json.readAnalysis(lines[1])))
                .isEqualTo(Json.writer().writeValueAsString(copy.analysis()));
    }

    @Test
    void jsonLinesOfEventsAreTheEventRecordWithStoryAndArticles() throws IOException {
        String[] lines = new String(write(Table.EVENTS, TableFormat.JSONL), StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(storyEvents.size());
        for (int i = 0; i < lines.length; i++) {
            JsonNode row = Json.read(lines[i]);
            assertThat(row.get("id").asText()).isEqualTo("a1#e" + (i + 1));
            assertThat(row.get("url").asText()).isEqualTo(riot.analysis().article().url());
            assertThat(row.get("story").asText()).isEqualTo("a1");
            assertThat(row.get("articles")).extracting(JsonNode::asText)
                    .containsExactlyElementsOf(storyEvents.get(i).articles());
            Event event = Json.readEvent(row);
            assertThat(Json.writer().writeValueAsString(event))
                    .isEqualTo(Json.writer().writeValueAsString(storyEvents.get(i).event()));
        }
    }

    @Test
    void jsonLinesOfEntitiesAndStoriesAreTheirTypedColumns() throws IOException {
        for (Table table : List.of(Table.ENTITIES, Table.STORIES)) {
            String[] lines = new String(write(table, TableFormat.JSONL), StandardCharsets.UTF_8).split("\n");
            List<Object[]> expected = expected(table);
            assertThat(lines).hasSize(expected.size());
            for (int i = 0; i < lines.length; i++) {
                JsonNode row = Json.read(lines[i]);
                List<Object> values = new ArrayList<>();
                for (Column c : table.columns()) {
                    JsonNode v = row.get(c.name());
                    values.add(v.isNull() ? null : v.isTextual() ? v.asText() : v.asLong());
                }
                assertThat(values).as(table.id() + " row " + i).containsExactly(expected.get(i));
            }
        }
    }

    @Test
    void parquetReadsBackWithParquetsReaderInTheTablesSchema(@TempDir Path dir) throws IOException {
        for (Table table : Table.values()) {
            Path file = dir.resolve(table.id() + ".parquet");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(write(table, TableFormat.PARQUET));
            }
            List<Object[]> expected = expected(table);
            List<Group> rows = new ArrayList<>();
            MessageType schema;
            ParquetReadOptions options = new ParquetReadOptions.Builder(new PlainParquetConfiguration())
                    .withCodecFactory(ParquetCodecs.INSTANCE).build();
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
                schema = reader.getFooter().getFileMetaData().getSchema();
                PageReadStore pages;
                while ((pages = reader.readNextRowGroup()) != null) {
                    RecordReader<Group> records = new ColumnIOFactory().getColumnIO(schema)
                            .getRecordReader(pages, new GroupRecordConverter(schema));
                    for (long i = 0; i < pages.getRowCount(); i++) {
                        rows.add(records.read());
                    }
                }
            }
            assertThat(schema).isEqualTo(ParquetTableWriter.schema(table));
            assertThat(rows).hasSize(expected.size());
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < table.columns().size(); c++) {
                    Column column = table.columns().get(c);
                    Object want = expected.get(r)[c];
                    Group g = rows.get(r);
                    if (want == null) {
                        assertThat(g.getFieldRepetitionCount(column.name())).as(column.name()).isZero();
                        continue;
                    }
                    Object got = switch (column.type().getSimpleName()) {
                        case "String" -> g.getString(column.name(), 0);
                        case "Long" -> g.getLong(column.name(), 0);
                        case "Integer" -> g.getInteger(column.name(), 0);
                        case "Double" -> g.getDouble(column.name(), 0);
                        default -> g.getBoolean(column.name(), 0);
                    };
                    Object wantTyped = want instanceof BigDecimal d ? d.doubleValue() : want;
                    assertThat(got).as(table.id() + " " + column.name()).isEqualTo(wantTyped);
                }
            }
        }
    }

    @Test
    void aTableRefusesRecordsOfAnother() throws IOException {
        try (TableWriter w = TableWriter.open(Table.STORIES, TableFormat.CSV, new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> w.write(riot)).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> w.write(storyEvents.get(0), riot)).isInstanceOf(IllegalStateException.class);
        }
        try (TableWriter w = TableWriter.open(Table.ARTICLES, TableFormat.JSONL, new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> w.write(story)).isInstanceOf(IllegalStateException.class);
        }
    }

    /** A value as CSV writes it, unquoted. */
    private static String plain(Object v) {
        return v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString();
    }

    /** One RFC 4180 field and what ends it: a quoted field (quotes doubled inside) or a bare one. */
    private static final Pattern FIELD = Pattern.compile("(\"(?:[^\"]|\"\")*\"|[^,\"\r\n]*)(,|\r\n)");

    /** RFC 4180 records, every one ended by CRLF. */
    private static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        Matcher m = FIELD.matcher(text);
        int at = 0;
        while (at < text.length()) {
            assertThat(m.find(at) && m.start() == at).as("a field at %d", at).isTrue();
            String f = m.group(1);
            record.add(f.startsWith("\"") ? f.substring(1, f.length() - 1).replace("\"\"", "\"") : f);
            if (m.group(2).equals("\r\n")) {
                records.add(record);
                record = new ArrayList<>();
            }
            at = m.end();
        }
        return records;
    }
}
