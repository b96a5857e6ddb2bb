package id.warta.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.Warta;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
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
import java.time.OffsetDateTime;
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
        // no place in either sentence nor a dateline: the article's country, at its capital as the gazetteer has it
        EventLocation indonesia = new EventLocation("Indonesia", "IDN", null, -6.21462, 106.84513, 1643084, 3,
                EventLocation.Source.COUNTRY, -1, -1);
        LocalDate published = article.published().toLocalDate();
        Mention bpbd = mention(t, "BPBD", 2);
        Mention elderly = mention(t, "warga lanjut usia dan anak-anak", 0);
        Mention ministry = mention(t, "Kementerian Sosial", 0);
        List<Event> events = List.of(
                new Event("AID", null,
                        new Actor("Badan Penanggulangan Bencana Daerah", "IDN", "GOV", List.of(), bpbd.start(),
                                bpbd.end()),
                        new Actor("warga lanjut usia dan anak-anak", "IDN", "CVL", List.of(), elderly.start(),
                                elderly.end()),
                        indonesia, published, TimeExpression.Precision.DAY, null, null, null, null, false, false,
                        Event.Modality.ASSERTED, true, List.of(), List.of(evidence(t, "Hadi mengatakan BPBD")), 0.7),
                new Event("AID", null,
                        new Actor("Kementerian Sosial", "IDN", "GOV", List.of(), ministry.start(), ministry.end()),
                        new Actor("warga", "IDN", "REF", List.of(), -1, -1),
                        indonesia, published, TimeExpression.Precision.DAY, null, null, null, null, false, false,
                        Event.Modality.ASSERTED, false, List.of(), List.of(evidence(t, "Kementerian Sosial mengirim")),
                        0.85));
        return new Analysis(article, new LanguageGuess("id", 0.9812), t.length(), entities, quantities, times,
                quotes, captions, events);
    }

    /** The sentence of {@code text} that starts with {@code opening}, up to its full stop. */
    private static Evidence evidence(String text, String opening) {
        int start = text.indexOf(opening);
        int end = text.indexOf('.', start) + 1;
        return new Evidence(text.substring(start, end), start, end);
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
                "kind", "unit", "start", "end", "unitStart", "unitEnd", "caption");
        assertThat(names(actual.get("times").get(0))).containsExactly("text", "value", "precision", "begin", "last",
                "relative", "start", "end", "caption");
        assertThat(names(actual.get("quotes").get(0))).containsExactly("speaker", "role", "text", "start", "end",
                "speakerStart", "speakerEnd");
        assertThat(names(actual.get("entities").get(0))).containsExactly("text", "type", "kind", "country",
                "mentions");
        JsonNode event = actual.get("events").get(0);
        assertThat(names(event)).containsExactly("type", "mode", "actor", "target", "location", "date",
                "datePrecision", "killed", "injured", "arrested", "size", "approximate", "negated", "modality",
                "reported", "counts", "evidence", "confidence");
        assertThat(names(event.get("actor"))).containsExactly("name", "country", "sector", "members", "start",
                "end");
        assertThat(names(event.get("location"))).containsExactly("name", "country", "admin1", "lat", "lon",
                "geonameId", "precision", "source", "start", "end");
        assertThat(names(event.get("evidence").get(0))).containsExactly("sentence", "start", "end");
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
        for (JsonNode e : record.get("events")) {
            for (JsonNode s : e.get("evidence")) {
                assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt()))
                        .isEqualTo(s.get("sentence").asText());
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
        List<String> components = Arrays.stream(Article.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        // fetched is written only for crawled input, which knows when it was fetched
        assertThat(names(article)).containsExactlyElementsOf(components.stream().filter(c -> !c.equals("fetched"))
                .toList());
        JsonNode crawled = Json.read(Json.writer().writeValueAsString(analysis.article()
                .withFetched(OffsetDateTime.parse("2022-03-14T04:10:00Z"))));
        assertThat(names(crawled)).containsExactlyElementsOf(components);
        // the analysis record is the article record, the identified language and the findings
        List<String> expected = new ArrayList<>(names(article));
        expected.add(expected.indexOf("language") + 1, "languageConfidence");
        expected.addAll(List.of("analysedLength", "entities", "quantities", "times", "quotes", "events"));
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
        assertThat(record.get("events")).isEmpty();
    }

    @Test
    void anEventIsWrittenWithItsBreakdownPlaceAndEverySentence() throws IOException {
        String t = "Bentrok antara aparat keamanan dan pengunjuk rasa pecah di Makassar, Sulawesi Selatan, Kamis (8/9). "
                + "Dua mahasiswa dan seorang polisi tewas, sementara sekitar 40 orang luka-luka. "
                + "Polisi menangkap 23 orang.";
        Event riot = new Event("PROTEST", "riot",
                new Actor("pengunjuk rasa", "IDN", "CVL", List.of(), 35, 49),
                new Actor("aparat keamanan", "IDN", "COP", List.of(), 15, 30),
                new EventLocation("Makassar", "IDN", "Sulawesi Selatan", -5.14861, 119.43194, 1622786, 1,
                        EventLocation.Source.SENTENCE, 59, 67),
                LocalDate.of(2022, 9, 8), TimeExpression.Precision.DAY, 3L, 40L, 23L, null, true, false,
                Event.Modality.ASSERTED, false,
                List.of(new Count(Count.Kind.KILLED, 2, false, "mahasiswa", 100, 113),
                        new Count(Count.Kind.KILLED, 1, false, "polisi", 118, 132),
                        new Count(Count.Kind.INJURED, 40, true, "orang", 150, 166),
                        new Count(Count.Kind.ARRESTED, 23, false, "orang", 195, 203)),
                List.of(new Evidence(t.substring(0, 99), 0, 99), new Evidence(t.substring(100, 177), 100, 177),
                        new Evidence(t.substring(178, 204), 178, 204)),
                0.9);
        JsonNode expected = Json.read("""
                {"type": "PROTEST", "mode": "riot",
                 "actor": {"name": "pengunjuk rasa", "country": "IDN", "sector": "CVL", "members": [],
                           "start": 35, "end": 49},
                 "target": {"name": "aparat keamanan", "country": "IDN", "sector": "COP", "members": [],
                            "start": 15, "end": 30},
                 "location": {"name": "Makassar", "country": "IDN", "admin1": "Sulawesi Selatan", "lat": -5.14861,
                              "lon": 119.43194, "geonameId": 1622786, "precision": 1, "source": "sentence",
                              "start": 59, "end": 67},
                 "date": "2022-09-08", "datePrecision": "day",
                 "killed": 3, "injured": 40, "arrested": 23, "size": null,
                 "approximate": true, "negated": false, "modality": "asserted", "reported": false,
                 "counts": [
                   {"kind": "killed", "value": 2, "approximate": false, "who": "mahasiswa", "start": 100, "end": 113},
                   {"kind": "killed", "value": 1, "approximate": false, "who": "polisi", "start": 118, "end": 132},
                   {"kind": "injured", "value": 40, "approximate": true, "who": "orang", "start": 150, "end": 166},
                   {"kind": "arrested", "value": 23, "approximate": false, "who": "orang", "start": 195, "end": 203}],
                 "evidence": [
                   {"sentence": "Bentrok antara aparat keamanan dan pengunjuk rasa pecah di Makassar, Sulawesi \
                Selatan, Kamis (8/9).", "start": 0, "end": 99},
                   {"sentence": "Dua mahasiswa dan seorang polisi tewas, sementara sekitar 40 orang luka-luka.",
                    "start": 100, "end": 177},
                   {"sentence": "Polisi menangkap 23 orang.", "start": 178, "end": 204}],
                 "confidence": 0.9}
                """);

        JsonNode actual = Json.read(Json.writer().writeValueAsString(riot));

        assertThat(actual).isEqualTo(expected);
        assertThat(names(actual)).containsExactlyElementsOf(names(expected));
        assertThat(names(actual.get("counts").get(0))).containsExactly("kind", "value", "approximate", "who",
                "start", "end");
        for (JsonNode c : actual.get("counts")) {
            assertThat(t.substring(c.get("start").asInt(), c.get("end").asInt())).endsWith(c.get("who").asText());
        }
    }

    @Test
    void unknownCoordinatesAndGeonameIdAreNullAndAnAllianceListsItsMembers() throws IOException {
        String t = "Sekitar 2.500 tentara CSTO dari Rusia, Belarus, Armenia, Tajikistan dan Kirgistan tiba di "
                + "Kazakhstan.";
        int csto = t.indexOf("CSTO");
        int kazakhstan = t.indexOf("Kazakhstan");
        Event deployment = new Event("MOBILIZE", "troops",
                new Actor("CSTO", "IGO", "MIL", List.of("RUS", "BLR", "ARM", "TJK", "KGZ"), csto, csto + 4), null,
                new EventLocation("Kazakhstan", "KAZ", null, Double.NaN, Double.NaN, 0, 3,
                        EventLocation.Source.SENTENCE, kazakhstan, kazakhstan + 10),
                null, null, null, null, null, 2500L, true, false, Event.Modality.ASSERTED, false,
                List.of(new Count(Count.Kind.SIZE, 2500, true, "tentara", 0, 21)),
                List.of(new Evidence(t, 0, t.length())), 0.8);

        JsonNode actual = Json.read(Json.writer().writeValueAsString(deployment));

        assertThat(actual.get("actor").get("members")).extracting(JsonNode::asText)
                .containsExactly("RUS", "BLR", "ARM", "TJK", "KGZ");
        assertThat(actual.get("target").isNull()).isTrue();
        assertThat(actual.get("location").get("lat").isNull()).isTrue();
        assertThat(actual.get("location").get("lon").isNull()).isTrue();
        assertThat(actual.get("location").get("geonameId").isNull()).isTrue();
        assertThat(actual.get("date").isNull()).isTrue();
        assertThat(actual.get("datePrecision").isNull()).isTrue();
        assertThat(actual.get("size").asLong()).isEqualTo(2500);
        assertThat(actual.get("killed").isNull()).isTrue();
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
                .contains("\n## Events\n\n- AID: Badan Penanggulangan Bencana Daerah (IDN, GOV) \u2192 warga lanjut "
                        + "usia dan anak-anak (IDN, CVL) \u2014 in Indonesia (the article's country) \u2014 2022-03-14 "
                        + "\u2014 reported \u2014 confidence 0.70\n\n  > Hadi mengatakan BPBD menyiapkan 25 perahu karet "
                        + "untuk mengevakuasi warga lanjut usia dan anak-anak.\n")
                .contains("\n- AID: Kementerian Sosial (IDN, GOV) \u2192 warga (IDN, REF) \u2014 in Indonesia")
                .doesNotContain("Banjir serupa melanda"); // a summary, not the body

        out.reset();
        try (ArticleWriter w = new ArticleWriter(out, OutputFormat.TXT)) {
            w.write(analysis());
        }
        String txt = out.toString(StandardCharsets.UTF_8);
        assertThat(txt).contains("Kementerian Sosial mengirim bantuan logistik")
                .contains("\nLanguage: id (confidence 0.98)\n")
                .contains("\nQuantities:\n  sedikitnya 2.300 rumah: about 2300 rumah\n")
                .contains("\n  ORG Kementerian Sosial (IDN) \u2014 1 mention\n")
                .contains("\nQuotes:\n  Hadi Prasetyo, Kepala BPBD Kabupaten Bekasi: \u201CAir mulai naik")
                .contains("\nEvents:\n  AID: Badan Penanggulangan Bencana Daerah (IDN, GOV) \u2192 warga lanjut usia "
                        + "dan anak-anak (IDN, CVL) \u2014 in Indonesia (the article's country) \u2014 2022-03-14 "
                        + "\u2014 reported \u2014 confidence 0.70\n    \u201CHadi mengatakan BPBD menyiapkan")
                .endsWith("\u2014 confidence 0.85\n    \u201CKementerian Sosial mengirim bantuan logistik senilai "
                        + "Rp 750 juta, termasuk makanan siap saji dan selimut.\u201D\n");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
