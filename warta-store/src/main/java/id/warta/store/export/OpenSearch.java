package id.warta.store.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tables for OpenSearch and Elasticsearch: the {@code _bulk} writer ({@link TableFormat#OPENSEARCH_BULK}) with
 * the index names it writes to, and each table's index mapping, the body of the {@code PUT <index>} that creates the
 * index before the first load (resources {@code opensearch-mapping-<table>.json}).
 */
public final class OpenSearch {

    /** What the index names start with unless told otherwise: {@code warta-articles}, {@code warta-events}… */
    public static final String DEFAULT_INDEX_PREFIX = "warta-";

    /** What an index name may hold (lower case; no spaces, commas, slashes, wildcards; no leading _, - or +). */
    private static final Pattern PREFIX = Pattern.compile("([a-z0-9][a-z0-9._-]*)?");

    private OpenSearch() {
    }

    /**
     * A writer of {@code table}'s {@code _bulk} body to indexes named {@code indexPrefix + table.id()}.
     *
     * @throws IllegalArgumentException when the prefix cannot start an index name
     */
    public static TableWriter bulkWriter(Table table, OutputStream out, String indexPrefix) throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        return new OpenSearchBulkWriter(table, out, checkIndexPrefix(indexPrefix));
    }

    /**
     * Checks that {@code indexPrefix} can start an index name, for callers that check their arguments first.
     *
     * @return the prefix
     * @throws IllegalArgumentException when it cannot
     */
    public static String checkIndexPrefix(String indexPrefix) {
        if (!PREFIX.matcher(indexPrefix).matches()) {
            throw new IllegalArgumentException("an index name is lower case letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit: " + indexPrefix);
        }
        return indexPrefix;
    }

    /** The index mapping of {@code table}: a JSON object {@code {"mappings": {"properties": …}}}. */
    public static String mapping(Table table) {
        String name = "opensearch-mapping-" + table.id() + ".json";
        try (InputStream in = OpenSearch.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name + " beside " + OpenSearch.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
