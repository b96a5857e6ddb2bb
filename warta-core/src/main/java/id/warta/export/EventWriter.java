package id.warta.export;

import com.fasterxml.jackson.core.JsonGenerator;
import id.warta.events.Actor;
import id.warta.events.Count;
import id.warta.events.Event;
import id.warta.events.EventLocation;
import id.warta.events.Evidence;
import id.warta.events.Plover;
import id.warta.model.Analysis;
import id.warta.model.Article;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Streams the events of analysed articles as rows, one per event, each with its source article's input, URL,
 * title and publication date: JSON Lines, CSV or GeoJSON ({@link EventFormat}). Rows are written as each article
 * comes and nothing is kept but two counters. Closing finishes the document (the GeoJSON collection and its
 * {@code unlocated} count) and flushes, but leaves the stream open: it belongs to the caller. Not thread-safe: one
 * writer per output.
 *
 * <p>CSV and GeoJSON share one flat list of {@link #COLUMNS}, named after PLOVER's JSON fields where PLOVER has
 * one ({@code event}, {@code mode}, {@code actor}/{@code recipient} with {@code code} and {@code sector},
 * {@code date}, {@code resolved_place}, {@code province}, {@code country_code}, {@code lat}, {@code lon},
 * {@code geonameid}, {@code dead}, {@code injured}, {@code arrested}, {@code text}) and after ACLED's otherwise
 * ({@code geo_precision}); {@code cameo_root} and {@code gdelt_quad_class} give the event's place in a GDELT-style
 * (CAMEO) export, from {@link Plover}.
 */
public final class EventWriter implements Closeable {

    /** One event of one article and the row's identifier: what a row is made of. */
    private record Row(String id, Article article, Event event) {
    }

    /**
     * A column of the flat row: its name, the type of its values (String, Long, Integer, Double or Boolean) and its
     * value (of that type, a BigDecimal for a Double column; null when empty).
     */
    private record Column(String name, Class<?> type, Function<Row, Object> value) {

        Column(String name, Function<Row, Object> value) {
            this(name, String.class, value);
        }
    }

    /**
     * The row's identifier (unique in a batch: the input and the event's number in its article, {@code a.txt#e2})
     * and its source article; strings, first in every format.
     */
    private static final List<Column> SOURCE = List.of(
            new Column("id", Row::id),
            new Column("input", r -> r.article().input()),
            new Column("url", r -> r.article().url()),
            new Column("title", r -> r.article().title()),
            new Column("published", r -> Json.format(r.article().published())));

    /** The event, flat. */
    private static final List<Column> EVENT = List.of(
            new Column("event", r -> r.event().type()),
            new Column("mode", r -> r.event().mode()),
            new Column("cameo_root", r -> cameo(r.event(), Plover.CameoRoot::code)),
            new Column("gdelt_quad_class", Integer.class, r -> cameo(r.event(), Plover.CameoRoot::quadClass)),
            new Column("actor_text", r -> r.event().actor().name()),
            new Column("actor_code", r -> r.event().actor().country()),
            new Column("actor_sector", r -> r.event().actor().sector()),
            new Column("actor_members", r -> members(r.event().actor())),
            new Column("recipient_text", r -> actor(r, Actor::name)),
            new Column("recipient_code", r -> actor(r, Actor::country)),
            new Column("recipient_sector", r -> actor(r, Actor::sector)),
            new Column("recipient_members", r -> actor(r, EventWriter::members)),
            new Column("resolved_place", r -> place(r, EventLocation::name)),
            new Column("province", r -> place(r, EventLocation::admin1)),
            new Column("country_code", r -> place(r, EventLocation::country)),
            new Column("lat", Double.class, r -> place(r, l -> coordinate(l.latitude()))),
            new Column("lon", Double.class, r -> place(r, l -> coordinate(l.longitude()))),
            new Column("geonameid", Long.class, r -> place(r, l -> l.geonameId() == 0 ? null : l.geonameId())),
            new Column("geo_precision", Integer.class, r -> place(r, EventLocation::precision)),
            new Column("location_source", r -> place(r, l -> Json.lowerCase(l.source()))),
            new Column("date", r -> r.event().date() == null ? null : r.event().date().toString()),
            new Column("date_precision", r -> Json.lowerCase(r.event().datePrecision())),
            new Column("dead", Long.class, r -> r.event().killed()),
            new Column("injured", Long.class, r -> r.event().injured()),
            new Column("arrested", Long.class, r -> r.event().arrested()),
            new Column("size", Long.class, r -> r.event().size()),
            new Column("approximate", Boolean.class, r -> r.event().approximate()),
            new Column("negated", Boolean.class, r -> r.event().negated()),
            new Column("modality", r -> Json.lowerCase(r.event().modality())),
            new Column("reported", Boolean.class, r -> r.event().reported()),
            new Column("confidence", Double.class, r -> Math.round(r.event().confidence() * 1000) / 1000.0),
            new Column("counts", r -> counts(r.event())),
            new Column("text", r -> r.event().evidence().stream().map(Evidence::sentence)
                    .collect(Collectors.joining("\n"))));

    private static final List<Column> ROW = Stream.concat(SOURCE.stream(), EVENT.stream()).toList();

    /** The columns of a CSV row and of a GeoJSON feature's properties, in order. */
    public static final List<String> COLUMNS = ROW.stream().map(Column::name).toList();

    /**
     * The type of each column's values, in the order of {@link #COLUMNS}: String, Long, Integer, Double or Boolean
     * (for typed outputs such as the store's Parquet export).
     */
    public static final List<Class<?>> TYPES = ROW.stream().<Class<?>>map(Column::type).toList();

    private final EventFormat format;
    private final Writer out;
    private final JsonGenerator json;
    private long events;
    private long unlocated;

    public EventWriter(OutputStream stream, EventFormat format) throws IOException {
        this.format = format;
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        switch (format) {
            case JSONL -> json = null;
            case CSV -> {
                json = null;
                for (int i = 0; i < COLUMNS.size(); i++) {
                    out.write(i == 0 ? "" : ",");
                    out.write(COLUMNS.get(i));
                }
                out.write("\r\n");
            }
            case GEOJSON -> {
                json = Json.writer().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeStringField("type", "FeatureCollection");
                json.writeArrayFieldStart("features");
            }
            default -> throw new IllegalArgumentException("format " + format);
        }
    }

    /** Writes the events of one analysed article, one row each, in their order. */
    public void write(Analysis analysis) throws IOException {
        Article article = analysis.article();
        List<Event> list = analysis.events();
        for (int i = 0; i < list.size(); i++) {
            Row row = new Row(id(article, i + 1), article, list.get(i));
            switch (format) {
                case JSONL -> jsonLine(row);
                case CSV -> csvLine(row);
                case GEOJSON -> feature(row);
            }
            events++;
        }
        if (json != null) {
            json.flush();
        }
        out.flush();
    }

    /** The identifier of an article's n-th event (from 1): its input and the number, {@code a.txt#e2}. */
    public static String id(Article article, int number) {
        return article.input() + "#e" + number;
    }

    /**
     * The values of one event's row in the order of {@link #COLUMNS}, typed as {@link #TYPES} says (coordinates as
     * BigDecimal, for plain notation); {@code id} identifies the row, {@code article} is its source (for a store's
     * story-level event, the story's first article).
     */
    public static List<Object> values(String id, Article article, Event event) {
        Row row = new Row(id, article, event);
        List<Object> values = new ArrayList<>(ROW.size());
        for (Column c : ROW) {
            values.add(c.value().apply(row));
        }
        return values;
    }

    /**
     * The fields of one event's JSON Lines row, without the braces: the row's identifier and source article
     * ({@code id, input, url, title, published}), then the event as {@link Json} writes it.
     */
    public static void writeJsonFields(String id, Article article, Event event, JsonGenerator gen)
            throws IOException {
        Row row = new Row(id, article, event);
        for (Column c : SOURCE) {
            gen.writeStringField(c.name(), (String) c.value().apply(row));
        }
        Json.writeEventFields(event, gen);
    }

    /** A value of {@link #values} as a CSV field: empty for null, plain decimal notation, quoted when needed. */
    public static String csvField(Object value) {
        return csv(text(value));
    }

    /** Events written so far. */
    public long events() {
        return events;
    }

    /** Events written so far without coordinates (left out of GeoJSON). */
    public long unlocated() {
        return unlocated;
    }

    private void jsonLine(Row row) throws IOException {
        try (JsonGenerator gen = Json.writer().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            gen.writeStartObject();
            writeJsonFields(row.id(), row.article(), row.event(), gen);
            gen.writeEndObject();
        }
        out.write('\n');
        if (!located(row.event())) {
            unlocated++;
        }
    }

    private void csvLine(Row row) throws IOException {
        for (int i = 0; i < ROW.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(csvField(ROW.get(i).value().apply(row)));
        }
        out.write("\r\n");
        if (!located(row.event())) {
            unlocated++;
        }
    }

    private void feature(Row row) throws IOException {
        EventLocation where = row.event().location();
        if (!located(row.event())) {
            unlocated++;
            return;
        }
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(where.longitude()); // GeoJSON puts longitude first (RFC 7946)
        json.writeNumber(where.latitude());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        for (Column c : ROW) {
            json.writeFieldName(c.name());
            writeValue(c.value().apply(row), json);
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** A value of {@link #values} as a typed JSON value: a string, a number, true or false, or null. */
    public static void writeValue(Object value, JsonGenerator json) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Double d) {
            json.writeNumber(d);
        } else {
            json.writeNumber(((Number) value).longValue());
        }
    }

    /** Whether an event has a place with coordinates. */
    private static boolean located(Event event) {
        EventLocation where = event.location();
        return where != null && !Double.isNaN(where.latitude()) && !Double.isNaN(where.longitude());
    }

    /**
     * A field of the CAMEO root of the event's category and mode; a mode PLOVER does not know takes its category's
     * root, and a category it does not know has none (null).
     */
    private static Object cameo(Event event, Function<Plover.CameoRoot, Object> field) {
        return Plover.shared().category(event.type())
                .map(c -> event.mode() == null ? c.cameoRoot()
                        : c.mode(event.mode()).map(Plover.Mode::cameoRoot).orElse(c.cameoRoot()))
                .map(field)
                .orElse(null);
    }

    private static Object actor(Row row, Function<Actor, Object> field) {
        return row.event().target() == null ? null : field.apply(row.event().target());
    }

    private static Object place(Row row, Function<EventLocation, Object> field) {
        return row.event().location() == null ? null : field.apply(row.event().location());
    }

    /** Member countries separated by spaces ({@code ARM BLR KGZ TJK}), or null for none. */
    private static String members(Actor actor) {
        return actor.members().isEmpty() ? null : String.join(" ", actor.members());
    }

    /** A coordinate in plain decimal notation (never {@code 1.0E-4}); null when unknown. */
    private static BigDecimal coordinate(double value) {
        return Double.isNaN(value) ? null : BigDecimal.valueOf(value).stripTrailingZeros();
    }

    /** The numbers behind the totals: {@code killed 30 pengunjuk rasa; killed 18 personel keamanan}. */
    static String counts(Event event) {
        if (event.counts().isEmpty()) {
            return null;
        }
        return event.counts().stream().map(EventWriter::count).collect(Collectors.joining("; "));
    }

    static String count(Count c) {
        StringBuilder sb = new StringBuilder(Json.lowerCase(c.kind())).append(' ');
        if (c.approximate()) {
            sb.append("about ");
        }
        sb.append(c.value());
        if (c.who() != null) {
            sb.append(' ').append(c.who());
        }
        return sb.toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    /** A field quoted as RFC 4180 asks when it holds a comma, a double quote or a line break. */
    static String csv(String field) {
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + field.replace("\"", "\"\"") + '"';
            }
        }
        return field;
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.writeEndArray();
            json.writeNumberField("unlocated", unlocated);
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
        }
        out.flush();
    }
}
