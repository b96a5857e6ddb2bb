package id.warta.store.load;

import id.warta.export.Json;
import id.warta.model.Analysis;
import id.warta.model.Article;
import id.warta.model.Failure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The output directory of the Spark job read back as the core's records: every row of {@code analyses} (columns
 * {@code id}, {@code analysis}: the analysis record's JSON) becomes its {@link Analysis} as analysed, every row of
 * {@code errors} (columns {@code id, input, url, code, message, fetched}) the failed record of its input (without
 * {@code fetched}, which a failed record does not carry), ready for {@link id.warta.store.WartaStore#ingest} without
 * analysing anything again.
 *
 * <p>Each table is a directory of Parquet files, partitioned the Hive way
 * ({@code analyses/day=2022-01-08/part-*.parquet}); every {@code *.parquet} file under it is read, in path order, and
 * the rest (Spark's {@code _SUCCESS}, checksum files) left alone. What is broken becomes a failed record and the
 * load goes on: a file that cannot be read is one {@value #BAD_PARQUET} record named by the file (after the rows read
 * before the fault, if any), an analysis whose JSON does not parse is a {@value #BAD_RECORD} record named
 * {@code file#row} (rows counted from 1).
 */
public final class JobOutput {

    /** The code of a file that is not Parquet, was cut short or is corrupt. */
    public static final String BAD_PARQUET = "bad-parquet";

    /** The code of an analysis row whose JSON is not an analysis record. */
    public static final String BAD_RECORD = "bad-record";

    /** The tables read, in this order. */
    public static final List<String> TABLES = List.of("analyses", "errors");

    private static final List<String> ANALYSIS_COLUMNS = List.of("id", "analysis");
    private static final List<String> ERROR_COLUMNS = List.of("id", "input", "url", "code", "message");

    private JobOutput() {
    }

    /** Whether {@code dir} holds a table of the job: an {@code analyses} or {@code errors} directory. */
    public static boolean holdsTables(Path dir) {
        return TABLES.stream().anyMatch(t -> Files.isDirectory(dir.resolve(t)));
    }

    /**
     * The Parquet files of the tables, {@code analyses} first, each table's in path order.
     *
     * @throws UncheckedIOException when a directory cannot be listed
     */
    public static List<Path> files(Path dir) {
        List<Path> files = new ArrayList<>();
        for (String table : TABLES) {
            files.addAll(tableFiles(dir.resolve(table)));
        }
        return files;
    }

    private static List<Path> tableFiles(Path table) {
        if (!Files.isDirectory(table)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(table)) {
            return walk.filter(p -> {
                String name = p.getFileName().toString();
                // Spark's markers and checksums start with _ or .; a file being written is hidden so too
                return name.endsWith(".parquet") && !name.startsWith("_") && !name.startsWith(".")
                        && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many records {@link #read} gives, from the files' footers (for a progress bar): a file that cannot be
     * read counts as its one error record.
     */
    public static long count(Path dir) {
        long n = 0;
        for (Path file : files(dir)) {
            try (ParquetTableReader reader = ParquetTableReader.open(file, List.of())) {
                n += reader.rows();
            } catch (IOException e) {
                n++;
            }
        }
        return n;
    }

    /**
     * The records of the job's output, read lazily: one supplier per row, whose {@code get} parses the record (the
     * costly part, safe on any thread) while the files are read in order by the stream's consumer. Closing the
     * stream closes the open file.
     */
    public static Stream<Supplier<Analysis>> read(Path dir) {
        Records records = new Records(files(dir), dir);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(records::close);
    }

    /** An analysis row's record, or the {@value #BAD_RECORD} failure of {@code input} when it does not parse. */
    static Analysis analysis(String input, String id, String json) {
        if (json == null) {
            return failed(input, BAD_RECORD, "the analysis of article " + id + " is empty");
        }
        try {
            return Json.readAnalysis(json);
        } catch (IllegalArgumentException | DateTimeException | NullPointerException e) {
            // the records' constructors refuse a missing required value (an article's status) with NPE
            return failed(input, BAD_RECORD, "the analysis of article " + id + " is not an analysis record: "
                    + e.getMessage());
        }
    }

    /** An error row's failed record; {@code where} names it when the row has neither input nor id. */
    static Analysis error(String where, String[] row) {
        String input = row[1] != null ? row[1] : row[0] != null ? row[0] : where;
        return Analysis.notAnalysed(Article.failed(input, row[2], Failure.of(row[3] == null ? "error" : row[3],
                row[4] == null ? "the job recorded no message" : row[4])));
    }

    private static Analysis failed(String input, String code, String message) {
        return Analysis.notAnalysed(Article.failed(input, null, Failure.of(code, message)));
    }

    /** The rows of each file in turn; a file that fails ends with one record saying so. */
    private static final class Records implements Iterator<Supplier<Analysis>> {

        private final Iterator<Path> files;
        private final Path dir;
        private Path file;
        private String name;
        private boolean analyses;
        private ParquetTableReader reader;
        private Supplier<Analysis> next;

        Records(List<Path> files, Path dir) {
            this.files = files.iterator();
            this.dir = dir;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (reader == null && !open()) {
                    return false;
                }
                if (reader != null) {
                    next = row();
                }
            }
            return true;
        }

        @Override
        public Supplier<Analysis> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Supplier<Analysis> record = next;
            next = null;
            return record;
        }

        /** Opens the next file; false after the last. A file that fails to open is its own failed record. */
        private boolean open() {
            if (!files.hasNext()) {
                return false;
            }
            file = files.next();
            name = file.toString();
            analyses = file.startsWith(dir.resolve(TABLES.get(0)));
            try {
                reader = ParquetTableReader.open(file, analyses ? ANALYSIS_COLUMNS : ERROR_COLUMNS);
                if (analyses && !reader.has("analysis")) {
                    close();
                    next = badFile("it has no analysis column: not the analyses table of warta spark");
                }
            } catch (IOException e) {
                next = badFile(e.getMessage());
            }
            return true;
        }

        /** The next row of the open file as a record, or null at its end (the file closed). */
        private Supplier<Analysis> row() {
            String[] row;
            try {
                row = reader.next();
            } catch (IOException e) {
                close();
                return badFile(e.getMessage());
            }
            if (row == null) {
                close();
                return null;
            }
            String where = name + "#" + reader.row();
            return analyses ? () -> analysis(where, row[0], row[1]) : () -> error(where, row);
        }

        private Supplier<Analysis> badFile(String message) {
            Analysis failed = failed(name, BAD_PARQUET, message);
            return () -> failed;
        }

        void close() {
            if (reader != null) {
                try {
                    reader.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                reader = null;
            }
        }
    }
}
