package id.warta.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.lang.LanguageGuess;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Block;
import id.warta.model.CaptionFindings;
import id.warta.model.Format;
import id.warta.model.Image;
import id.warta.model.Related;
import id.warta.ner.Entity;
import id.warta.ner.Mention;
import id.warta.quantity.Quantity;
import id.warta.quote.Quote;
import id.warta.time.TimeExpression;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

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
        // an instant (when a record was stored) in ISO 8601, UTC: 2022-01-08T00:45:00Z
        module.addSerializer(Instant.class, ToStringSerializer.instance);
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
        if (a.fetched() != null) {
            // only crawled input knows when it was fetched; other records keep their documented shape
            p.defaultSerializeField("fetched", a.fetched(), gen);
        }
        gen.writeStringField("dateline", a.dateline());
        p.defaultSerializeField("image", a.image(), gen);
        p.defaultSerializeField("captions", a.captions(), gen);
        gen.writeStringField("text", a.text());
        p.defaultSerializeField("paragraphs", a.paragraphs(), gen);
        p.defaultSerializeField("related", a.related(), gen);
    }

    private static void writeAnalysis(Analysis analysis, JsonGenerator gen, SerializerProvider p)
            throws IOException {
        gen.writeStartObject();
        writeAnalysisFields(analysis, gen, p);
        gen.writeEndObject();
    }

    /**
     * Writes the fields of the analysis record, without the braces around them, into an object the caller has
     * started: for a row that is the record plus fields of its own (the store's export adds {@code id},
     * {@code story}, {@code duplicateOf}). {@code gen} must come from {@link #writer()}.
     */
    public static void writeAnalysisFields(Analysis analysis, JsonGenerator gen) throws IOException {
        writeAnalysisFields(analysis, gen, MAPPER.getSerializerProviderInstance());
    }

    private static void writeAnalysisFields(Analysis analysis, JsonGenerator gen, SerializerProvider p)
            throws IOException {
        String text = analysis.article().text();
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
    }

    /**
     * The fields of one event in their documented order: what happened, who to whom, where, when, how many, how
     * sure, and the sentences saying so. Coordinates and a GeoNames id that the place lacks are null. Public for
     * rows that are an event plus fields of their own (the events rows, the store's story-level events).
     */
    public static void writeEventFields(Event e, JsonGenerator gen) throws IOException {
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
            gen.writeNumberField("start", where.start());
            gen.writeNumberField("end", where.end());
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
        gen.writeNumberField("start", actor.start());
        gen.writeNumberField("end", actor.end());
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
    public static String lowerCase(Enum<?> value) {
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
        gen.writeNumberField("unitStart", q.unitStart());
        gen.writeNumberField("unitEnd", q.unitEnd());
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
        gen.writeBooleanField("relative", t.relative());
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

    // ---- reading ------------------------------------------------------------------------------------------------
    // The reader sits beside the writer, in the same class, so that the mapping is stated once: a field added to,
    // renamed in or reordered in one method is met by its counterpart a few lines away, and the round-trip test
    // (write, read, write: the same text) catches the one forgotten.

    /**
     * Reads an analysis record as {@link #writer()} writes it (one {@code warta analyze --format jsonl} line) back
     * into the records. The inverse of writing for every field the record writes; what it does not write comes
     * back as follows: the article's language hint is the identified language (the record carries only that),
     * and confidences are rounded to three decimals as written.
     *
     * @throws IllegalArgumentException when the text is not JSON or not an analysis record
     */
    public static Analysis readAnalysis(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        return readAnalysis(node);
    }

    /** {@link #readAnalysis(String)} from a parsed tree. */
    public static Analysis readAnalysis(JsonNode record) {
        if (record == null || !record.isObject()) {
            throw new IllegalArgumentException("an analysis record is a JSON object");
        }
        JsonNode confidence = record.path("languageConfidence");
        String language = text(record, "language");
        LanguageGuess guess = confidence.isNumber() ? new LanguageGuess(language, confidence.asDouble()) : null;
        Article article = readArticle(record);
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : array(record, "entities")) {
            List<Mention> mentions = new ArrayList<>();
            for (JsonNode m : array(e, "mentions")) {
                mentions.add(new Mention(integer(m, "start"), integer(m, "end")));
            }
            entities.add(new Entity(required(e, "text"), constant(Entity.Type.class, text(e, "type")),
                    text(e, "kind"), text(e, "country"), mentions));
        }
        // a caption's findings follow the text's with their caption's index; CaptionFindings go by that index
        List<Quantity> quantities = new ArrayList<>();
        Map<Integer, List<Quantity>> captionQuantities = new TreeMap<>();
        for (JsonNode q : array(record, "quantities")) {
            Quantity quantity = new Quantity(integer(q, "start"), integer(q, "end"), number(q, "value"),
                    number(q, "upper"), bool(q, "approximate"), constant(Quantity.Kind.class, text(q, "kind")),
                    text(q, "unit"), integer(q, "unitStart"), integer(q, "unitEnd"));
            JsonNode caption = q.path("caption");
            (caption.isInt() ? captionQuantities.computeIfAbsent(caption.asInt(), k -> new ArrayList<>())
                    : quantities).add(quantity);
        }
        List<TimeExpression> times = new ArrayList<>();
        Map<Integer, List<TimeExpression>> captionTimes = new TreeMap<>();
        for (JsonNode t : array(record, "times")) {
            TimeExpression.Precision precision = constant(TimeExpression.Precision.class, text(t, "precision"));
            boolean timed = precision == TimeExpression.Precision.HOUR
                    || precision == TimeExpression.Precision.MINUTE;
            // a timed expression's value is its date-time (TimeExpression.value)
            TimeExpression time = new TimeExpression(integer(t, "start"), integer(t, "end"),
                    LocalDate.parse(required(t, "begin")), LocalDate.parse(required(t, "last")),
                    timed ? OffsetDateTime.parse(required(t, "value")) : null, precision, bool(t, "relative"));
            JsonNode caption = t.path("caption");
            (caption.isInt() ? captionTimes.computeIfAbsent(caption.asInt(), k -> new ArrayList<>())
                    : times).add(time);
        }
        Set<Integer> withFindings = new TreeSet<>(captionQuantities.keySet());
        withFindings.addAll(captionTimes.keySet());
        List<CaptionFindings> captions = new ArrayList<>();
        for (int i : withFindings) {
            captions.add(new CaptionFindings(i, captionQuantities.getOrDefault(i, List.of()),
                    captionTimes.getOrDefault(i, List.of())));
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode q : array(record, "quotes")) {
            quotes.add(new Quote(text(q, "speaker"), text(q, "role"), required(q, "text"), integer(q, "start"),
                    integer(q, "end"), integer(q, "speakerStart"), integer(q, "speakerEnd")));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode e : array(record, "events")) {
            events.add(readEvent(e));
        }
        return new Analysis(article, guess, integer(record, "analysedLength"), entities, quantities, times, quotes,
                captions, events);
    }

    /** One event as {@link #writeEventFields} writes it. */
    public static Event readEvent(JsonNode e) {
        JsonNode where = e.path("location");
        EventLocation location = where.isObject() ? new EventLocation(required(where, "name"),
                text(where, "country"), text(where, "admin1"), coordinate(where, "lat"), coordinate(where, "lon"),
                where.path("geonameId").asLong(0), integer(where, "precision"),
                constant(EventLocation.Source.class, text(where, "source")), integer(where, "start"),
                integer(where, "end")) : null;
        List<Count> counts = new ArrayList<>();
        for (JsonNode c : array(e, "counts")) {
            counts.add(new Count(constant(Count.Kind.class, text(c, "kind")), c.path("value").asLong(),
                    bool(c, "approximate"), text(c, "who"), integer(c, "start"), integer(c, "end")));
        }
        List<Evidence> evidence = new ArrayList<>();
        for (JsonNode s : array(e, "evidence")) {
            evidence.add(new Evidence(required(s, "sentence"), integer(s, "start"), integer(s, "end")));
        }
        String date = text(e, "date");
        return new Event(required(e, "type"), text(e, "mode"), readActor(e.path("actor")),
                readActor(e.path("target")), location, date == null ? null : LocalDate.parse(date),
                constant(TimeExpression.Precision.class, text(e, "datePrecision")), total(e, "killed"),
                total(e, "injured"), total(e, "arrested"), total(e, "size"), bool(e, "approximate"),
                bool(e, "negated"), constant(Event.Modality.class, text(e, "modality")), bool(e, "reported"), counts,
                evidence, number(e, "confidence"));
    }

    private static Article readArticle(JsonNode r) {
        List<String> authors = new ArrayList<>();
        for (JsonNode a : array(r, "authors")) {
            authors.add(a.asText());
        }
        List<String> captions = new ArrayList<>();
        for (JsonNode c : array(r, "captions")) {
            captions.add(c.asText());
        }
        JsonNode image = r.path("image");
        List<Block> paragraphs = new ArrayList<>();
        for (JsonNode b : array(r, "paragraphs")) {
            paragraphs.add(new Block(constant(Block.Type.class, text(b, "type")), integer(b, "level"),
                    required(b, "text"), integer(b, "start"), integer(b, "end")));
        }
        List<Related> related = new ArrayList<>();
        for (JsonNode t : array(r, "related")) {
            related.add(new Related(text(t, "title"), text(t, "url")));
        }
        return new Article(required(r, "input"), constant(Article.Status.class, text(r, "status")),
                text(r, "error"), text(r, "errorCode"), constant(Format.class, text(r, "format")),
                text(r, "charset"), text(r, "url"), text(r, "site"), text(r, "language"), text(r, "title"), authors,
                dateTime(r, "published"), dateTime(r, "modified"), text(r, "dateline"),
                image.isObject() ? new Image(text(image, "url"), text(image, "caption")) : null, captions,
                text(r, "text"), paragraphs, related, dateTime(r, "fetched"));
    }

    private static Actor readActor(JsonNode a) {
        if (!a.isObject()) {
            return null;
        }
        List<String> members = new ArrayList<>();
        for (JsonNode m : array(a, "members")) {
            members.add(m.asText());
        }
        return new Actor(required(a, "name"), text(a, "country"), text(a, "sector"), members, integer(a, "start"),
                integer(a, "end"));
    }

    /** A string field; null when null or absent. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? null : v.asText();
    }

    private static String required(JsonNode node, String field) {
        String v = text(node, field);
        if (v == null) {
            throw new IllegalArgumentException("field " + field + " missing");
        }
        return v;
    }

    private static int integer(JsonNode node, String field) {
        return typed(node, field, JsonNode::isIntegralNumber, "a whole number").asInt();
    }

    private static double number(JsonNode node, String field) {
        return typed(node, field, JsonNode::isNumber, "a number").asDouble();
    }

    private static boolean bool(JsonNode node, String field) {
        return typed(node, field, JsonNode::isBoolean, "true or false").asBoolean();
    }

    private static JsonNode typed(JsonNode node, String field, Predicate<JsonNode> is, String what) {
        JsonNode v = node.path(field);
        if (!is.test(v)) {
            throw new IllegalArgumentException("field " + field + " is not " + what + ": " + v);
        }
        return v;
    }

    private static Long total(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isIntegralNumber() ? v.asLong() : null;
    }

    /** A coordinate; NaN when null (unknown), as the records keep it. */
    private static double coordinate(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? v.asDouble() : Double.NaN;
    }

    private static OffsetDateTime dateTime(JsonNode node, String field) {
        String v = text(node, field);
        return v == null ? null : OffsetDateTime.parse(v);
    }

    /** A list field; empty when absent. */
    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("field " + field + " is not a list");
        }
        return v;
    }

    /** An enum constant written in lower case; null stays null. */
    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + ": " + value, e);
        }
    }
}
