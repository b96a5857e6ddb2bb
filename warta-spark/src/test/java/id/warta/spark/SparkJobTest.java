package id.warta.spark;

import id.warta.Warta;
import id.warta.WartaOptions;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.RawDocument;
import id.warta.source.Sources;
import id.warta.store.SearchQuery;
import id.warta.store.StoredArticle;
import id.warta.store.WartaStore;
import id.warta.store.export.Column;
import id.warta.store.export.Rows;
import id.warta.store.export.Table;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scala.Tuple2;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job in {@code local[2]} on WARC files the test writes: four reports of one flood in Semarang (an original, a
 * syndicated copy, a light rewrite, another outlet's own report), an unrelated English article, a repost of the
 * original under a tracking URL, and broken input (a PDF, a 404, a cut gzip member, an empty file, a missing file).
 * The rows of every table are checked against what they must say, and against the single-process path: the
 * analysis records of {@code warta analyze} and the tables {@code warta export} writes after {@code warta ingest}.
 */
class SparkJobTest {

    private static final String ANTARA = "https://www.antaranews.com/berita/4012345/"
            + "banjir-rendam-3400-rumah-di-semarang-1200-warga-mengungsi";
    private static final String SUARA = "https://www.suara.com/news/2024/03/14/100200/"
            + "ribuan-rumah-di-semarang-terendam-banjir-warga-dievakuasi-ke-posko";
    private static final String DETIK = "https://www.detik.com/jateng/berita/d-7241188/"
            + "hujan-semalaman-3400-rumah-di-semarang-kebanjiran";
    private static final String KOMPAS = "https://regional.kompas.com/read/2024/03/14/164500578/"
            + "warga-kemijen-bertahan-di-lantai-dua-saat-banjir-kepung-semarang-utara";
    private static final String REUTERS = "https://www.reuters.com/business/"
            + "rotterdam-dockworkers-walk-out-over-pay-2024-03-14/";

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static String out;
    private static List<String> names;

    @BeforeAll
    static void run() throws IOException {
        Path warcs = Files.createDirectories(dir.resolve("crawl"));
        new TestWarcFile()
                .request(ANTARA, "2024-03-14T02:40:00Z")
                .page(ANTARA, "2024-03-14T02:40:01Z", DecisionsTest.page("antara-banjir-semarang.html"))
                .page(SUARA, "2024-03-14T03:30:00Z", DecisionsTest.page("suara-banjir-semarang-salinan.html"))
                .page(DETIK, "2024-03-14T05:10:00Z", DecisionsTest.page("detik-banjir-semarang-tulis-ulang.html"))
                .writeTo(warcs.resolve("news-1.warc.gz"));
        new TestWarcFile()
                .page(KOMPAS, "2024-03-14T10:20:00Z", DecisionsTest.page("kompas-banjir-semarang-laporan-lain.html"))
                .page(REUTERS, "2024-03-14T08:05:00Z", DecisionsTest.page("reuters-rotterdam-port-strike.html"))
                .page(ANTARA + "?utm_source=twitter&utm_medium=social", "2024-03-14T12:00:00Z",
                        DecisionsTest.page("antara-banjir-semarang.html"))
                .writeTo(warcs.resolve("news-2.warc.gz"));
        new TestWarcFile()
                .response("https://www.bps.go.id/publikasi/statistik-indonesia-2024.pdf", "2024-03-14T06:00:00Z",
                        "200 OK", "application/pdf",
                        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n".getBytes(StandardCharsets.US_ASCII))
                .response("https://www.antaranews.com/berita/4010000/halaman-lama", "2024-03-14T06:01:00Z",
                        "404 Not Found", "text/html; charset=utf-8", ("<html><head><title>Halaman tidak ditemukan"
                                + "</title></head><body><h1>404</h1><p>Halaman yang Anda cari tidak tersedia.</p>"
                                + "</body></html>").getBytes(StandardCharsets.UTF_8))
                .cutPage(KOMPAS.replace("164500578", "171500612"), "2024-03-14T11:00:00Z",
                        DecisionsTest.page("kompas-banjir-semarang-laporan-lain.html"))
                .writeTo(warcs.resolve("broken.warc.gz"));
        Files.write(warcs.resolve("empty.warc.gz"), new byte[0]);
        Path list = Files.writeString(dir.resolve("inputs.txt"), "# the crawl, and a file that went missing\n"
                + warcs + "/*.warc.gz\n" + warcs.resolve("missing.warc.gz") + "\n");

        names = Inputs.expand(List.of(warcs + "/*.warc.gz"), new Configuration());
        spark = WartaSparkJob.session("local[2]", "warta-test");
        out = dir.resolve("out").toString();
        WartaSparkJob.Counts counts = WartaSparkJob.run(spark, List.of("@" + list), out, Tables.Format.PARQUET, 40);
        assertThat(counts.files()).isEqualTo(5);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** A table's rows read back, each its values in the table's column order, then the day. */
    private static List<List<Object>> table(String name, List<Column> columns) {
        return table(spark.read().parquet(out + "/" + name), columns);
    }

    private static List<List<Object>> table(org.apache.spark.sql.Dataset<Row> data, List<Column> columns) {
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : data.collectAsList()) {
            List<Object> values = new ArrayList<>();
            List<String> fields = Arrays.asList(r.schema().fieldNames());
            for (Column c : columns) {
                // Spark's JSON writer leaves null fields out
                values.add(fields.contains(c.name()) ? r.get(r.fieldIndex(c.name())) : null);
            }
            // partition discovery reads a day back as a date
            values.add(String.valueOf(r.<Object>getAs(Tables.DAY)));
            rows.add(values);
        }
        return rows;
    }

    private static Map<String, List<Object>> articlesByUrl() {
        Map<String, List<Object>> byUrl = new HashMap<>();
        for (List<Object> row : table("articles", Rows.ARTICLES)) {
            byUrl.put((String) row.get(4), row);
        }
        return byUrl;
    }

    @Test
    void articlesAreTheFiveReportsWithCopiesLinkedToTheOriginalAndTheFloodReportsInOneStory() {
        Map<String, List<Object>> byUrl = articlesByUrl();
        assertThat(byUrl.keySet()).containsExactlyInAnyOrder(ANTARA, SUARA, DETIK, KOMPAS, REUTERS);
        String original = (String) byUrl.get(ANTARA).get(0);
        // columns: id, story, duplicate_of, …
        assertThat(byUrl.get(ANTARA).subList(1, 3)).containsExactly(original, null);
        assertThat(byUrl.get(SUARA).subList(1, 3)).containsExactly(original, original);
        assertThat(byUrl.get(DETIK).subList(1, 3)).containsExactly(original, original);
        assertThat(byUrl.get(KOMPAS).subList(1, 3)).containsExactly(original, null);
        String reuters = (String) byUrl.get(REUTERS).get(0);
        assertThat(byUrl.get(REUTERS).subList(1, 3)).containsExactly(reuters, null);
        assertThat(byUrl.values()).allSatisfy(row -> assertThat(row.get(row.size() - 1)).isEqualTo("2024-03-14"));
        assertThat(byUrl.get(ANTARA).get(7)).isEqualTo("Banjir rendam 3.400 rumah di Semarang, 1.200 warga mengungsi");
    }

    @Test
    void storiesAreTheFloodWithItsFourReportsAndThePortStrike() {
        Map<String, List<Object>> byUrl = articlesByUrl();
        List<List<Object>> stories = table("stories", Rows.STORIES);
        stories.sort(Comparator.comparing(r -> (Long) r.get(4)));
        assertThat(stories).hasSize(2);
        // columns: id, title, first, last, articles, sites, events, killed
        assertThat(stories.get(0).subList(0, 5)).containsExactly(byUrl.get(REUTERS).get(0),
                "Rotterdam dockworkers walk out over pay, container traffic halted", "2024-03-14T07:40:00+00:00",
                "2024-03-14T07:40:00+00:00", 1L);
        assertThat(stories.get(1).subList(0, 5)).containsExactly(byUrl.get(ANTARA).get(0),
                "Banjir rendam 3.400 rumah di Semarang, 1.200 warga mengungsi", "2024-03-14T09:15:00+07:00",
                "2024-03-14T16:45:00+07:00", 4L);
        assertThat(((String) stories.get(1).get(5)).split(Rows.LIST)).hasSize(4);
    }

    @Test
    void errorsAreOneRowPerBrokenInputWithItsCause() {
        List<List<Object>> errors = table("errors", Rows.ERRORS);
        Map<String, String> codes = new HashMap<>();
        for (List<Object> row : errors) {
            codes.put((String) row.get(3), (String) row.get(1));
        }
        assertThat(codes).containsOnlyKeys("not-html", "http-404", "truncated", "empty", "unreadable");
        assertThat(codes.get("empty")).contains("empty.warc.gz");
        assertThat(codes.get("unreadable")).contains("missing.warc.gz");
        assertThat(codes.get("not-html")).matches(".*broken\\.warc\\.gz#\\d+");
        assertThat(errors).filteredOn(r -> "not-html".equals(r.get(3)))
                .singleElement().satisfies(r -> {
                    assertThat(r.get(2)).isEqualTo("https://www.bps.go.id/publikasi/statistik-indonesia-2024.pdf");
                    assertThat((String) r.get(4)).contains("application/pdf");
                    assertThat(r.get(5)).isEqualTo("2024-03-14T06:00:00+00:00");
                    assertThat(r.get(6)).isEqualTo("2024-03-14");
                });
    }

    /** The single-process path's analysis records of the same files, read under the same names. */
    private static List<Analysis> cliAnalyses() throws IOException {
        Warta warta = Warta.with(WartaOptions.defaults());
        List<Analysis> out = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = Files.newInputStream(Path.of(URI.create(name)));
                 Stream<RawDocument> docs = Sources.fromWarc(name, in, WartaOptions.defaults())) {
                docs.forEach(d -> out.add(warta.analyze(d)));
            }
        }
        return out;
    }

    @Test
    void analysesAreTheRecordsOfWartaAnalyzeForEveryPage() throws IOException {
        List<String> cli = new ArrayList<>();
        for (Analysis a : cliAnalyses()) {
            if (a.ok()) {
                cli.add(Json.writer().writeValueAsString(a));
            }
        }
        List<List<Object>> analyses = table("analyses", Tables.ANALYSIS_COLUMNS);
        assertThat(analyses).extracting(r -> (String) r.get(1)).containsExactlyInAnyOrderElementsOf(cli);
        // the repost of the original is an analysed page too: the store decides it is a copy when it loads it
        assertThat(analyses).hasSize(6);
    }

    @Test
    void everyTableHasTheRowsWartaExportWritesAfterWartaIngest() throws IOException {
        List<Analysis> analyses = cliAnalyses();
        // the store decides in arrival order; the batch by time: ingesting in time order makes one the other
        analyses.sort(Comparator.comparing(SparkJobTest::when, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<Table, List<List<Object>>> store = new HashMap<>();
        try (WartaStore s = WartaStore.open(dir.resolve("store"))) {
            analyses.forEach(s::ingest);
            s.commit();
            SearchQuery all = SearchQuery.all();
            List<List<Object>> articles = new ArrayList<>();
            List<List<Object>> entities = new ArrayList<>();
            s.articles(all, a -> {
                articles.add(typed(Rows.article(a), Rows.ARTICLES));
                Rows.entities(a).forEach(e -> entities.add(typed(e, Rows.ENTITIES)));
            });
            List<List<Object>> stories = new ArrayList<>();
            List<List<Object>> events = new ArrayList<>();
            s.stories(all, story -> {
                stories.add(typed(Rows.story(story), Rows.STORIES));
                int n = 0;
                for (var e : story.events()) {
                    StoredArticle source = s.article(e.articles().get(0)).orElseThrow();
                    events.add(typed(Rows.event(story.id() + "#e" + ++n, source.analysis().article(),
                            e.event(), story.id(), e.articles()), Rows.EVENTS));
                }
            });
            List<List<Object>> errors = new ArrayList<>();
            s.errors(e -> errors.add(typed(Rows.error(e.id(), e.input(), e.url(), e.code(), e.message(), null),
                    Rows.ERRORS)));
            store.put(Table.ARTICLES, articles);
            store.put(Table.ENTITIES, entities);
            store.put(Table.STORIES, stories);
            store.put(Table.EVENTS, events);
            store.put(Table.ERRORS, errors);
        }
        for (Table t : Table.values()) {
            List<List<Object>> rows = new ArrayList<>();
            for (List<Object> row : table(t.id(), t.columns())) {
                List<Object> values = new ArrayList<>(row.subList(0, row.size() - 1));
                if (t == Table.ARTICLES) {
                    values.set(values.size() - 1, null); // ingested: when each was stored
                }
                if (t == Table.ERRORS) {
                    values.set(values.size() - 1, null); // fetched: the store keeps no fetch time for errors
                }
                if (t != Table.ERRORS || !"unreadable".equals(values.get(3))) {
                    rows.add(values);
                }
            }
            List<List<Object>> expected = store.get(t);
            if (t == Table.ARTICLES) {
                expected.forEach(r -> r.set(r.size() - 1, null));
            }
            assertThat(expected).as(t.id()).isNotEmpty();
            assertThat(rows).as(t.id()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** A row's values as a table of these columns holds them (coordinates as doubles, as every writer does). */
    private static List<Object> typed(Object[] values, List<Column> columns) {
        Row row = Tables.row(values, columns, null);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            out.add(row.get(i));
        }
        return out;
    }

    private static Instant when(Analysis a) {
        Article article = a.article();
        return article.published() != null ? article.published().toInstant()
                : article.fetched() != null ? article.fetched().toInstant() : null;
    }

    @Test
    void jsonLinesTablesHoldTheSameRows() throws IOException {
        String jsonOut = dir.resolve("out-jsonl").toString();
        WartaSparkJob.run(spark, List.of(dir.resolve("crawl/news-*.warc.gz").toString()), jsonOut,
                Tables.Format.JSONL, 40);
        List<List<Object>> json = table(spark.read().json(jsonOut + "/articles"), Rows.ARTICLES);
        List<List<Object>> parquet = table("articles", Rows.ARTICLES);
        assertThat(json).hasSize(5);
        assertThat(json).extracting(r -> r.get(0)).containsExactlyInAnyOrderElementsOf(
                parquet.stream().map(r -> r.get(0)).toList());
    }

    @Test
    void componentsAreLabelledWithTheirLeastVertexInFarFewerRoundsThanTheirDiameter() {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // a chain a001 - a002 - … - a200 (diameter 199, wider than the rounds between two checkpoints) and a pair
        List<Tuple2<String, String>> edges = new ArrayList<>();
        for (int i = 1; i < 200; i++) {
            edges.add(new Tuple2<>(String.format("a%03d", i + 1), String.format("a%03d", i)));
        }
        edges.add(new Tuple2<>("b2", "b1"));
        edges.add(new Tuple2<>("b1", "b2"));
        JavaPairRDD<String, String> graph = sc.parallelizePairs(edges, 3);
        Map<String, String> labels = Components.labels(graph, 2, 12).collectAsMap();
        assertThat(labels).hasSize(202);
        assertThat(labels).allSatisfy((v, label) -> assertThat(label).isEqualTo(v.startsWith("a") ? "a001" : "b1"));
        // one round: the least neighbour's label (a199), then that vertex's own (a198)
        Map<String, String> cut = Components.labels(graph, 2, 1).collectAsMap();
        assertThat(cut.get("a200")).isEqualTo("a198");
        assertThat(cut.get("b2")).isEqualTo("b1");
    }
}
