package id.warta.app;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.export.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalyzeCommandTest extends CommandTestSupport {

    /** A short scraped story; {@code %d} is the number of evacuees, different in every file. */
    private static final String STORY = """
            Ribuan Warga Mengungsi Akibat Banjir di Kabupaten Bekasi

            By Dewi Lestari, Senin, 14 Maret 2022 | 10:30 WIB

            Wartacontoh.com - Sebanyak %d warga mengungsi setelah banjir merendam permukiman di Kabupaten Bekasi, \
            Jawa Barat, sejak Sabtu (12/3) malam.

            Banjir serupa melanda kawasan yang sama pada 20 Februari 2021 dan merendam lebih dari 1.000 rumah.
            """;

    private List<JsonNode> records() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : out().split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.read(line));
            }
        }
        return out;
    }

    /** A page with no date of its own: only the crawl's fetch time can place "kemarin". */
    private static final String UNDATED_PAGE = """
            <!doctype html><html lang="id"><head><meta charset="utf-8">
            <title>Longsor Tutup Jalur Puncak, Ratusan Kendaraan Tertahan</title></head>
            <body><div class="menu"><a href="/">Kabar Bogor</a> <a href="/lalu-lintas">Lalu Lintas</a></div>
            <div class="isi"><h1>Longsor Tutup Jalur Puncak, Ratusan Kendaraan Tertahan</h1>
            <p>BOGOR, Kabar Bogor - Tanah longsor menutup separuh badan jalan di jalur Puncak, Kabupaten Bogor,
            kemarin sore setelah hujan deras mengguyur kawasan itu selama empat jam.</p>
            <p>Polisi memberlakukan sistem buka-tutup sehingga ratusan kendaraan tertahan hingga malam. Petugas
            gabungan mengerahkan dua alat berat untuk menyingkirkan material longsor.</p>
            <p>Warga diminta menghindari jalur Puncak sampai pembersihan selesai dan memakai jalur alternatif.</p>
            </div><div class="kaki">Kabar Bogor</div></body></html>
            """;

    @Test
    void aWarcPageWithoutDateResolvesKemarinAgainstTheFetchTime(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        List<Long> offsets = Warcs.write(warc, Warcs.Capture.page("https://kabarbogor.example/lalu-lintas/longsor-puncak",
                "2023-01-17T02:15:00Z", UNDATED_PAGE));

        assertThat(Main.run("analyze", "--no-progress", warc.toString())).isZero();

        JsonNode r = records().get(0);
        assertThat(r.get("input").asText()).isEqualTo(warc + "#" + offsets.get(0));
        assertThat(r.get("status").asText()).isEqualTo("ok");
        assertThat(r.get("published").isNull()).isTrue();
        assertThat(r.get("fetched").asText()).isEqualTo("2023-01-17T02:15:00+00:00");
        String text = r.get("text").asText();
        assertThat(r.get("times")).extracting(t -> text.substring(t.get("start").asInt(), t.get("end").asInt())
                + " = " + t.get("value").asText()).contains("kemarin sore = 2023-01-16");
    }

    @Test
    void oneAnalysisPerInputInInputOrderOnSeveralThreads(@TempDir Path dir) throws IOException {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            inputs.add(Files.writeString(dir.resolve("banjir-" + i + ".txt"), STORY.formatted(1200 + i)).toString());
        }
        List<String> args = new ArrayList<>(List.of("analyze", "--threads", "3", "--no-progress"));
        args.addAll(inputs);

        assertThat(Main.run(args.toArray(String[]::new))).isZero();

        List<JsonNode> records = records();
        assertThat(records).extracting(r -> r.get("input").asText()).containsExactlyElementsOf(inputs);
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            assertThat(r.get("status").asText()).isEqualTo("ok");
            assertThat(r.get("published").asText()).isEqualTo("2022-03-14T10:30:00+07:00");
            assertThat(r.get("quantities").get(0).get("value").asInt()).isEqualTo(1200 + i);
            assertThat(r.get("quantities").get(1).get("approximate").asBoolean()).isTrue();
            assertThat(r.get("times")).extracting(t -> t.get("value").asText())
                    .containsExactly("2022-03-12", "2021-02-20");
            assertThat(r.get("analysedLength").asInt()).isEqualTo(r.get("text").asText().length());
            assertThat(r.has("languageConfidence")).isTrue();
            assertThat(r.get("entities").isArray()).isTrue();
            assertThat(r.get("quotes").isArray()).isTrue();
        }
    }

    @Test
    void failedInputsAreErrorRecordsInPlaceAndTheExitCodeIsOne(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("banjir.txt"), STORY.formatted(4500));
        Path empty = Files.writeString(dir.resolve("kosong.txt"), "");
        Path missing = dir.resolve("tidak-ada.txt");

        int code = Main.run("analyze", "--threads", "2", empty.toString(), good.toString(), missing.toString());

        assertThat(code).isEqualTo(1);
        List<JsonNode> records = records();
        assertThat(records).extracting(r -> r.get("status").asText()).containsExactly("error", "ok", "error");
        assertThat(records.get(0).get("errorCode").asText()).isEqualTo("empty");
        assertThat(records.get(2).get("errorCode").asText()).isEqualTo("not-found");
        for (JsonNode failed : List.of(records.get(0), records.get(2))) {
            assertThat(failed.get("language").isNull()).isTrue();
            assertThat(failed.get("quantities")).isEmpty();
            assertThat(failed.get("analysedLength").asInt()).isZero();
        }
    }

    @Test
    void jsonLinesInputKeepsItsLineOrder(@TempDir Path dir) throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            jsonl.append(Json.writer().writeValueAsString(java.util.Map.of("url", "https://warta.example/" + i,
                    "text", STORY.formatted(300 + i)))).append('\n');
        }
        Path file = Files.writeString(dir.resolve("berita.jsonl"), jsonl);

        assertThat(Main.run("analyze", "--threads", "4", "--format", "jsonl", file.toString())).isZero();

        List<JsonNode> records = records();
        assertThat(records).hasSize(6);
        for (int i = 0; i < 6; i++) {
            assertThat(records.get(i).get("input").asText()).endsWith("#" + (i + 1));
            assertThat(records.get(i).get("quantities").get(0).get("value").asInt()).isEqualTo(300 + i);
        }
    }

    @Test
    void theAnalysisLimitIsAnOption(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("banjir.txt"), STORY.formatted(4500));
        assertThat(Main.run("analyze", "--max-analysed-chars", "60", good.toString())).isZero();
        JsonNode record = records().get(0);
        assertThat(record.get("status").asText()).isEqualTo("ok");
        assertThat(record.get("analysedLength").asInt()).isLessThanOrEqualTo(60).isPositive();
        assertThat(record.get("text").asText().length()).isGreaterThan(60);
        assertThat(record.get("times")).isEmpty(); // both dates lie beyond the first 60 characters
    }

    @Test
    void jsonMarkdownAndTextFormats(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("banjir.txt"), STORY.formatted(4500));
        assertThat(Main.run("analyze", "--format", "json", good.toString(), good.toString())).isZero();
        JsonNode array = Json.read(out());
        assertThat(array).hasSize(2);
        assertThat(array.get(1).get("quantities").get(0).get("text").asText()).isEqualTo("4500 warga");

        stdout.reset();
        assertThat(Main.run("analyze", "--format", "md", good.toString())).isZero();
        assertThat(out()).startsWith("# Ribuan Warga Mengungsi Akibat Banjir di Kabupaten Bekasi\n")
                .contains("\n## Numbers\n\n- 4500 warga: 4500 warga\n")
                .contains("- Sabtu (12/3) malam: 2022-03-12 (day)\n");

        stdout.reset();
        assertThat(Main.run("analyze", "--format", "txt", good.toString())).isZero();
        assertThat(out()).contains("Sebanyak 4500 warga mengungsi").contains("\nTimes:\n  Sabtu (12/3) malam: ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Main.run("analyze")).isEqualTo(2);
        assertThat(Main.run("analyze", "--threads", "0", "x.txt")).isEqualTo(2);
        assertThat(Main.run("analyze", "--max-analysed-chars", "0", "x.txt")).isEqualTo(2);
        assertThat(Main.run("analyze", "--format", "docx", "x.txt")).isEqualTo(2);
        assertThat(err()).contains("maxAnalysedChars must be positive").doesNotContain("\tat id.warta");
    }
}
