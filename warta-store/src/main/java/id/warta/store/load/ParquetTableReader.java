package id.warta.store.load;

import id.warta.store.export.ParquetCodecs;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetMetricsCallback;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

import java.io.Closeable;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads chosen columns of a local Parquet file row by row, each value as text, with Apache Parquet's own file reader
 * and no Hadoop at run time (pages decompressed by {@link ParquetCodecs}). Only the chosen columns are read from
 * disk, one row group at a time. A column the file does not have reads as null throughout ({@link #has} says
 * which); a string column is its UTF-8 text, any other single value its usual text form. Not thread-safe.
 *
 * <p>A file that is not Parquet, or was cut short, fails at {@link #open}; a corrupt page fails at {@link #next}.
 * Either is an {@link IOException} whose message says what is wrong with the file.
 */
public final class ParquetTableReader implements Closeable {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    /** Parquet's read options without Hadoop: see {@link #options()}. */
    private static final ParquetReadOptions OPTIONS = options();

    private final ParquetFileReader reader;
    private final List<String> columns;
    private final boolean[] present;
    private final MessageType fileSchema;
    private final MessageType projection;
    private RecordReader<Group> records;
    private long left;
    private long row;

    private ParquetTableReader(ParquetFileReader reader, List<String> columns) throws IOException {
        this.reader = reader;
        this.columns = List.copyOf(columns);
        this.fileSchema = reader.getFooter().getFileMetaData().getSchema();
        this.present = new boolean[columns.size()];
        List<Type> fields = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.get(i);
            if (!fileSchema.containsField(name)) {
                continue;
            }
            Type field = fileSchema.getType(name);
            if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
                throw new IOException("column " + name + " is not a single value: " + field);
            }
            present[i] = true;
            fields.add(field);
        }
        this.projection = new MessageType(fileSchema.getName(), fields);
        reader.setRequestedSchema(projection);
    }

    /**
     * Opens {@code file} to read {@code columns}.
     *
     * @throws IOException when the file cannot be read, is not Parquet, has no footer (cut short) or a chosen
     *                     column is a nested or repeated field
     */
    public static ParquetTableReader open(Path file, List<String> columns) throws IOException {
        Objects.requireNonNull(columns, "columns");
        checkMagic(file);
        ParquetFileReader reader;
        try {
            reader = ParquetFileReader.open(new LocalInputFile(file), OPTIONS);
        } catch (RuntimeException e) {
            // Parquet reports a corrupt footer with runtime exceptions: it is the file's fault, not the caller's
            throw new IOException("a corrupt Parquet footer: " + e.getMessage(), e);
        }
        try {
            return new ParquetTableReader(reader, columns);
        } catch (IOException e) {
            reader.close();
            throw e;
        } catch (RuntimeException e) {
            reader.close();
            throw new IOException("a Parquet schema that cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * A Parquet file starts and ends with {@code PAR1}; the footer, just before the end, is written last. Checking
     * both ends first tells a file of another kind from one whose write was cut short, which Parquet's reader
     * reports alike.
     */
    private static void checkMagic(Path file) throws IOException {
        try (SeekableByteChannel in = Files.newByteChannel(file)) {
            long size = in.size();
            byte[] head = new byte[4];
            byte[] tail = new byte[4];
            if (size >= 4) {
                readFully(in, 0, head);
                readFully(in, size - 4, tail);
            }
            if (size < 4 || !Arrays.equals(head, MAGIC)) {
                throw new IOException("not a Parquet file (it does not start with PAR1; " + size + " bytes)");
            }
            if (size < 12 || !Arrays.equals(tail, MAGIC)) {
                throw new IOException("a truncated Parquet file: it has no footer at its end (" + size
                        + " bytes; was its write cut short?)");
            }
        }
    }

    private static void readFully(SeekableByteChannel in, long position, byte[] into) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(into);
        in.position(position);
        while (buffer.hasRemaining()) {
            if (in.read(buffer) < 0) {
                throw new IOException("the file ended early");
            }
        }
    }

    /** Rows in the file, from its footer. */
    public long rows() {
        return reader.getRecordCount();
    }

    /** Whether the file has {@code column} (one of those asked for). */
    public boolean has(String column) {
        int i = columns.indexOf(column);
        return i >= 0 && present[i];
    }

    /** Rows read so far. */
    public long row() {
        return row;
    }

    /**
     * The next row's values, in the order of the columns asked for (null for a null value or an absent column), or
     * null after the last row.
     *
     * @throws IOException when a page cannot be read or decoded
     */
    public String[] next() throws IOException {
        try {
            while (left == 0) {
                PageReadStore pages = reader.readNextRowGroup();
                if (pages == null) {
                    return null;
                }
                records = new ColumnIOFactory().getColumnIO(projection, fileSchema)
                        .getRecordReader(pages, new GroupRecordConverter(projection));
                left = pages.getRowCount();
            }
            Group g = records.read();
            left--;
            row++;
            String[] values = new String[columns.size()];
            for (int i = 0; i < values.length; i++) {
                if (present[i] && g.getFieldRepetitionCount(columns.get(i)) > 0) {
                    int field = projection.getFieldIndex(columns.get(i));
                    values[i] = projection.getType(field).asPrimitiveType().getPrimitiveTypeName()
                            == PrimitiveTypeName.BINARY ? g.getString(field, 0) : g.getValueToString(field, 0);
                }
            }
            return values;
        } catch (IOException | RuntimeException e) {
            // Parquet reports corrupt pages and encodings with runtime exceptions too: the file's fault, as above
            throw new IOException("cannot read the rows after row " + row + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * Parquet's read options without Hadoop. Their builder reads its defaults through {@code ParquetInputFormat},
     * a subclass of Hadoop's MapReduce {@code FileInputFormat}, so building them needs Hadoop on the class path
     * even with a plain configuration (apache/parquet-java#3780). The options' constructor, package-private, takes
     * the values directly; these are the builder's defaults with filtering off (every row is read) and the
     * pure-Java codecs. A Parquet upgrade that changes the constructor fails here, at once and loudly, and the
     * reader test in the application jar shows it.
     */
    private static ParquetReadOptions options() {
        try {
            Constructor<ParquetReadOptions> constructor = ParquetReadOptions.class.getDeclaredConstructor(
                    boolean.class, boolean.class, boolean.class, boolean.class, boolean.class, boolean.class,
                    boolean.class, boolean.class, boolean.class, FilterCompat.Filter.class,
                    ParquetMetadataConverter.MetadataFilter.class, CompressionCodecFactory.class,
                    ByteBufferAllocator.class, int.class, Map.class, FileDecryptionProperties.class,
                    ParquetMetricsCallback.class, ParquetConfiguration.class);
            constructor.setAccessible(true);
            return constructor.newInstance(
                    false, // signed min/max of strings: statistics are not used
                    false, false, false, false, // statistics, dictionary, record and column-index filters
                    false, // page checksums: Spark does not write them by default
                    false, // bloom filters
                    false, // off-heap decryption buffer
                    false, // Hadoop's vectored I/O
                    FilterCompat.NOOP, ParquetMetadataConverter.NO_FILTER, ParquetCodecs.INSTANCE,
                    new HeapByteBufferAllocator(), 8 << 20, new HashMap<String, String>(), null, null,
                    new PlainParquetConfiguration());
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalStateException("this version of parquet-hadoop cannot be read without Hadoop: " + e, e);
        }
    }
}
