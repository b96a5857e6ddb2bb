package id.warta.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.extract.Blocks;
import id.warta.extract.Paragraph;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.Failure;
import id.warta.model.Related;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleWriterTest {

    private static Article article() {
        Blocks.Assembled body = Blocks.assemble(List.of(
                Paragraph.of("Harga beras medium di Pasar Induk Cipinang naik menjadi Rp 13.500 per kilogram."),
                new Paragraph(Block.Type.HEADING, 2, "Penyebab kenaikan"),
                new Paragraph(Block.Type.LIST_ITEM, 1, "Panen raya mundur dua pekan"),
                new Paragraph(Block.Type.LIST_ITEM, 2, "Biaya angkut naik"),
                new Paragraph(Block.Type.QUOTE, 0, "Stok kami cukup sampai Lebaran."),
                new Paragraph(Block.Type.TABLE, 0, "Jenis | Harga\nMedium | 13.500\nPremium | 15.200")));
        return new Article("beras.html", Article.Status.OK, null, null, id.warta.model.Format.HTML, "UTF-8",
                "https://warta.example/ekonomi/beras", "Warta Contoh", "id", "Harga Beras Naik Jelang Lebaran",
                List.of("Siti Rahmawati"), OffsetDateTime.of(2024, 3, 4, 7, 45, 0, 0, ZoneOffset.ofHours(7)), null,
                "JAKARTA, Warta Contoh", null, List.of(), body.text(), body.blocks(),
                List.of(new Related("Bulog Guyur Beras ke Pasar", "https://warta.example/ekonomi/bulog")));
    }

    private static String write(OutputFormat format, Article... articles) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = new ArticleWriter(out, format)) {
            for (Article a : articles) {
                w.write(a);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonIsAnArrayWithTheContractFields() throws IOException {
        Article failed = Article.failed("rusak.html", null, Failure.of("binary", "looks like a PDF document"));
        JsonNode array = Json.mapper().readTree(write(OutputFormat.JSON, article(), failed));
        assertThat(array).hasSize(2);
        JsonNode ok = array.get(0);
        assertThat(ok.get("status").asText()).isEqualTo("ok");
        assertThat(ok.get("published").asText()).isEqualTo("2024-03-04T07:45:00+07:00");
        assertThat(ok.get("modified").isNull()).isTrue();
        assertThat(ok.get("paragraphs").get(1).get("type").asText()).isEqualTo("heading");
        assertThat(ok.get("related").get(0).get("url").asText()).isEqualTo("https://warta.example/ekonomi/bulog");
        JsonNode err = array.get(1);
        assertThat(err.get("status").asText()).isEqualTo("error");
        assertThat(err.get("errorCode").asText()).isEqualTo("binary");
        assertThat(err.get("error").asText()).contains("PDF");
    }

    @Test
    void writerLeavesTheCallersStreamOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("the writer closed the caller's stream");
            }
        };
        try (ArticleWriter w = new ArticleWriter(out, OutputFormat.JSON)) {
            w.write(article());
        }
        assertThat(out.size()).isPositive();
    }

    @Test
    void jsonLinesHasOneObjectPerLine() throws IOException {
        String out = write(OutputFormat.JSONL, article(), article());
        String[] lines = out.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(Json.mapper().readTree(lines[1]).get("title").asText()).isEqualTo("Harga Beras Naik Jelang Lebaran");
    }

    @Test
    void markdownKeepsStructure() throws IOException {
        String md = write(OutputFormat.MD, article());
        assertThat(md).startsWith("# Harga Beras Naik Jelang Lebaran\n\n*Siti Rahmawati — Warta Contoh — 2024-03-04T07:45:00+07:00*");
        assertThat(md).contains("\n\n## Penyebab kenaikan\n\n1. Panen raya mundur dua pekan\n2. Biaya angkut naik\n\n"
                + "> Stok kami cukup sampai Lebaran.\n\n| Jenis | Harga |\n|---|---|\n| Medium | 13.500 |\n");
    }

    @Test
    void textIsTitleThenBody() throws IOException {
        String txt = write(OutputFormat.TXT, article());
        assertThat(txt).startsWith("Harga Beras Naik Jelang Lebaran\n\nHarga beras medium");
        assertThat(txt).contains("Penyebab kenaikan\n\nPanen raya");
    }
}
