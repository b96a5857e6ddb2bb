package id.warta.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import id.warta.events.Event;
import id.warta.export.EventWriter;
import id.warta.export.Json;
import id.warta.model.Article;
import id.warta.store.StoredArticle;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One JSON object a line. Articles are the analysis record with {@code id}, {@code story} and {@code duplicateOf}
 * first and {@code ingested} last ({@link StoreJson}); events are the rows of {@code warta events} ({@code id, input, url, title, published}, the event) with
 * {@code story} and {@code articles} last; entities and stories are their flat columns, typed.
 */
final class JsonLinesTableWriter extends RowWriter {

    private final JsonGenerator gen;

    JsonLinesTableWriter(Table table, OutputStream out) throws IOException {
        super(table);
        this.gen = Json.writer().withRootValueSeparator("\n").createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    void article(StoredArticle stored) throws IOException {
        StoreJson.writeArticle(stored, gen);
    }

    @Override
    void event(String id, Article source, Event event, String story, List<String> articles) throws IOException {
        gen.writeStartObject();
        EventWriter.writeJsonFields(id, source, event, gen);
        StoreJson.writeStoryAndArticles(story, articles, gen);
        gen.writeEndObject();
    }

    @Override
    void row(Object[] values) throws IOException {
        gen.writeStartObject();
        List<Column> columns = table.columns();
        for (int i = 0; i < values.length; i++) {
            gen.writeFieldName(columns.get(i).name());
            EventWriter.writeValue(values[i], gen);
        }
        gen.writeEndObject();
    }

    @Override
    public void close() throws IOException {
        if (rows() > 0) {
            gen.writeRaw('\n');
        }
        gen.close();
    }
}
