package id.warta.app;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.export.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest extends CommandTestSupport {

    private static final String PAGE = """
            <!doctype html><html lang="id"><head><meta charset="utf-8">
            <title>Gempa Magnitudo 5,6 Guncang Cianjur - Warta Contoh</title></head>
            <body><nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a></nav>
            <article><h1>Gempa Magnitudo 5,6 Guncang Cianjur</h1>
            <p>CIANJUR, Warta Contoh - Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, pada Senin
            siang. Badan Meteorologi, Klimatologi, dan Geofisika mencatat pusat gempa berada di darat.</p>
            <p>Sedikitnya 162 orang meninggal dan ratusan lainnya luka-luka, kata Kepala Badan Nasional
            Penanggulangan Bencana dalam jumpa pers di Jakarta.</p>
            <p>Warga diminta tetap waspada terhadap gempa susulan dan menjauhi bangunan yang retak.</p>
            </article><footer>Hak cipta Warta Contoh</footer></body></html>
            """;

    private List<JsonNode> records() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : stdout.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                out.add(Json.read(line));
            }
        }
        return out;
    }

    @Test
    void oneRecordPerInputInOrderAndExitOneWhenSomeFail(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("gempa.html"), PAGE);
        Path empty = Files.writeString(dir.resolve("kosong.html"), "");
        Path pdf = Files.write(dir.resolve("laporan.html"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        Path missing = dir.resolve("tidak-ada.html");

        int code = Main.run("extract", "--threads", "2", good.toString(), empty.toString(), pdf.toString(),
                missing.toString());

        assertThat(code).isEqualTo(1);
        List<JsonNode> records = records();
        assertThat(records).extracting(r -> r.get("input").asText())
                .containsExactly(good.toString(), empty.toString(), pdf.toString(), missing.toString());
        assertThat(records.get(0).get("status").asText()).isEqualTo("ok");
        assertThat(records.get(0).get("text").asText()).contains("162 orang meninggal").doesNotContain("Beranda");
        assertThat(records.get(1).get("errorCode").asText()).isEqualTo("empty");
        assertThat(records.get(2).get("errorCode").asText()).isEqualTo("binary");
        assertThat(records.get(3).get("errorCode").asText()).isEqualTo("not-found");
        for (JsonNode r : records.subList(1, 4)) {
            assertThat(r.get("status").asText()).isEqualTo("error");
            assertThat(r.get("error").asText()).isNotBlank();
        }
    }

    @Test
    void aWarcGivesOneRecordPerResponseNamedByOffsetWithUrlAndFetchTime(@TempDir Path dir) throws IOException {
        Path warc = dir.resolve("crawl-2022-11-21.warc.gz");
        List<Long> offsets = Warcs.write(warc,
                Warcs.Capture.page("https://wartacontoh.example/nasional/gempa-cianjur", "2022-11-21T09:40:05Z", PAGE),
                Warcs.Capture.pdf("https://wartacontoh.example/unduh/peta-guncangan.pdf", "2022-11-21T09:41:00Z"));

        int code = Main.run("extract", warc.toString());

        assertThat(code).isEqualTo(1);
        List<JsonNode> records = records();
        assertThat(records).extracting(r -> r.get("input").asText())
                .containsExactly(warc + "#" + offsets.get(0), warc + "#" + offsets.get(1));
        JsonNode page = records.get(0);
        assertThat(page.get("status").asText()).isEqualTo("ok");
        assertThat(page.get("url").asText()).isEqualTo("https://wartacontoh.example/nasional/gempa-cianjur");
        assertThat(page.get("fetched").asText()).isEqualTo("2022-11-21T09:40:05+00:00");
        assertThat(page.get("title").asText()).isEqualTo("Gempa Magnitudo 5,6 Guncang Cianjur");
        assertThat(page.get("text").asText()).contains("162 orang meninggal");
        JsonNode pdf = records.get(1);
        assertThat(pdf.get("errorCode").asText()).isEqualTo("not-html");
        assertThat(pdf.get("error").asText()).contains("application/pdf");
        assertThat(pdf.get("url").asText()).isEqualTo("https://wartacontoh.example/unduh/peta-guncangan.pdf");
        assertThat(pdf.get("fetched").asText()).isEqualTo("2022-11-21T09:41:00+00:00");
    }

    @Test
    void exitZeroWhenAllSucceed(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("gempa.html"), PAGE);
        assertThat(Main.run("extract", good.toString())).isZero();
        assertThat(records()).hasSize(1);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(Main.run("extract", "--no-such-option", "x.html")).isEqualTo(2);
        assertThat(Main.run("extract")).isEqualTo(2);
        assertThat(Main.run("extract", "--format", "docx", "x.html")).isEqualTo(2);
        assertThat(Main.run("extract", "--threads", "0", "x.html")).isEqualTo(2);
        assertThat(Main.run("extract", "--max-bytes", "0", "x.html")).isEqualTo(2);
        assertThat(Main.run("extract", "--max-depth", "3", "x.html")).isEqualTo(2);
        assertThat(Main.run("extract", "--timeout", "0", "x.html")).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("maxDepth must be at least 16")
                .doesNotContain("\tat id.warta");
    }

    @Test
    void emptyInputNameIsAnErrorRecordNotTheWorkingDirectory() throws IOException {
        assertThat(Main.run("extract", "")).isEqualTo(1);
        List<JsonNode> records = records();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("errorCode").asText()).isEqualTo("not-found");
    }

    @Test
    void readsStandardInput() throws IOException {
        System.setIn(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertThat(Main.run("extract", "-")).isZero();
        List<JsonNode> records = records();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("input").asText()).isEqualTo("-");
        assertThat(records.get(0).get("title").asText()).isEqualTo("Gempa Magnitudo 5,6 Guncang Cianjur");
    }

    @Test
    void markdownAndJsonFormats(@TempDir Path dir) throws IOException {
        Path good = Files.writeString(dir.resolve("gempa.html"), PAGE);
        assertThat(Main.run("extract", "--format", "md", good.toString())).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("# Gempa Magnitudo 5,6 Guncang Cianjur\n");
        stdout.reset();
        assertThat(Main.run("extract", "--format", "json", good.toString(), good.toString())).isZero();
        JsonNode array = Json.read(stdout.toString(StandardCharsets.UTF_8));
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
    }

    @Test
    void directoryIsReadRecursively(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("2023/01"));
        Files.writeString(dir.resolve("2023/01/a.html"), PAGE);
        Files.writeString(dir.resolve("2023/b.html"), PAGE.replace("Cianjur", "Garut"));
        assertThat(Main.run("extract", "--format", "jsonl", dir.toString())).isZero();
        assertThat(records()).hasSize(2);
    }
}
