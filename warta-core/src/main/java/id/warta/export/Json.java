package id.warta.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.lang.LanguageGuess;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.CaptionFindings;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.quantity.Quantity;
import id.warta.quote.Quote;
import id.warta.time.TimeExpression;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The JSON mapping of Warta's records: field names as the record components, enums in lower case, date-times as
 * ISO 8601 with seconds and offset ({@code 2022-01-08T07:45:00+07:00}), dates as ISO 8601 days, null fields kept so
 * every record has the same shape.
 *
 * <p>The article record and the analysis record are written field by field, in a fixed order, by one method: the
 * analysis record is the article record with the identified language in place of the extraction's hint, followed
 * by what the analysis found. Quantities and time expressions carry their {@code text}, cut from the article text.
 * An event is written by one method too, wherever it appears (the analysis record, {@code warta events}).
 */
public final class Json {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT);

    private static final ObjectMapper MAPPER = build();
    private static final ObjectWriter WRITER = MAPPER.writer();

    private Json() {
    }

    /** The shared writer of Warta's JSON: immutable and thread-safe. */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** Reads JSON text into a tree (for tests and tools that read Warta's output back). */
    public static JsonNode read(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** Formats a date-time the way every Warta output does. */
    public static String format(OffsetDateTime value) {
        return value == null ? null : DATE_TIME.format(value);
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("warta");
        module.addSerializer(OffsetDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeString(format(value));
            }
        });
        @SuppressWarnings({"rawtypes", "unchecked"})
        JsonSerializer<Enum> lowerCase = new JsonSerializer<>() {
            @Override
            public void serialize(Enum value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        };
        module.addSerializer(Enum.class, lowerCase);
        module.addSerializer(Article.class, new JsonSerializer<>() {
            @Override
            public void serialize(Article value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeStartObject();
                writeArticleFields(value, null, gen, serializers);
                gen.writeEndObject();
            }
        });
        module.addSerializer(Event.class, new JsonSerializer<>() {
            @Override
            public void serialize(Event value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                gen.writeStartObject();
                writeEventFields(value, gen);
                gen.writeEndObject();
            }
        });
        module.addSerializer(Analysis.class, new JsonSerializer<>() {
            @Override
            public void serialize(Analysis value, JsonGenerator gen, SerializerProvider serializers)
                    throws IOException {
                writeAnalysis(value, gen, serializers);
            }
        });
        return new ObjectMapper()
                .registerModule(module)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /**
     * The fields of the article record in their documented order. With an analysis, {@code language} is the
     * identified language and {@code languageConfidence} follows it.
     */
    private static void writeArticleFields(Article a, Analysis analysis, JsonGenerator gen, SerializerProvider p)
            throws IOException {
        gen.writeStringField("input", a.input());
        p.defaultSerializeField("status", a.status(), gen);
        gen.writeStringField("error", a.error());
        gen.writeStringField("errorCode", a.errorCode());
        p.defaultSerializeField("format", a.format(), gen);
        gen.writeStringField("charset", a.charset());
        gen.writeStringField("url", a.url());
        gen.writeStringField("site", a.site());
        if (analysis == null) {
            gen.writeStringField("language", a.language());
        } else {
            LanguageGuess guess = analysis.language();
            gen.writeStringField("language", guess == null ? a.language() : guess.language());
            gen.writeFieldName("languageConfidence");
            if (guess == null) {
                gen.writeNull();
            } else {
                gen.writeNumber(Math.round(guess.confidence() * 1000) / 1000.0);
            }
        }
        gen.writeStringField("title", a.title());
        p.defaultSerializeField("authors", a.authors(), gen);
        p.defaultSerializeField("published", a.published(), gen);
        p.defaultSerializeField("modified", a.modified(), gen);
        gen.writeStringField("dateline", a.dateline());
        p.defaultSerializeField("image", a.image(), gen);
        p.defaultSerializeField("captions", a.captions(), gen);
        gen.writeStringField("text", a.text());
        p.defaultSerializeField("paragraphs", a.paragraphs(), gen);
        p.defaultSerializeField("related", a.related(), gen);
    }

    private static void writeAnalysis(Analysis analysis, JsonGenerator gen, SerializerProvider p)
            throws IOException {
        String text = analysis.article().text();
        gen.writeStartObject();
        writeArticleFields(analysis.article(), analysis, gen, p);
        gen.writeNumberField("analysedLength", analysis.analysedLength());
        gen.writeArrayFieldStart("entities");
        for (Entity e : analysis.entities()) {
            gen.writeStartObject();
            gen.writeStringField("text", e.text());
            p.defaultSerializeField("type", e.type(), gen);
            gen.writeStringField("kind", e.kind());
            gen.writeStringField("country", e.country());
            gen.writeArrayFieldStart("mentions");
            for (Mention m : e.mentions()) {
                gen.writeStartObject();
                gen.writeNumberField("start", m.start());
                gen.writeNumberField("end", m.end());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("quantities");
        for (Quantity q : analysis.quantities()) {
            writeQuantity(q, text, null, gen, p);
        }
        for (CaptionFindings c : analysis.captions()) {
            for (Quantity q : c.quantities()) {
                writeQuantity(q, analysis.article().captions().get(c.caption()), c.caption(), gen, p);
            }
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("times");
        for (TimeExpression t : analysis.times()) {
            writeTime(t, text, null, gen, p);
        }
        for (CaptionFindings c : analysis.captions()) {
            for (TimeExpression t : c.times()) {
                writeTime(t, analysis.article().captions().get(c.caption()), c.caption(), gen, p);
            }
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("quotes");
        for (Quote q : analysis.quotes()) {
            gen.writeStartObject();
            gen.writeStringField("speaker", q.speaker());
            gen.writeStringField("role", q.role());
            gen.writeStringField("text", text.substring(q.start(), q.end()));
            gen.writeNumberField("start", q.start());
            gen.writeNumberField("end", q.end());
            gen.writeNumberField("speakerStart", q.speakerStart());
            gen.writeNumberField("speakerEnd", q.speakerEnd());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("events");
        for (Event e : analysis.events()) {
            gen.writeStartObject();
            writeEventFields(e, gen);
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    /**
     * The fields of one event in their documented order: what happened, who to whom, where, when, how many, how
     * sure, and the sentences saying so. Coordinates and a GeoNames id that the place lacks are null.
     */
    static void writeEventFields(Event e, JsonGenerator gen) throws IOException {
        gen.writeStringField("type", e.type());
        gen.writeStringField("mode", e.mode());
        writeActor("actor", e.actor(), gen);
        writeActor("target", e.target(), gen);
        gen.writeFieldName("location");
        EventLocation where = e.location();
        if (where == null) {
            gen.writeNull();
        } else {
            gen.writeStartObject();
            gen.writeStringField("name", where.name());
            gen.writeStringField("country", where.country());
            gen.writeStringField("admin1", where.admin1());
            writeCoordinate("lat", where.latitude(), gen);
            writeCoordinate("lon", where.longitude(), gen);
            gen.writeFieldName("geonameId");
            if (where.geonameId() == 0) {
                gen.writeNull();
            } else {
                gen.writeNumber(where.geonameId());
            }
            gen.writeNumberField("precision", where.precision());
            gen.writeStringField("source", lowerCase(where.source()));
            gen.writeEndObject();
        }
        gen.writeStringField("date", e.date() == null ? null : e.date().toString());
        gen.writeStringField("datePrecision", lowerCase(e.datePrecision()));
        writeTotal("killed", e.killed(), gen);
        writeTotal("injured", e.injured(), gen);
        writeTotal("arrested", e.arrested(), gen);
        writeTotal("size", e.size(), gen);
        gen.writeBooleanField("approximate", e.approximate());
        gen.writeBooleanField("negated", e.negated());
        gen.writeStringField("modality", lowerCase(e.modality()));
        gen.writeBooleanField("reported", e.reported());
        gen.writeArrayFieldStart("counts");
        for (Count c : e.counts()) {
            gen.writeStartObject();
            gen.writeStringField("kind", lowerCase(c.kind()));
            gen.writeNumberField("value", c.value());
            gen.writeBooleanField("approximate", c.approximate());
            gen.writeStringField("who", c.who());
            gen.writeNumberField("start", c.start());
            gen.writeNumberField("end", c.end());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("evidence");
        for (Evidence s : e.evidence()) {
            gen.writeStartObject();
            gen.writeStringField("sentence", s.sentence());
            gen.writeNumberField("start", s.start());
            gen.writeNumberField("end", s.end());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeNumberField("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    }

    private static void writeActor(String name, Actor actor, JsonGenerator gen) throws IOException {
        gen.writeFieldName(name);
        if (actor == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        gen.writeStringField("name", actor.name());
        gen.writeStringField("country", actor.country());
        gen.writeStringField("sector", actor.sector());
        gen.writeArrayFieldStart("members");
        for (String member : actor.members()) {
            gen.writeString(member);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeTotal(String name, Long value, JsonGenerator gen) throws IOException {
        gen.writeFieldName(name);
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value);
        }
    }

    /** A latitude or longitude; null when unknown (NaN). */
    private static void writeCoordinate(String name, double value, JsonGenerator gen) throws IOException {
        gen.writeFieldName(name);
        if (Double.isNaN(value)) {
            gen.writeNull();
        } else {
            gen.writeNumber(value);
        }
    }

    /** An enum constant as every output writes it ({@code planned}, {@code day}); null stays null. */
    static String lowerCase(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * One quantity; {@code caption} is null for the text, else the index of the caption its offsets point into
     * (captions come after the text's quantities).
     */
    private static void writeQuantity(Quantity q, String in, Integer caption, JsonGenerator gen, SerializerProvider p)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("text", q.text(in));
        writeNumber("value", q.value(), gen);
        writeNumber("upper", q.upper(), gen);
        gen.writeBooleanField("approximate", q.approximate());
        p.defaultSerializeField("kind", q.kind(), gen);
        gen.writeStringField("unit", q.unit());
        gen.writeNumberField("start", q.start());
        gen.writeNumberField("end", q.end());
        p.defaultSerializeField("caption", caption, gen);
        gen.writeEndObject();
    }

    /** One time expression; {@code caption} as for {@link #writeQuantity}. */
    private static void writeTime(TimeExpression t, String in, Integer caption, JsonGenerator gen,
                                  SerializerProvider p) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("text", t.text(in));
        gen.writeStringField("value", t.value());
        p.defaultSerializeField("precision", t.precision(), gen);
        gen.writeStringField("begin", t.begin().toString());
        gen.writeStringField("last", t.last().toString());
        gen.writeNumberField("start", t.start());
        gen.writeNumberField("end", t.end());
        p.defaultSerializeField("caption", caption, gen);
        gen.writeEndObject();
    }

    /** A whole number without a fraction ({@code 3000}, not {@code 3000.0}); others as they are. */
    private static void writeNumber(String name, double value, JsonGenerator gen) throws IOException {
        gen.writeFieldName(name);
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            gen.writeNumber((long) value);
        } else {
            gen.writeNumber(value);
        }
    }
}
