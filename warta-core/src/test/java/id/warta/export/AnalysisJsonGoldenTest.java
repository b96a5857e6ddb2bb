package id.warta.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.Warta;
import id.warta.lang.LanguageGuess;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.CaptionFindings;
import id.warta.model.Failure;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.quantity.Quantity;
import id.warta.quote.Quote;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis record's JSON on a realistic scraped article we wrote ({@code analyze/banjir-bekasi-2022-03-14.txt}):
 * the article extracted by Warta, and what a reader finds in it written by hand as the findings, so that the file
 * {@code banjir-bekasi-2022-03-14.json} pins the mapping (field names and order, numbers, dates, text cut from the
 * article) independently of how well each stage does.
 */
class AnalysisJsonGoldenTest {

    private static final Path DIR = Path.of("src/test/resources/analyze");

    private static Analysis analysis() {
        Article article = Warta.extract(DIR.resolve("banjir-bekasi-2022-03-14.txt"));
        assertThat(article.ok()).isTrue();
        String t = article.text();
        List<Entity> entities = List.of(
                new Entity("Kabupaten Bekasi", Entity.Type.LOC, "admin2", "IDN", List.of(
                        mention(t, "Kabupaten Bekasi", 0), mention(t, "Kabupaten Bekasi", 1),
                        mention(t, "Kabupaten Bekasi", 2))),
                new Entity("Jawa Barat", Entity.Type.LOC, "admin1", "IDN", List.of(mention(t, "Jawa Barat", 0))),
                new Entity("Badan Penanggulangan Bencana Daerah", Entity.Type.ORG, null, "IDN", List.of(
                        mention(t, "Badan Penanggulangan Bencana Daerah", 0), mention(t, "BPBD", 0),
                        mention(t, "BPBD", 1), mention(t, "BPBD", 2))),
                new Entity("Hadi Prasetyo", Entity.Type.PERSON, null, null, List.of(
                        mention(t, "Hadi Prasetyo", 0), mention(t, "Hadi", 1))),
                new Entity("Kementerian Sosial", Entity.Type.ORG, null, "IDN", List.of(
                        mention(t, "Kementerian Sosial", 0))));
        List<Quantity> quantities = List.of(
                count(t, "sedikitnya 2.300 rumah", 2300, true, "rumah"),
                count(t, "sekitar 4.500 warga", 4500, true, "warga"),
                count(t, "12 posko", 12, false, "posko"),
                count(t, "tiga jam", 3, false, "jam"),
                count(t, "25 perahu karet", 25, false, "perahu karet"),
                new Quantity(t.indexOf("Rp 750 juta"), t.indexOf("Rp 750 juta") + 11, 750e6, 750e6, false,
                        Quantity.Kind.MONEY, "IDR", t.indexOf("Rp 750"), t.indexOf("Rp 750") + 2),
                count(t, "lebih dari 1.000 rumah", 1000, true, "rumah"));
        List<TimeExpression> times = List.of(
                day(t, "Sabtu (12/3) malam", LocalDate.of(2022, 3, 12), true),
                day(t, "20 Februari 2021", LocalDate.of(2021, 2, 20), false));
        String said = "Air mulai naik pukul 02.00 dini hari, dan dalam tiga jam sudah setinggi pinggang orang dewasa";
        int speaker = t.indexOf("Hadi Prasetyo");
        List<Quote> quotes = List.of(new Quote("Hadi Prasetyo", "Kepala BPBD Kabupaten Bekasi", said,
                t.indexOf(said), t.indexOf(said) + said.length(), speaker, speaker + "Hadi Prasetyo".length()));
        String caption = article.captions().get(0);
        int day = caption.indexOf("13 Maret 2022");
        List<CaptionFindings> captions = List.of(new CaptionFindings(0, List.of(), List.of(new TimeExpression(day,
                day + "13 Maret 2022".length(), LocalDate.of(2022, 3, 13), LocalDate.of(2022, 3, 13), null,
                TimeExpression.Precision.DAY, false))));
        return new Analysis(article, new LanguageGuess("id", 0.9812), t.length(), entities, quantities, times,
                quotes, captions);
    }

    /** The n-th occurrence (from 0) of {@code s} in {@code text}. */
    private static Mention mention(String text, String s, int n) {
        int at = text.indexOf(s);
        for (int i = 0; i < n; i++) {
            at = text.indexOf(s, at + 1);
        }
        assertThat(at).as("occurrence %d of %s", n, s).isNotNegative();
        return new Mention(at, at + s.length());
    }

    private static Quantity count(String text, String expression, double value, boolean approximate, String unit) {
        int start = text.indexOf(expression);
        int unitStart = start + expression.lastIndexOf(unit);
        return new Quantity(start, start + expression.length(), value, value, approximate, Quantity.Kind.COUNT, unit,
                unitStart, unitStart + unit.length());
    }

    private static TimeExpression day(String text, String expression, LocalDate date, boolean relative) {
        int start = text.indexOf(expression);
        return new TimeExpression(start, start + expression.length(), date, date, null,
                TimeExpression.Precision.DAY, relative);
    }

    private static String json(Analysis... analyses) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = new ArticleWriter(out, OutputFormat.JSON)) {
            for (Analysis a : analyses) {
                w.write(a);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theAnalysisRecordMatchesTheGoldenFileFieldForFieldInOrder() throws IOException {
        JsonNode actual = Json.read(json(analysis())).get(0);
        JsonNode golden = Json.read(Files.readString(DIR.resolve("banjir-bekasi-2022-03-14.json")));
        assertThat(actual).isEqualTo(golden);
        assertThat(names(actual)).containsExactlyElementsOf(names(golden));
        assertThat(names(actual.get("quantities").get(0))).containsExactly("text", "value", "upper", "approximate",
                "kind", "unit", "start", "end", "caption");
        assertThat(names(actual.get("times").get(0))).containsExactly("text", "value", "precision", "begin", "last",
                "start", "end", "caption");
        assertThat(names(actual.get("quotes").get(0))).containsExactly("speaker", "role", "text", "start", "end",
                "speakerStart", "speakerEnd");
        assertThat(names(actual.get("entities").get(0))).containsExactly("text", "type", "kind", "country",
                "mentions");
    }

    @Test
    void everyTextFieldIsTheArticleTextAtItsOffsets() throws IOException {
        JsonNode record = Json.read(json(analysis())).get(0);
        String text = record.get("text").asText();
        for (String list : List.of("quantities", "times", "quotes")) {
            for (JsonNode n : record.get(list)) {
                // a caption's findings point into that caption
                String in = n.path("caption").isInt() ? record.get("captions").get(n.get("caption").asInt()).asText()
                        : text;
                assertThat(in.substring(n.get("start").asInt(), n.get("end").asInt()))
                        .isEqualTo(n.get("text").asText());
            }
        }
        for (JsonNode q : record.get("quotes")) {
            assertThat(text.substring(q.get("speakerStart").asInt(), q.get("speakerEnd").asInt()))
                    .isEqualTo(q.get("speaker").asText());
        }
        for (JsonNode e : record.get("entities")) {
            List<String> mentioned = new ArrayList<>();
            for (JsonNode m : e.get("mentions")) {
                mentioned.add(text.substring(m.get("start").asInt(), m.get("end").asInt()));
            }
            assertThat(mentioned).contains(e.get("text").asText());
        }
    }

    @Test
    void theArticleRecordHasEveryComponentInDeclarationOrder() throws IOException {
        Analysis analysis = analysis();
        JsonNode article = Json.read(Json.writer().writeValueAsString(analysis.article()));
        assertThat(names(article)).containsExactlyElementsOf(
                Arrays.stream(Article.class.getRecordComponents()).map(RecordComponent::getName).toList());
        // the analysis record is the article record, the identified language and the findings
        List<String> expected = new ArrayList<>(names(article));
        expected.add(expected.indexOf("language") + 1, "languageConfidence");
        expected.addAll(List.of("analysedLength", "entities", "quantities", "times", "quotes"));
        assertThat(names(Json.read(json(analysis)).get(0))).containsExactlyElementsOf(expected);
    }

    @Test
    void anErrorRecordHasTheSameShapeWithNothingFound() throws IOException {
        Analysis failed = Analysis.notAnalysed(Article.failed("kosong.txt", null,
                Failure.of("empty", "the document is empty")));
        JsonNode record = Json.read(json(failed)).get(0);
        assertThat(names(record)).containsExactlyElementsOf(names(Json.read(json(analysis())).get(0)));
        assertThat(record.get("status").asText()).isEqualTo("error");
        assertThat(record.get("errorCode").asText()).isEqualTo("empty");
        assertThat(record.get("language").isNull()).isTrue();
        assertThat(record.get("languageConfidence").isNull()).isTrue();
        assertThat(record.get("analysedLength").asInt()).isZero();
        assertThat(record.get("entities")).isEmpty();
        assertThat(record.get("quotes")).isEmpty();
    }

    @Test
    void textAndMarkdownSayWhatWasFound() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArticleWriter w = new ArticleWriter(out, OutputFormat.MD)) {
            w.write(analysis());
        }
        String md = out.toString(StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Banjir Rendam 2.300 Rumah di Kabupaten Bekasi")
                .contains("Language: `id` (confidence 0.98)")
                .contains("> Air mulai naik pukul 02.00 dini hari")
                .contains("> \u2014 Hadi Prasetyo, Kepala BPBD Kabupaten Bekasi")
                .contains("## People\n\n- Hadi Prasetyo \u2014 2 mentions: Hadi Prasetyo, Hadi\n")
                .contains("- Badan Penanggulangan Bencana Daerah (IDN) \u2014 4 mentions: "
                        + "Badan Penanggulangan Bencana Daerah, BPBD\n")
                .contains("- Kabupaten Bekasi (admin2, IDN) \u2014 3 mentions\n")
                .contains("- sekitar 4.500 warga: about 4500 warga\n")
                .contains("- Rp 750 juta: 750000000 IDR\n")
                .contains("- Sabtu (12/3) malam: 2022-03-12 (day)\n")
                .doesNotContain("Kementerian Sosial mengirim"); // a summary, not the body

        out.reset();
        try (ArticleWriter w = new ArticleWriter(out, OutputFormat.TXT)) {
            w.write(analysis());
        }
        String txt = out.toString(StandardCharsets.UTF_8);
        assertThat(txt).contains("Kementerian Sosial mengirim bantuan logistik")
                .contains("\nLanguage: id (confidence 0.98)\n")
                .contains("\nQuantities:\n  sedikitnya 2.300 rumah: about 2300 rumah\n")
                .contains("\n  ORG Kementerian Sosial (IDN) \u2014 1 mention\n")
                .contains("\nQuotes:\n  Hadi Prasetyo, Kepala BPBD Kabupaten Bekasi: \u201CAir mulai naik");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
