package id.warta.app;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.export.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code warta export --format opensearch-bulk} and {@code --mapping} on a store of two reports we wrote (a port
 * strike in Indonesian, a bushfire in English) and an empty input: the body {@code curl --data-binary} sends to
 * {@code _bulk}, and the mapping that creates each index.
 */
class ExportOpenSearchTest extends CommandTestSupport {

    private static final String STRIKE = """
            Ribuan Sopir Truk Mogok di Tanjung Priok, Bongkar Muat Peti Kemas Tersendat

            By Yoga Pratama, Senin, 13 Maret 2023 | 11:40 WIB

            Beritapelabuhan.id - Ribuan sopir truk kontainer mogok kerja di Pelabuhan Tanjung Priok, Jakarta Utara, \
            Senin (13/3) pagi, menuntut kenaikan tarif angkutan dan penertiban pungutan liar.

            Polisi menangkap tujuh orang yang memblokade gerbang terminal, sementara dua pengemudi luka-luka saat \
            terjadi saling dorong.
            """;

    private static final String BUSHFIRE = """
            Bushfire forces evacuation of 2,000 residents near Perth

            By Emma Clarke, Wednesday, 1 February 2023 | 16:05

            A fast-moving bushfire forced about 2,000 residents to leave their homes in the hills east of Perth on \
            Wednesday, the Department of Fire and Emergency Services said.
            """;

    @TempDir
    Path dir;

    private String store() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("mogok.txt"), STRIKE);
        Files.writeString(in.resolve("bushfire.txt"), BUSHFIRE);
        Files.writeString(in.resolve("kosong.txt"), "");
        String data = dir.resolve("warta-data").toString();
        assertThat(warta("ingest", "--no-progress", "--data", data, in.toString())).isEqualTo(Main.SOME_FAILED);
        return data;
    }

    @Test
    void everyTableIsABulkBodyOfActionAndDocumentLinesWithUniqueIds() throws IOException {
        String data = store();
        for (String table : List.of("articles", "events", "entities", "stories", "errors")) {
            assertThat(warta("export", "--data", data, "--what", table, "--format", "opensearch-bulk",
                    "--index-prefix", "berita-")).isZero();
            List<String> lines = out().lines().toList();
            assertThat(out().isEmpty() || out().endsWith("\n")).as(table + ": every line ends").isTrue();
            assertThat(lines.size() % 2).isZero();
            Set<String> ids = new HashSet<>();
            JsonNode properties = null;
            for (int i = 0; i < lines.size(); i += 2) {
                JsonNode action = Json.read(lines.get(i)).get("index");
                assertThat(action.get("_index").asText()).isEqualTo("berita-" + table);
                assertThat(ids.add(action.get("_id").asText())).isTrue();
                JsonNode doc = Json.read(lines.get(i + 1));
                if (properties == null) {
                    assertThat(warta("export", "--mapping", "--what", table)).isZero();
                    properties = Json.read(out()).get("mappings").get("properties");
                }
                JsonNode mapped = properties;
                doc.fieldNames().forEachRemaining(f -> assertThat(mapped.has(f)).as(table + "." + f).isTrue());
            }
            if (!table.equals("events")) {
                assertThat(lines).as(table).isNotEmpty();
            }
        }
        assertThat(warta("export", "--data", data, "--what", "articles", "--format", "opensearch-bulk")).isZero();
        assertThat(out()).startsWith("{\"index\":{\"_index\":\"warta-articles\",\"_id\":\"");
        assertThat(out().lines().skip(1).findFirst().orElseThrow()).contains("\"authors\":[\"");
    }

    @Test
    void theMappingNeedsNoStoreAndAPrefixIsForTheBulkFormatAndMustBeAnIndexName() throws IOException {
        assertThat(warta("export", "--mapping", "--what", "events", "--data", dir.resolve("none").toString()))
                .isZero();
        assertThat(Json.read(out()).get("mappings").get("properties").get("location").get("type").asText())
                .isEqualTo("geo_point");
        assertThat(dir.resolve("none")).doesNotExist();

        String data = store();
        assertThat(warta("export", "--data", data, "--what", "stories", "--index-prefix", "berita-"))
                .isEqualTo(Main.USAGE);
        assertThat(err()).contains("--index-prefix is for --format opensearch-bulk");
        assertThat(warta("export", "--data", data, "--what", "stories", "-f", "opensearch-bulk", "--index-prefix",
                "Berita Harian")).isEqualTo(Main.USAGE);
        assertThat(err()).contains("--index-prefix: an index name is lower case");
        Path bulk = dir.resolve("stories.ndjson");
        assertThat(warta("export", "--data", dir.resolve("none").toString(), "--what", "stories", "-f",
                "opensearch-bulk", "--index-prefix", "_berita", "--out", bulk.toString())).isEqualTo(Main.USAGE);
        assertThat(err()).contains("--index-prefix: ");
        assertThat(bulk).doesNotExist();
        assertThat(dir.resolve("none")).doesNotExist();
        assertThat(warta("export", "--data", data, "--what", "stories", "-f", "elastic")).isEqualTo(Main.USAGE);
        assertThat(err()).contains("opensearch-bulk");
    }
}
