package id.warta.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.export.Json;
import id.warta.store.load.JobTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static id.warta.store.load.JobTables.ANALYSES;
import static id.warta.store.load.JobTables.ERRORS;
import static id.warta.store.load.JobTables.HEATWAVE;
import static id.warta.store.load.JobTables.LANDSLIDE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code warta ingest --from-parquet}: the Spark job's output, laid out as Spark writes it (Hive partitions, Snappy
 * Parquet, markers) from the records {@code warta analyze} gives for articles we wrote, stored as the ordinary
 * ingest stores the same articles, with a truncated file and a broken record stored as errors. Runs without Hadoop
 * on the class path (the build leaves it out of the tests, as out of warta.jar).
 */
class IngestFromParquetTest extends CommandTestSupport {

    @TempDir
    Path dir;

    /** The articles as input files: the landslide report twice (two scrapes of one page) and the heatwave. */
    private Path inputs() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-longsor.txt"), LANDSLIDE);
        Files.writeString(in.resolve("b-longsor-lagi.txt"), LANDSLIDE);
        Files.writeString(in.resolve("c-heatwave.txt"), HEATWAVE);
        return in;
    }

    /**
     * The job's output for the inputs: their analysis records partitioned by day, one error row, a bad record, and a
     * file cut short by a failed upload.
     */
    private Path jobOutput(Path in) throws IOException {
        assertThat(warta("analyze", "--no-progress", in.toString())).isZero();
        String[] records = out().split("\n");
        assertThat(records).hasSize(3);
        Path job = dir.resolve("job");
        Path analyses = job.resolve("analyses");
        Path landslides = JobTables.write(analyses.resolve("day=2023-02-01/part-00000-5e1d.c000.snappy.parquet"),
                ANALYSES, List.of(new String[] {"a1", records[0]}, new String[] {"a2", records[1]}));
        JobTables.write(analyses.resolve("day=2023-05-29/part-00001-5e1d.c000.snappy.parquet"), ANALYSES,
                List.of(new String[] {"b1", records[2]}, new String[] {"b2", "{\"input\": \"cc-news.warc.gz#912"}));
        byte[] whole = Files.readAllBytes(landslides);
        Files.createDirectories(analyses.resolve("day=unknown"));
        Files.write(analyses.resolve("day=unknown/part-00002-5e1d.c000.snappy.parquet"),
                Arrays.copyOf(whole, whole.length / 2));
        Files.writeString(analyses.resolve("_SUCCESS"), "");
        JobTables.write(job.resolve("errors/day=2023-02-01/part-00000-9a0c.c000.snappy.parquet"), ERRORS,
                List.<String[]>of(new String[] {"e1", "cc-news-2023-02-01.warc.gz#48213",
                        "https://kabarbanyumas.com/unduh/laporan.pdf", "not-html",
                        "the response is application/pdf, not HTML", "2023-02-01T04:12:09Z"}));
        Files.writeString(job.resolve("errors/_SUCCESS"), "");
        return job;
    }

    /** An export's JSON Lines without the time each record was stored. */
    private List<JsonNode> exported(String data, String table) throws IOException {
        assertThat(warta("export", "--data", data, "--what", table)).isZero();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : out().lines().toList()) {
            JsonNode row = Json.read(line);
            ((ObjectNode) row).remove("ingested");
            rows.add(row);
        }
        return rows;
    }

    @Test
    void theJobsRecordsAreStoredAsTheOrdinaryIngestStoresThemAndWhatIsBrokenAsErrors() throws IOException {
        assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
                .as("these tests run without Hadoop, as warta.jar").isInstanceOf(ClassNotFoundException.class);
        Path in = inputs();
        Path job = jobOutput(in);
        String analysed = dir.resolve("analysed").toString();
        String loaded = dir.resolve("loaded").toString();

        assertThat(warta("ingest", "--no-progress", "--data", analysed, in.toString())).isZero();
        assertThat(err()).contains("2 new, 0 near-duplicates, 1 duplicates, 0 errors; 2 stories");
        assertThat(warta("ingest", "--no-progress", "--threads", "2", "--data", loaded, "--from-parquet",
                job.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(err()).contains("2 new, 0 near-duplicates, 1 duplicates, 3 errors; 2 stories")
                .contains("warta ingest: unreadable Parquet file (stored as an error) "
                        + job.resolve("analyses/day=unknown/part-00002-5e1d.c000.snappy.parquet")
                        + ": a truncated Parquet file");
        assertThat(out()).isEmpty();

        for (String table : List.of("articles", "events", "entities", "stories")) {
            List<JsonNode> expected = exported(analysed, table);
            assertThat(exported(loaded, table)).as(table).isEqualTo(expected);
        }
        assertThat(exported(loaded, "articles")).hasSize(2);
        assertThat(exported(loaded, "entities")).isNotEmpty();

        assertThat(warta("errors", "--data", loaded, "--format", "jsonl")).isZero();
        List<String> errors = new ArrayList<>();
        for (String line : out().split("\n")) {
            JsonNode e = Json.read(line);
            errors.add(e.get("code").asText() + " " + e.get("input").asText());
        }
        assertThat(errors).containsExactlyInAnyOrder(
                "bad-parquet " + job.resolve("analyses/day=unknown/part-00002-5e1d.c000.snappy.parquet"),
                "bad-record " + job.resolve("analyses/day=2023-05-29/part-00001-5e1d.c000.snappy.parquet") + "#2",
                "not-html cc-news-2023-02-01.warc.gz#48213");
    }

    @Test
    void aDirectoryThatIsNotTheJobsOrInputsBesideItAreRefusedBeforeAStoreIsMade() throws IOException {
        Path data = dir.resolve("warta-data");
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(photos.resolve("liburan.jpg"), "not a table");

        assertThat(warta("ingest", "--data", data.toString(), "--from-parquet", photos.toString()))
                .isEqualTo(Main.USAGE);
        assertThat(err()).contains("holds neither analyses/ nor errors/");
        assertThat(warta("ingest", "--data", data.toString(), "--from-parquet", dir.resolve("none").toString()))
                .isEqualTo(Main.USAGE);
        assertThat(err()).contains("no such directory");
        Files.createDirectories(photos.resolve("analyses"));
        assertThat(warta("ingest", "--data", data.toString(), "--from-parquet", photos.toString(),
                inputs().toString())).isEqualTo(Main.USAGE);
        assertThat(err()).contains("not both");
        assertThat(warta("ingest", "--data", data.toString())).isEqualTo(Main.USAGE);
        assertThat(err()).contains("Missing required parameter: 'INPUT'");
        assertThat(warta("analyze")).isEqualTo(Main.USAGE);
        assertThat(err()).contains("Missing required parameter: 'INPUT'");
        assertThat(data).doesNotExist();
    }

    @Test
    void anEmptyOutputDirectoryLoadsNothing() throws IOException {
        Path job = Files.createDirectories(dir.resolve("job/analyses"));
        Files.writeString(job.resolve("_SUCCESS"), "");

        assertThat(warta("ingest", "--no-progress", "--data", dir.resolve("d").toString(), "--from-parquet",
                job.getParent().toString())).isZero();
        assertThat(err()).contains("0 new, 0 near-duplicates, 0 duplicates, 0 errors; 0 stories");
    }
}
