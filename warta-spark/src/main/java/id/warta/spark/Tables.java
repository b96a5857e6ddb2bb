package id.warta.spark;

import id.warta.events.Event;
import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.store.StoredArticle;
import id.warta.store.Story;
import id.warta.store.StoryEvent;
import id.warta.store.WartaStore;
import id.warta.store.export.Column;
import id.warta.store.export.Rows;
import id.warta.store.export.Table;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's output tables: the rows of {@code warta export} ({@link Rows}), each with the partition column
 * {@value #DAY}, and the {@value #ANALYSES} table of analysis records for {@code warta ingest --from-parquet}.
 */
final class Tables {

    /** The partition column: the day of the row's article (see {@link Doc#day}). */
    static final String DAY = "day";
    /** The table of analysis records: {@code id} and {@code analysis}, the JSON of {@code warta analyze}. */
    static final String ANALYSES = "analyses";
    static final List<Column> ANALYSIS_COLUMNS = List.of(new Column("id", String.class),
            new Column("analysis", String.class));

    /** Output formats: Spark's Parquet writer, or its JSON Lines writer (null fields left out). */
    enum Format {
        PARQUET, JSONL
    }

    private Tables() {
    }

    /** A kept article with its decisions. */
    record Placed(Doc doc, Decisions.Placement placement) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        StoredArticle stored(Instant ingested) {
            return new StoredArticle(doc.id(), Json.readAnalysis(doc.analysis()), placement.duplicateOf(),
                    placement.story(), ingested);
        }
    }

    /**
     * A row of the table with these columns, then the day. Numbers are given the column's Java type, which Spark's
     * encoder requires exactly (the event rows give coordinates as BigDecimal, which the export writers convert too).
     */
    static Row row(Object[] values, List<Column> columns, String day) {
        Object[] out = Arrays.copyOf(values, values.length + 1);
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                Class<?> type = columns.get(i).type();
                out[i] = type == Double.class ? (Object) n.doubleValue() : type == Long.class ? (Object) n.longValue()
                        : type == Integer.class ? (Object) n.intValue() : n;
            }
        }
        out[values.length] = day;
        return RowFactory.create(out);
    }

    static Row analysis(Doc d) {
        return row(new Object[] {d.id(), d.analysis()}, ANALYSIS_COLUMNS, d.day());
    }

    static Row error(Doc d) {
        return row(Rows.error(d.id(), d.input(), d.url(), d.code(), d.message(), d.fetched()), Rows.ERRORS,
                d.day());
    }

    /**
     * The rows of a story's articles and their entities, the row of the story and the rows of its events (one per
     * happening, {@code <story>#e<n>}, showing the article that first reported it), from its articles, earliest
     * first, each analysis record read once; the story's row goes to the day of its earliest article, an event's to
     * its reporting article's day, the others to their article's.
     */
    static List<Tuple2<Table, Row>> story(String id, List<Placed> placed, Instant ingested) {
        List<StoredArticle> articles = new ArrayList<>(placed.size());
        List<Tuple2<Table, Row>> rows = new ArrayList<>();
        for (Placed p : placed) {
            StoredArticle stored = p.stored(ingested);
            articles.add(stored);
            String day = p.doc().day();
            rows.add(new Tuple2<>(Table.ARTICLES, row(Rows.article(stored), Rows.ARTICLES, day)));
            for (Object[] values : Rows.entities(stored)) {
                rows.add(new Tuple2<>(Table.ENTITIES, row(values, Rows.ENTITIES, day)));
            }
        }
        Story story = WartaStore.build(id, articles);
        rows.add(new Tuple2<>(Table.STORIES, row(Rows.story(story), Rows.STORIES, placed.get(0).doc().day())));
        // a story of a thousand articles has thousands of events, each shown with the article that first reported it
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            index.putIfAbsent(articles.get(i).id(), i);
        }
        int number = 0;
        for (StoryEvent e : story.events()) {
            Integer source = index.get(e.articles().get(0));
            if (source == null) {
                throw new IllegalStateException("story event of article " + e.articles().get(0)
                        + ", which is not in its story");
            }
            Analysis analysis = articles.get(source).analysis();
            Event event = e.event();
            rows.add(new Tuple2<>(Table.EVENTS, row(Rows.event(id + "#e" + ++number, analysis.article(), event, id,
                    e.articles()), Rows.EVENTS, placed.get(source).doc().day())));
        }
        return rows;
    }

    /** The Spark schema of a table's columns, then {@value #DAY}. */
    static StructType schema(List<Column> columns) {
        List<StructField> fields = new ArrayList<>(columns.size() + 1);
        for (Column c : columns) {
            fields.add(DataTypes.createStructField(c.name(), type(c.type()), true));
        }
        fields.add(DataTypes.createStructField(DAY, DataTypes.StringType, false));
        return DataTypes.createStructType(fields);
    }

    private static DataType type(Class<?> type) {
        if (type == String.class) {
            return DataTypes.StringType;
        } else if (type == Long.class) {
            return DataTypes.LongType;
        } else if (type == Integer.class) {
            return DataTypes.IntegerType;
        } else if (type == Double.class) {
            return DataTypes.DoubleType;
        } else if (type == Boolean.class) {
            return DataTypes.BooleanType;
        }
        throw new IllegalArgumentException("no Spark type for " + type);
    }

    /**
     * Writes rows as table {@code name} under {@code out}, partitioned by day; replaces what was there. The rows of
     * a day are brought to one task first: each task reads a WARC file, whose pages span many days, and would
     * otherwise write a small file into every day's folder.
     */
    static void write(SparkSession spark, JavaRDD<Row> rows, List<Column> columns, String out, String name,
                      Format format, int partitions) {
        var writer = spark.createDataFrame(rows, schema(columns)).repartition(partitions, functions.col(DAY))
                .write().mode(SaveMode.Overwrite).partitionBy(DAY);
        String path = out + "/" + name;
        switch (format) {
            case PARQUET -> writer.parquet(path);
            case JSONL -> writer.json(path);
        }
    }
}
