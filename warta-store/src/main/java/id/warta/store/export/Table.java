package id.warta.store.export;

import java.util.List;
import java.util.Locale;

/** The tables an export writes; each has one flat schema, the same in CSV and Parquet (see the README). */
public enum Table {
    /** one row per stored article */
    ARTICLES(Rows.ARTICLES),
    /** one row per event: per happening of a story, or per article's event */
    EVENTS(Rows.EVENTS),
    /** one row per entity per article */
    ENTITIES(Rows.ENTITIES),
    /** one row per story */
    STORIES(Rows.STORIES),
    /** one row per input that gave no article */
    ERRORS(Rows.ERRORS);

    private final List<Column> columns;

    Table(List<Column> columns) {
        this.columns = columns;
    }

    /** The flat row's columns, in order (the CSV header, the Parquet schema). */
    public List<Column> columns() {
        return columns;
    }

    /** The table's name on the command line: {@code articles}, {@code events}… */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
