package id.warta.store.load;

import id.warta.Warta;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.store.StoredArticle;
import id.warta.store.export.Table;
import id.warta.store.export.TableFormat;
import id.warta.store.export.TableWriter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static id.warta.store.load.JobTables.HEATWAVE;
import static id.warta.store.load.JobTables.LANDSLIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Spark job's output read back: Hive-partitioned Parquet files written here with Parquet's own writer (as Spark
 * lays them out: Snappy, optional strings, markers beside them), two articles we wrote analysed by the real pipeline,
 * error rows as the job records them, and broken files and records, which must each become one failed record.
 */
class JobOutputTest {

    private static Analysis landslide;
    private static Analysis heatwave;

    @TempDir
    Path dir;

    @BeforeAll
    static void analyse() {
        landslide = Warta.analyze(LANDSLIDE, "https://kabarbanyumas.com/2023/02/01/longsor-pandanarum");
        heatwave = Warta.analyze(HEATWAVE, "https://news.example.com/india-heatwave-47c");
    }

    private static String json(Analysis a) throws IOException {
        return Json.writer().writeValueAsString(a);
    }

    private static String[] analysisRow(String id, Analysis a) throws IOException {
        return new String[] {id, json(a)};
    }

    private static List<Analysis> read(Path dir) {
        try (Stream<Supplier<Analysis>> records = JobOutput.read(dir)) {
            return records.map(Supplier::get).toList();
        }
    }

    @Test
    void everyPartitionOfBothTablesIsReadInPathOrderAndTheMarkersAreLeftAlone() throws IOException {
        Path analyses = dir.resolve("analyses");
        JobTables.write(analyses.resolve("day=2023-05-29/part-00000-3f2a.c000.snappy.parquet"), JobTables.ANALYSES,
                List.<String[]>of(analysisRow("9c1e", heatwave)));
        JobTables.write(analyses.resolve("day=2023-02-01/part-00000-3f2a.c000.snappy.parquet"), JobTables.ANALYSES,
                List.<String[]>of(analysisRow("41d0", landslide)));
        Files.writeString(analyses.resolve("_SUCCESS"), "");
        Files.writeString(analyses.resolve("day=2023-02-01/.part-00000-3f2a.c000.snappy.parquet.crc"), "crc");
        JobTables.write(dir.resolve("errors/day=unknown/part-00000-77b1.c000.snappy.parquet"), JobTables.ERRORS,
                List.of(new String[] {"e5", "cc-news-2023-02.warc.gz#48213", "https://kabarbanyumas.com/feed.pdf",
                                "not-html", "the response is application/pdf, not HTML", "2023-02-01T04:12:09Z"},
                        new String[] {"e6", null, null, null, null, null}));

        List<Analysis> records = read(dir);

        assertThat(records).hasSize(4);
        assertThat(json(records.get(0))).isEqualTo(json(landslide)); // day=2023-02-01 sorts first
        assertThat(json(records.get(1))).isEqualTo(json(heatwave));
        Article pdf = records.get(2).article();
        assertThat(pdf.ok()).isFalse();
        assertThat(pdf.input()).isEqualTo("cc-news-2023-02.warc.gz#48213");
        assertThat(pdf.url()).isEqualTo("https://kabarbanyumas.com/feed.pdf");
        assertThat(pdf.errorCode()).isEqualTo("not-html");
        assertThat(pdf.error()).isEqualTo("the response is application/pdf, not HTML");
        Article bare = records.get(3).article();
        assertThat(bare.input()).isEqualTo("e6");
        assertThat(bare.errorCode()).isEqualTo("error");
        assertThat(bare.error()).isEqualTo("the job recorded no message");
        assertThat(JobOutput.count(dir)).isEqualTo(4);
        assertThat(JobOutput.files(dir)).hasSize(3);
        assertThat(JobOutput.holdsTables(dir)).isTrue();
        assertThat(JobOutput.holdsTables(analyses)).isFalse();
    }

    @Test
    void aFileThatIsNotParquetOrWasCutShortIsOneErrorAndTheNextFileIsRead() throws IOException {
        Path analyses = dir.resolve("analyses");
        Path good = JobTables.write(analyses.resolve("day=2023-02-01/part-00002.snappy.parquet"), JobTables.ANALYSES,
                List.<String[]>of(analysisRow("41d0", landslide), analysisRow("9c1e", heatwave)));
        Files.createDirectories(analyses.resolve("day=2023-01-30"));
        Path csv = Files.writeString(analyses.resolve("day=2023-01-30/part-00000.snappy.parquet"),
                "id,analysis\n41d0,\"{}\"\n");
        Path empty = Files.write(analyses.resolve("day=2023-01-30/part-00001.snappy.parquet"), new byte[0]);
        byte[] whole = Files.readAllBytes(good);
        Files.createDirectories(analyses.resolve("day=2023-01-31"));
        Path cut = Files.write(analyses.resolve("day=2023-01-31/part-00000.snappy.parquet"),
                Arrays.copyOf(whole, whole.length * 2 / 3));

        List<Analysis> records = read(dir);

        assertThat(records).extracting(a -> a.article().errorCode())
                .containsExactly("bad-parquet", "bad-parquet", "bad-parquet", null, null);
        assertThat(records.get(0).article().input()).isEqualTo(csv.toString());
        assertThat(records.get(0).article().error()).startsWith("not a Parquet file");
        assertThat(records.get(1).article().input()).isEqualTo(empty.toString());
        assertThat(records.get(1).article().error()).startsWith("not a Parquet file").contains("0 bytes");
        assertThat(records.get(2).article().input()).isEqualTo(cut.toString());
        assertThat(records.get(2).article().error()).startsWith("a truncated Parquet file");
        assertThat(json(records.get(3))).isEqualTo(json(landslide));
        assertThat(json(records.get(4))).isEqualTo(json(heatwave));
        assertThat(JobOutput.count(dir)).isEqualTo(records.size());
    }

    @Test
    void corruptPagesAreOneErrorForTheRestOfTheFile() throws IOException {
        Path file = JobTables.write(dir.resolve("errors/day=unknown/part-00000.snappy.parquet"), JobTables.ERRORS,
                List.<String[]>of(new String[] {"e1", "a.warc.gz#0", null, "http-404", "HTTP 404 Not Found", null}));
        byte[] bytes = Files.readAllBytes(file);
        int footer = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        Arrays.fill(bytes, 4, bytes.length - 8 - footer, (byte) 0); // every page, footer intact
        Files.write(file, bytes);

        List<Analysis> records = read(dir);

        assertThat(records).hasSize(1);
        assertThat(records.get(0).article().errorCode()).isEqualTo("bad-parquet");
        assertThat(records.get(0).article().error()).startsWith("cannot read the rows after row 0: ");
    }

    @Test
    void anAnalysisThatDoesNotParseIsABadRecordNamedByItsRowAndItsNeighboursAreKept() throws IOException {
        Path file = JobTables.write(dir.resolve("analyses/day=2023-02-01/part-00000.snappy.parquet"),
                JobTables.ANALYSES, List.of(analysisRow("41d0", landslide), new String[] {"77aa", "{\"input\": \"x"},
                        new String[] {"77ab", "{\"input\": \"https://kabarbanyumas.com/a\", \"text\": \"Longsor.\"}"},
                        new String[] {"77ac", "[\"longsor\"]"}, new String[] {"77ad", null},
                        new String[] {"77ae", json(heatwave).replace("\"2023-05-29T14:20:00", "\"29 Mei 2023")},
                        analysisRow("9c1e", heatwave)));

        List<Analysis> records = read(dir);

        assertThat(records).extracting(a -> a.article().errorCode())
                .containsExactly(null, "bad-record", "bad-record", "bad-record", "bad-record", "bad-record", null);
        for (int row = 2; row <= 6; row++) {
            Article bad = records.get(row - 1).article();
            assertThat(bad.input()).isEqualTo(file + "#" + row);
            assertThat(bad.error()).startsWith("the analysis of article 77a");
        }
        assertThat(records.get(1).article().error()).contains("not JSON");
        assertThat(records.get(4).article().error()).endsWith("is empty");
        assertThat(json(records.get(6))).isEqualTo(json(heatwave));
    }

    @Test
    void everyCodecSparkWritesReadsBackAcrossManyRowGroups() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(new String[] {"e" + i, "cc-news-2023-02-01.warc.gz#" + (i * 52_311L),
                    "https://kabarbanyumas.com/arsip/" + i, i % 3 == 0 ? "http-404" : "not-html",
                    i % 3 == 0 ? "HTTP 404 Not Found" : "the response is image/jpeg, not HTML: foto-" + i + ".jpg",
                    null});
        }
        for (CompressionCodecName codec : List.of(CompressionCodecName.SNAPPY, CompressionCodecName.GZIP,
                CompressionCodecName.ZSTD, CompressionCodecName.LZ4_RAW, CompressionCodecName.UNCOMPRESSED)) {
            Path out = dir.resolve(codec.name());
            Path file = JobTables.write(out.resolve("errors/part-00000.parquet"), JobTables.ERRORS, rows, codec,
                    2048);
            try (ParquetTableReader reader = ParquetTableReader.open(file, JobTables.ERRORS)) {
                assertThat(reader.rows()).isEqualTo(300);
            }
            List<Analysis> records = read(out);
            assertThat(records).as(codec.name()).hasSize(300);
            for (int i = 0; i < 300; i++) {
                Article a = records.get(i).article();
                assertThat(a.input()).as(codec + " row " + i).isEqualTo(rows.get(i)[1]);
                assertThat(a.url()).isEqualTo(rows.get(i)[2]);
                assertThat(a.error()).isEqualTo(rows.get(i)[4]);
            }
        }
    }

    @Test
    void theExportsOwnParquetReadsBackColumnByColumn() throws IOException {
        Path file = dir.resolve("articles.parquet");
        Instant at = Instant.parse("2023-02-01T05:00:00Z");
        try (OutputStream out = Files.newOutputStream(file);
             TableWriter writer = TableWriter.open(Table.ARTICLES, TableFormat.PARQUET, out)) {
            writer.write(new StoredArticle("41d0", landslide, null, "41d0", at));
            writer.write(new StoredArticle("9c1e", heatwave, null, "9c1e", at));
        }

        List<String[]> rows = new ArrayList<>();
        try (ParquetTableReader reader = ParquetTableReader.open(file, List.of("id", "title", "entities",
                "duplicate_of", "no_such_column"))) {
            assertThat(reader.has("title")).isTrue();
            assertThat(reader.has("no_such_column")).isFalse();
            String[] row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("41d0", landslide.article().title(),
                String.valueOf(landslide.entities().size()), null, null);
        assertThat(rows.get(1)[1]).isEqualTo("Heatwave grips northern India as temperatures pass 47C");
    }

    /**
     * Files of another writer (Apache Arrow's C++, by pyarrow): version 2 data pages, each codec it writes, with and
     * without dictionaries; Brotli, which the pure-Java codecs do not read, is one error naming the codec.
     */
    @Test
    void anotherWritersPagesReadAlikeAndAnUnreadableCodecIsNamed() throws IOException, URISyntaxException {
        Path resources = Path.of(getClass().getResource("/load").toURI());
        for (String name : List.of("arrow-page-v2-snappy", "arrow-page-v2-gzip", "arrow-page-v1-lz4-raw",
                "arrow-page-v1-zstd-plain")) {
            Path out = dir.resolve(name);
            Files.createDirectories(out.resolve("errors/day=2023-02-01"));
            Files.copy(resources.resolve("errors-" + name + ".parquet"),
                    out.resolve("errors/day=2023-02-01/part-00000.parquet"));
            List<Analysis> records = read(out);
            assertThat(records).as(name).extracting(a -> a.article().errorCode())
                    .containsExactly("not-html", "http-404", "truncated");
            assertThat(records.get(0).article().url())
                    .isEqualTo("https://kabarbanyumas.com/unduh/laporan-bpbd.pdf");
            assertThat(records.get(1).article().input()).isEqualTo("cc-news-2023-02-01.warc.gz#91577");
            assertThat(records.get(2).article().url()).isNull();
            assertThat(records.get(2).article().error())
                    .isEqualTo("the record ends 18,204 bytes before its Content-Length");
        }
        Path out = dir.resolve("brotli");
        Files.createDirectories(out.resolve("errors"));
        Files.copy(resources.resolve("errors-arrow-page-v1-brotli.parquet"), out.resolve("errors/part-0.parquet"));
        List<Analysis> records = read(out);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).article().errorCode()).isEqualTo("bad-parquet");
        assertThat(records.get(0).article().error()).contains("BROTLI is not available");
    }

    @Test
    void aFileThatIsNotThereIsTheCallersIoError() {
        assertThatThrownBy(() -> ParquetTableReader.open(dir.resolve("none.parquet"), List.of("id")))
                .isInstanceOf(IOException.class);
    }

    /** Whatever bytes a file holds, reading it gives records, never an exception. */
    @Property(tries = 150)
    void anyBytesInAParquetFileGiveRecordsNotExceptions(@ForAll @Size(max = 300) byte[] body,
                                                         @ForAll boolean framed) throws IOException {
        Path out = Files.createTempDirectory("warta-job");
        try {
            byte[] magic = "PAR1".getBytes(StandardCharsets.US_ASCII);
            byte[] bytes = body;
            if (framed) { // past the magic check, into Parquet's footer reader
                bytes = new byte[body.length + 8];
                System.arraycopy(magic, 0, bytes, 0, 4);
                System.arraycopy(body, 0, bytes, 4, body.length);
                System.arraycopy(magic, 0, bytes, bytes.length - 4, 4);
            }
            Path file = out.resolve("analyses/part-00000.parquet");
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);

            List<Analysis> records = read(out);

            assertThat(records).isNotEmpty();
            assertThat(records).allSatisfy(a -> assertThat(a.article().errorCode()).isIn("bad-parquet",
                    "bad-record"));
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
