package id.warta.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import id.warta.export.EventWriter;
import id.warta.export.Json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code _bulk} body of OpenSearch and Elasticsearch: per row an {@code index} action line naming the index
 * ({@code <prefix><table>}) and the document's {@code _id}, then the document: the table's flat row, typed (numbers
 * as numbers, date-times as the ISO 8601 strings of the other formats), the lists joined in one field of CSV and
 * Parquet as JSON arrays, null values left out; an event with coordinates also gets {@code location}, a
 * {@code geo_point}. The {@code _id} is stable, so loading the same export again replaces rather than repeats: the
 * article's or story's id, the event's id ({@code <story>#e2}), {@code <article>:<n>} for the n-th entity of an
 * article.
 */
final class OpenSearchBulkWriter extends RowWriter {

    /** The fields that are lists, and what joins their items in the flat row. */
    private static final Map<String, Pattern> LISTS = Map.of(
            "authors", Pattern.compile(Pattern.quote(Rows.LIST)),
            "sites", Pattern.compile(Pattern.quote(Rows.LIST)),
            "counts", Pattern.compile(Pattern.quote(Rows.LIST)),
            "actor_members", Pattern.compile(" "),
            "recipient_members", Pattern.compile(" "),
            "articles", Pattern.compile(" "));

    private final JsonGenerator gen;
    private final String index;
    private final List<Column> columns;
    private final int id;
    private final int lat;
    private final int lon;
    private String article;
    private int entity;

    OpenSearchBulkWriter(Table table, OutputStream out, String indexPrefix) throws IOException {
        super(table);
        this.index = indexPrefix + table.id();
        this.columns = table.columns();
        this.id = column("id");
        if (id < 0 && table != Table.ENTITIES) {
            throw new IllegalStateException("the " + table.id() + " table has no id column");
        }
        this.lat = column("lat");
        this.lon = column("lon");
        this.gen = Json.writer().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        gen.setRootValueSeparator(null); // each line ends with its own newline, nothing between them
    }

    private int column(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    void row(Object[] values) throws IOException {
        gen.writeStartObject();
        gen.writeObjectFieldStart("index");
        gen.writeStringField("_index", index);
        gen.writeStringField("_id", id(values));
        gen.writeEndObject();
        gen.writeEndObject();
        gen.writeRaw('\n');
        gen.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String name = columns.get(i).name();
            Pattern list = columns.get(i).type() == String.class ? LISTS.get(name) : null;
            gen.writeFieldName(name);
            if (list != null) {
                gen.writeStartArray();
                for (String item : list.split((String) v)) {
                    gen.writeString(item);
                }
                gen.writeEndArray();
            } else {
                EventWriter.writeValue(v, gen);
            }
        }
        if (lat >= 0 && lon >= 0 && values[lat] != null && values[lon] != null) {
            gen.writeObjectFieldStart("location");
            gen.writeFieldName("lat");
            EventWriter.writeValue(values[lat], gen);
            gen.writeFieldName("lon");
            EventWriter.writeValue(values[lon], gen);
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeRaw('\n');
    }

    /**
     * The document's id: the row's id, or for an entity its article's and its number there (an article's entities
     * come together, in the order of their first mention).
     */
    private String id(Object[] values) {
        if (id >= 0) {
            return (String) values[id];
        }
        String of = (String) values[0];
        entity = of.equals(article) ? entity + 1 : 1;
        article = of;
        return of + ":" + entity;
    }

    @Override
    public void close() throws IOException {
        gen.close();
    }
}
