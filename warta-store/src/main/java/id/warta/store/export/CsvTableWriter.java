package id.warta.store.export;

import id.warta.export.EventWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** RFC 4180 rows, quoted as {@code warta events} quotes them. */
final class CsvTableWriter extends RowWriter {

    private final Writer out;

    CsvTableWriter(Table table, OutputStream stream) throws IOException {
        super(table);
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        for (int i = 0; i < table.columns().size(); i++) {
            out.write(i == 0 ? "" : ",");
            out.write(table.columns().get(i).name());
        }
        out.write("\r\n");
    }

    @Override
    void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(EventWriter.csvField(values[i]));
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
