package id.warta.store.export;

import java.util.Locale;

/** How a table is written. */
public enum TableFormat {
    /** one JSON object a line; articles and events are the core's JSON records with the store's fields added */
    JSONL,
    /** RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma, a quote or a line break */
    CSV,
    /** Apache Parquet, ZSTD-compressed, every column optional */
    PARQUET;

    /** The format's name on the command line: {@code jsonl}, {@code csv}, {@code parquet}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
