package id.warta.store.export;

import id.warta.store.StoredArticle;
import id.warta.store.StoredError;
import id.warta.store.Story;
import id.warta.store.StoryEvent;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Streams the rows of one table in one format: each record is written as it comes and nothing is kept but a few
 * counters (Parquet buffers one row group). Closing finishes the output (Parquet's footer) and flushes, but leaves
 * the stream open: it belongs to the caller. Not thread-safe: one writer per output.
 */
public interface TableWriter extends Closeable {

    /**
     * A writer of {@code table} in {@code format} to {@code out}; CSV writes its header row at once, the OpenSearch
     * bulk body names the indexes with {@link OpenSearch#DEFAULT_INDEX_PREFIX}.
     */
    static TableWriter open(Table table, TableFormat format, OutputStream out) throws IOException {
        return switch (format) {
            case JSONL -> new JsonLinesTableWriter(table, out);
            case CSV -> new CsvTableWriter(table, out);
            case PARQUET -> new ParquetTableWriter(table, out);
            case OPENSEARCH_BULK -> OpenSearch.bulkWriter(table, out, OpenSearch.DEFAULT_INDEX_PREFIX);
        };
    }

    /**
     * Writes an article's rows: for {@link Table#ARTICLES} the article, for {@link Table#ENTITIES} one row per
     * entity, for {@link Table#EVENTS} one row per article-level event (the rows of {@code warta events}).
     *
     * @throws IllegalStateException for the stories table
     */
    void write(StoredArticle article) throws IOException;

    /**
     * Writes one story-level event (a happening) to the {@link Table#EVENTS} table. Its row shows {@code source}'s
     * input, URL, title and date (the story's first article) and is identified by the story and the event's number
     * in it ({@code <story>#e2}), counted over consecutive events of the same story.
     *
     * @throws IllegalStateException for any other table
     */
    void write(StoryEvent event, StoredArticle source) throws IOException;

    /**
     * Writes a story to the {@link Table#STORIES} table.
     *
     * @throws IllegalStateException for any other table
     */
    void write(Story story) throws IOException;

    /**
     * Writes an error record to the {@link Table#ERRORS} table (the store keeps no fetch time for errors: that
     * column stays empty).
     *
     * @throws IllegalStateException for any other table
     */
    void write(StoredError error) throws IOException;

    /** Rows written so far. */
    long rows();
}
