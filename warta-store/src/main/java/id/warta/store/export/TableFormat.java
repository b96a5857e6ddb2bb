package id.warta.store.export;

import java.util.Locale;

/** How a table is written. */
public enum TableFormat {
    /** one JSON object a line; articles and events are the core's JSON records with the store's fields added */
    JSONL,
    /** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line break */
    CSV,
    /** Apache Parquet, ZSTD-compressed, every column optional */
    PARQUET,
    /** the {@code _bulk} body of OpenSearch and Elasticsearch: action line, typed document ({@link OpenSearch}) */
    OPENSEARCH_BULK;

    /** The format's name on the command line: {@code jsonl}, {@code csv}, {@code parquet}, {@code opensearch-bulk}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The format of a name on the command line, in any case. */
    public static TableFormat of(String id) {
        for (TableFormat f : values()) {
            if (f.id().equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no table format " + id + ": jsonl, csv, parquet or opensearch-bulk");
    }
}
