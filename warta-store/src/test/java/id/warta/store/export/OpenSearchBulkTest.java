package id.warta.store.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.Warta;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.store.StoredArticle;
import id.warta.store.StoredError;
import id.warta.store.Story;
import id.warta.store.StoryEvent;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code _bulk} body of every table, from a small set we wrote (a port strike in Tanjung Priok reported by two
 * sites, a bushfire report in English, and the strike's story with its happenings, one located and one not), read
 * back line by line against the tables' flat rows and the index mappings.
 */
class OpenSearchBulkTest {

    private static final String STRIKE = """
            Ribuan Sopir Truk Mogok di Tanjung Priok, Bongkar Muat Peti Kemas Tersendat

            By Yoga Pratama, Senin, 13 Maret 2023 | 11:40 WIB

            Beritapelabuhan.id - Ribuan sopir truk kontainer mogok kerja di Pelabuhan Tanjung Priok, Jakarta Utara, \
            Senin (13/3) pagi, menuntut kenaikan tarif angkutan dan penertiban pungutan liar.

            Polisi menangkap tujuh orang yang memblokade gerbang terminal, sementara dua pengemudi luka-luka saat \
            terjadi saling dorong.

            "Kami hanya minta tarif yang adil," kata Ketua Asosiasi Sopir Truk Kontainer Budi Santoso.
            """;

    private static final String BUSHFIRE = """
            Bushfire forces evacuation of 2,000 residents near Perth

            By Emma Clarke, Wednesday, 1 February 2023 | 16:05

            A fast-moving bushfire forced about 2,000 residents to leave their homes in the hills east of Perth on \
            Wednesday, the Department of Fire and Emergency Services said.

            Two firefighters were treated for smoke inhalation and one house was destroyed, officials said.
            """;

    private static StoredArticle strike;
    private static StoredArticle copy;
    private static StoredArticle bushfire;
    private static Story story;
    private static List<StoredError> errors;

    @BeforeAll
    static void records() {
        Instant at = Instant.parse("2023-03-13T06:00:00Z");
        errors = List.of(new StoredError("0be1", "cc-news-2023-03-13.warc.gz#48213",
                        "https://beritapelabuhan.id/unduh/tarif-angkutan.pdf", "not-html",
                        "the response is application/pdf, not HTML", at),
                new StoredError("0be2", "kosong.txt", null, "empty", "the input is empty", at));
        Analysis a = Warta.analyze(STRIKE, "https://beritapelabuhan.id/2023/03/13/sopir-truk-mogok-priok");
        Analysis b = Warta.analyze(STRIKE, "https://jakartaterkini.com/read/mogok-sopir-truk-tanjung-priok");
        strike = new StoredArticle("p1", a, null, "p1", at);
        copy = new StoredArticle("p2", b, "p1", "p1", at);
        bushfire = new StoredArticle("w1", Warta.analyze(BUSHFIRE, "https://news.example.com.au/perth-bushfire"),
                null, "w1", at);
        String text = a.article().text();
        int drivers = text.indexOf("Ribuan sopir truk");
        int police = text.indexOf("Polisi");
        int port = text.indexOf("Pelabuhan Tanjung Priok");
        int arrests = text.indexOf("Polisi menangkap");
        Actor strikers = new Actor("sopir truk kontainer", "IDN", "LAB", List.of(), drivers + 7, drivers + 27);
        Actor officers = new Actor("Polisi", "IDN", "COP", List.of(), police, police + 6);
        LocalDate day = LocalDate.of(2023, 3, 13);
        Event walkout = new Event("PROTEST", "strike", strikers, null, new EventLocation("Tanjung Priok", "IDN",
                "DKI Jakarta", -6.10808, 106.88042, 1624917, 1, EventLocation.Source.SENTENCE, port + 10, port + 23),
                day, TimeExpression.Precision.DAY, null, 2L, null, 1000L, true, false, Event.Modality.ASSERTED, false,
                List.of(new Count(Count.Kind.INJURED, 2, false, "pengemudi", text.indexOf("dua pengemudi"),
                        text.indexOf("dua pengemudi") + 13)),
                List.of(new Evidence(text.substring(drivers, text.indexOf('.', drivers) + 1), drivers,
                        text.indexOf('.', drivers) + 1)), 0.85);
        Event arrest = new Event("COERCE", "arrest", officers, strikers, null, day, TimeExpression.Precision.DAY,
                null, null, 7L, null, false, false, Event.Modality.ASSERTED, false, List.of(),
                List.of(new Evidence(text.substring(arrests, text.indexOf('.', arrests) + 1), arrests,
                        text.indexOf('.', arrests) + 1)), 0.8);
        story = new Story("p1", a.article().title(), a.article().published(), b.article().published(),
                List.of("p1", "p2"), List.of("beritapelabuhan.id", "jakartaterkini.com"),
                List.of(new StoryEvent("p1", walkout, List.of("p1", "p2")), new StoryEvent("p1", arrest,
                        List.of("p1"))));
    }

    private static String bulk(Table table, String prefix) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = OpenSearch.bulkWriter(table, out, prefix)) {
            switch (table) {
                case STORIES -> w.write(story);
                case ERRORS -> {
                    for (StoredError e : errors) {
                        w.write(e);
                    }
                }
                case EVENTS -> {
                    for (StoryEvent e : story.events()) {
                        w.write(e, strike);
                    }
                }
                default -> {
                    for (StoredArticle s : List.of(strike, copy, bushfire)) {
                        w.write(s);
                    }
                }
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Object[]> rows(Table table) {
        List<Object[]> rows = new ArrayList<>();
        switch (table) {
            case STORIES -> rows.add(Rows.story(story));
            case ERRORS -> errors.forEach(e -> rows.add(Rows.error(e.id(), e.input(), e.url(), e.code(),
                    e.message(), null)));
            case EVENTS -> {
                for (int i = 0; i < story.events().size(); i++) {
                    StoryEvent e = story.events().get(i);
                    rows.add(Rows.event("p1#e" + (i + 1), strike.analysis().article(), e.event(), "p1",
                            e.articles()));
                }
            }
            case ARTICLES -> List.of(strike, copy, bushfire).forEach(s -> rows.add(Rows.article(s)));
            case ENTITIES -> List.of(strike, copy, bushfire).forEach(s -> rows.addAll(Rows.entities(s)));
        }
        return rows;
    }

    /** The action and document of each row. */
    private static List<JsonNode[]> pairs(String bulk) throws IOException {
        assertThat(bulk).endsWith("\n");
        String[] lines = bulk.split("\n", -1);
        assertThat(lines.length % 2).as("action and document lines, then the final newline").isEqualTo(1);
        List<JsonNode[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < lines.length; i += 2) {
            assertThat(lines[i]).startsWith("{\"index\":{");
            assertThat(lines[i + 1]).startsWith("{").endsWith("}");
            pairs.add(new JsonNode[] {Json.read(lines[i]), Json.read(lines[i + 1])});
        }
        return pairs;
    }

    @Test
    void theSetHasWhatTheTablesShow() {
        assertThat(strike.analysis().entities()).isNotEmpty();
        assertThat(bushfire.analysis().entities()).isNotEmpty();
        assertThat(strike.analysis().article().authors()).containsExactly("Yoga Pratama");
    }

    @Test
    void everyRowIsAnIndexActionWithAUniqueIdThenItsTypedDocument() throws IOException {
        for (Table table : Table.values()) {
            List<JsonNode[]> pairs = pairs(bulk(table, OpenSearch.DEFAULT_INDEX_PREFIX));
            List<Object[]> rows = rows(table);
            assertThat(pairs).as(table.id()).hasSize(rows.size());
            Set<String> ids = new HashSet<>();
            for (int r = 0; r < rows.size(); r++) {
                JsonNode action = pairs.get(r)[0];
                JsonNode doc = pairs.get(r)[1];
                assertThat(action.size()).isEqualTo(1);
                assertThat(action.path("index").path("_index").asText()).isEqualTo("warta-" + table.id());
                assertThat(action.path("index").size()).isEqualTo(2);
                assertThat(ids.add(action.path("index").path("_id").asText())).as(table.id() + " ids unique")
                        .isTrue();
                Object[] row = rows.get(r);
                Set<String> present = new TreeSet<>();
                for (int c = 0; c < row.length; c++) {
                    Column column = table.columns().get(c);
                    JsonNode value = doc.get(column.name());
                    if (row[c] == null) {
                        assertThat(value).as(table.id() + " " + column.name() + " left out when null").isNull();
                        continue;
                    }
                    present.add(column.name());
                    assertTyped(table, column, row[c], value);
                }
                Set<String> fields = new TreeSet<>();
                doc.fieldNames().forEachRemaining(fields::add);
                fields.remove("location");
                assertThat(fields).as(table.id() + " fields").isEqualTo(present);
            }
        }
    }

    private static void assertTyped(Table table, Column column, Object expected, JsonNode value) {
        String what = table.id() + " " + column.name();
        switch (column.type().getSimpleName()) {
            case "Long", "Integer" -> {
                assertThat(value.isIntegralNumber()).as(what).isTrue();
                assertThat(value.asLong()).as(what).isEqualTo(((Number) expected).longValue());
            }
            case "Double" -> {
                assertThat(value.isNumber()).as(what).isTrue();
                double want = expected instanceof BigDecimal d ? d.doubleValue() : (Double) expected;
                assertThat(value.asDouble()).as(what).isEqualTo(want);
            }
            case "Boolean" -> assertThat(value.isBoolean() && value.asBoolean() == (Boolean) expected).as(what)
                    .isTrue();
            default -> {
                String s = (String) expected;
                Set<String> lists = Set.of("authors", "sites", "counts", "actor_members", "recipient_members",
                        "articles");
                if (lists.contains(column.name())) {
                    assertThat(value.isArray()).as(what + " is a list").isTrue();
                    List<String> items = new ArrayList<>();
                    value.forEach(v -> items.add(v.asText()));
                    String separator = column.name().equals("authors") || column.name().equals("sites")
                            || column.name().equals("counts") ? Rows.LIST : " ";
                    assertThat(String.join(separator, items)).as(what).isEqualTo(s);
                } else {
                    assertThat(value.isTextual()).as(what).isTrue();
                    assertThat(value.asText()).as(what).isEqualTo(s);
                }
            }
        }
    }

    @Test
    void theListsAndTheIdsOfEachTableAreThoseAReaderExpects() throws IOException {
        List<JsonNode[]> articles = pairs(bulk(Table.ARTICLES, "warta-"));
        assertThat(articles).extracting(p -> p[0].path("index").path("_id").asText()).containsExactly("p1", "p2",
                "w1");
        assertThat(articles.get(0)[1].get("authors").get(0).asText()).isEqualTo("Yoga Pratama");
        assertThat(articles.get(1)[1].get("duplicate_of").asText()).isEqualTo("p1");
        assertThat(articles.get(0)[1].has("duplicate_of")).isFalse();
        OffsetDateTime.parse(articles.get(0)[1].get("published").asText());

        List<JsonNode[]> stories = pairs(bulk(Table.STORIES, "warta-"));
        assertThat(stories).hasSize(1);
        JsonNode s = stories.get(0)[1];
        assertThat(s.get("sites")).hasSize(2);
        assertThat(s.get("sites").get(1).asText()).isEqualTo("jakartaterkini.com");
        assertThat(s.get("articles").asLong()).isEqualTo(2);

        List<JsonNode[]> events = pairs(bulk(Table.EVENTS, "warta-"));
        assertThat(events).extracting(p -> p[0].path("index").path("_id").asText()).containsExactly("p1#e1",
                "p1#e2");
        JsonNode walkout = events.get(0)[1];
        assertThat(walkout.get("location").get("lat").asDouble()).isEqualTo(-6.10808);
        assertThat(walkout.get("location").get("lon").asDouble()).isEqualTo(106.88042);
        assertThat(walkout.get("articles")).hasSize(2);
        assertThat(walkout.get("counts").get(0).asText()).isEqualTo("injured 2 pengemudi");
        assertThat(walkout.get("date").asText()).isEqualTo("2023-03-13");
        assertThat(events.get(1)[1].has("location")).as("the arrest has no place").isFalse();

        List<JsonNode[]> entities = pairs(bulk(Table.ENTITIES, "warta-"));
        int strikeEntities = strike.analysis().entities().size();
        for (int i = 0; i < entities.size(); i++) {
            JsonNode[] p = entities.get(i);
            String article = p[1].get("article").asText();
            int n = article.equals("p1") ? i + 1 : article.equals("p2") ? i + 1 - strikeEntities
                    : i + 1 - 2 * strikeEntities;
            assertThat(p[0].path("index").path("_id").asText()).isEqualTo(article + ":" + n);
        }
    }

    @Test
    void thePrefixNamesTheIndexesAndMustBeAnIndexNamesStart() throws IOException {
        assertThat(pairs(bulk(Table.STORIES, "berita-2023.")).get(0)[0].path("index").path("_index").asText())
                .isEqualTo("berita-2023.stories");
        assertThat(pairs(bulk(Table.STORIES, "")).get(0)[0].path("index").path("_index").asText())
                .isEqualTo("stories");
        for (String bad : List.of("Warta-", "_warta", "warta news", "warta/", "warta,", "-warta", "warta*")) {
            assertThatThrownBy(() -> OpenSearch.bulkWriter(Table.STORIES, new ByteArrayOutputStream(), bad))
                    .as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theDefaultFormatWritesTheDefaultPrefix() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter w = TableWriter.open(Table.STORIES, TableFormat.OPENSEARCH_BULK, out)) {
            w.write(story);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("{\"index\":{\"_index\":\"warta-stories\","
                + "\"_id\":\"p1\"}}\n{\"id\":\"p1\",");
        assertThat(TableFormat.of("OpenSearch-Bulk")).isEqualTo(TableFormat.OPENSEARCH_BULK);
        assertThat(TableFormat.OPENSEARCH_BULK.id()).isEqualTo("opensearch-bulk");
    }

    /** Which mapping types hold a column's values. */
    private static final Map<String, Set<String>> MAPPED = Map.of(
            "String", Set.of("keyword", "text", "date"),
            "Long", Set.of("long"),
            "Integer", Set.of("integer"),
            "Double", Set.of("double"),
            "Boolean", Set.of("boolean"));

    @Test
    void eachMappingTypesEveryColumnAndNothingElseButTheEventsGeoPoint() throws IOException {
        for (Table table : Table.values()) {
            JsonNode properties = Json.read(OpenSearch.mapping(table)).path("mappings").path("properties");
            Set<String> mapped = new TreeSet<>();
            properties.fieldNames().forEachRemaining(mapped::add);
            Set<String> columns = new TreeSet<>();
            for (Column c : table.columns()) {
                columns.add(c.name());
                String type = properties.path(c.name()).path("type").asText();
                assertThat(MAPPED.get(c.type().getSimpleName())).as(table.id() + " " + c.name() + ": " + type)
                        .contains(type);
            }
            if (table == Table.EVENTS) {
                columns.add("location");
                assertThat(properties.path("location").path("type").asText()).isEqualTo("geo_point");
            }
            assertThat(mapped).as(table.id()).isEqualTo(columns);
        }
    }

    @Test
    void whatTheMappingsCallDatesAreIsoDatesInTheDocuments() throws IOException {
        for (Table table : Table.values()) {
            JsonNode properties = Json.read(OpenSearch.mapping(table)).path("mappings").path("properties");
            for (JsonNode[] pair : pairs(bulk(table, "warta-"))) {
                for (Iterator<Map.Entry<String, JsonNode>> it = pair[1].fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    if (properties.path(field.getKey()).path("type").asText().equals("date")) {
                        String v = field.getValue().asText();
                        if (v.length() == 10) {
                            LocalDate.parse(v);
                        } else {
                            OffsetDateTime.parse(v);
                        }
                    }
                }
            }
        }
    }
}
