package id.warta.export;

import com.fasterxml.jackson.databind.JsonNode;
import id.warta.events.Actor;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.lang.LanguageGuess;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Format;
import id.warta.time.TimeExpression;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The event rows' values that the CLI tests do not reach: CAMEO columns of odd codes, coordinates, quoting. */
class EventWriterTest {

    private static final String TEXT = "Kapal patroli Bakamla mengusir kapal penangkap ikan asing di perairan Natuna "
            + "Utara, Senin (3/10). Kapal itu lalu meninggalkan zona ekonomi eksklusif Indonesia.";

    /** The same two sentences on two lines, as a Windows editor saves them. */
    private static final String TWO_LINES = TEXT.replace(". Kapal", ".\r\nKapal");

    private static Article article(String text) {
        return new Article("natuna.txt", Article.Status.OK, null, null, Format.TEXT, "UTF-8",
                "https://warta.example/natuna", "Warta Contoh", "id", "Bakamla Usir Kapal Asing dari Natuna Utara",
                List.of(), OffsetDateTime.of(2022, 10, 3, 14, 0, 0, 0, ZoneOffset.ofHours(7)), null, null, null,
                List.of(), text, List.of(), List.of());
    }

    private static Event event(String type, String mode, EventLocation where) {
        return event(TEXT, type, mode, where);
    }

    /** An event whose evidence is the whole {@code text}. */
    private static Event event(String text, String type, String mode, EventLocation where) {
        return new Event(type, mode, new Actor("Bakamla", "IDN", "MIL", List.of(), 14, 21),
                new Actor("kapal penangkap ikan asing", null, "BUS", List.of(), 31, 57), where,
                LocalDate.of(2022, 10, 3), TimeExpression.Precision.DAY, null, null, null, null, false, false,
                Event.Modality.ASSERTED, false, List.of(), List.of(new Evidence(text, 0, text.length())), 0.75);
    }

    private static String write(EventFormat format, Event... events) throws IOException {
        return write(TEXT, format, events);
    }

    private static String write(String text, EventFormat format, Event... events) throws IOException {
        Analysis analysis = new Analysis(article(text), new LanguageGuess("id", 0.95), text.length(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(events));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EventWriter w = new EventWriter(out, format)) {
            w.write(analysis);
            assertThat(w.events()).isEqualTo(events.length);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A field of a row whose quoted fields come after it (the title, the text). */
    private static String field(String csvRow, String column) {
        return csvRow.split(",", -1)[EventWriter.COLUMNS.indexOf(column)];
    }

    @Test
    void cameoColumnsComeFromTheOntologyAndAnUnknownModeTakesItsCategorysRoot() throws IOException {
        String[] rows = write(EventFormat.CSV, event("COERCE", "seize", null), event("ASSAULT", "sniper", null),
                event("EXPEL", null, null), event("ASSAULT", "aerial", null)).split("\r\n");
        assertThat(field(rows[1], "cameo_root")).isEqualTo("17");
        assertThat(field(rows[1], "gdelt_quad_class")).isEqualTo("4");
        assertThat(field(rows[2], "cameo_root")).isEqualTo("18"); // no such mode of ASSAULT: its category's root
        assertThat(field(rows[3], "event")).isEqualTo("EXPEL"); // not a PLOVER category: nothing made up
        assertThat(field(rows[3], "cameo_root")).isEmpty();
        assertThat(field(rows[3], "gdelt_quad_class")).isEmpty();
        assertThat(field(rows[4], "cameo_root")).isEqualTo("19");
    }

    @Test
    void aCarriageReturnIsQuotedLikeALineFeedAndKeptAsWritten() throws IOException {
        String csv = write(TWO_LINES, EventFormat.CSV, event(TWO_LINES, "COERCE", "seize", null));
        assertThat(csv).endsWith(",\"" + TWO_LINES + "\"\r\n");
        assertThat(csv.split("\r\n")).hasSize(3); // the header, and the row cut in two inside its quotes
        assertThat(EventWriter.csv("Natuna Utara")).isEqualTo("Natuna Utara");
        assertThat(EventWriter.csv("a\rb")).isEqualTo("\"a\rb\"");
        assertThat(EventWriter.csv("kata \"dia\"")).isEqualTo("\"kata \"\"dia\"\"\"");
        assertThat(EventWriter.csv("")).isEmpty();
    }

    @Test
    void coordinatesAreWrittenInPlainDecimalsAndAPlaceWithoutThemIsUnlocated() throws IOException {
        EventLocation nearTheMeridian = new EventLocation("Null Island", null, null, 0.0001, -0.00005, 0, 1,
                EventLocation.Source.SENTENCE, 70, 82);
        EventLocation unknown = new EventLocation("Natuna Utara", "IDN", "Kepulauan Riau", Double.NaN, Double.NaN,
                0, 2, EventLocation.Source.SENTENCE, 70, 82);
        String[] rows = write(EventFormat.CSV, event("COERCE", "seize", nearTheMeridian),
                event("COERCE", "seize", unknown)).split("\r\n");
        assertThat(field(rows[1], "lat")).isEqualTo("0.0001");
        assertThat(field(rows[1], "lon")).isEqualTo("-0.00005");
        assertThat(field(rows[1], "geonameid")).isEmpty();
        assertThat(field(rows[2], "lat")).isEmpty();
        assertThat(field(rows[2], "province")).isEqualTo("Kepulauan Riau");

        JsonNode collection = Json.read(write(EventFormat.GEOJSON, event("COERCE", "seize", nearTheMeridian),
                event("COERCE", "seize", unknown), event("COERCE", "seize", null)));
        assertThat(collection.get("features")).hasSize(1);
        assertThat(collection.get("unlocated").asInt()).isEqualTo(2);
        assertThat(collection.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble())
                .isEqualTo(-0.00005);
    }
}
