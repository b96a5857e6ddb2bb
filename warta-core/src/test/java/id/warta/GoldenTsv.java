package id.warta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the golden files of the analysis stages: a case line (columns separated by tabs) followed by expectation
 * lines that start with a tab; {@code #} lines and blank lines are comments.
 */
public final class GoldenTsv {

    /** One case: the fields of its case line and of each expectation line (the leading empty field included). */
    public record Entry(String[] fields, List<String[]> expectations) {
    }

    private GoldenTsv() {
    }

    public static List<Entry> read(String resource) {
        try (InputStream in = GoldenTsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                if (!line.startsWith("\t")) {
                    entries.add(new Entry(f, new ArrayList<>()));
                } else if (entries.isEmpty()) {
                    throw new IllegalStateException(resource + ": an expectation before any case: " + line);
                } else {
                    entries.get(entries.size() - 1).expectations().add(f);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
