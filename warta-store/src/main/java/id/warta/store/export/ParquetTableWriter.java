package id.warta.store.export;

import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.PositionOutputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Parquet through Apache Parquet's own writer, with a plain (non-Hadoop) configuration and an {@link OutputFile} over
 * the caller's stream, so neither Hadoop nor a seekable file is needed: standard output works. Every column is
 * optional; strings are UTF-8 ({@code STRING}), counts INT64, small numbers INT32, measures DOUBLE. Pages are
 * compressed with ZSTD by {@link ParquetCodecs} (pure Java).
 */
final class ParquetTableWriter extends RowWriter {

    /** Rows buffered before a row group is written: bounds the memory an export of millions of rows takes. */
    private static final long ROW_GROUP_BYTES = 32L << 20;

    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory groups;
    private final List<Column> columns;

    ParquetTableWriter(Table table, OutputStream out) throws IOException {
        super(table);
        this.columns = table.columns();
        MessageType schema = schema(table);
        this.groups = new SimpleGroupFactory(schema);
        this.writer = ExampleParquetWriter.builder(new StreamOutputFile(out))
                .withType(schema)
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(ParquetCodecs.INSTANCE)
                .withCompressionCodec(CompressionCodecName.ZSTD)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .build();
    }

    /** The Parquet schema of a table: its columns, in order, each optional. */
    static MessageType schema(Table table) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (Column c : table.columns()) {
            if (c.type() == String.class) {
                message.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(c.name());
            } else if (c.type() == Long.class) {
                message.optional(PrimitiveTypeName.INT64).named(c.name());
            } else if (c.type() == Integer.class) {
                message.optional(PrimitiveTypeName.INT32).named(c.name());
            } else if (c.type() == Double.class) {
                message.optional(PrimitiveTypeName.DOUBLE).named(c.name());
            } else {
                message.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
            }
        }
        return message.named(table.id());
    }

    @Override
    void row(Object[] values) throws IOException {
        Group g = groups.newGroup();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            String name = columns.get(i).name();
            Class<?> type = columns.get(i).type();
            if (type == String.class) {
                g.append(name, (String) v);
            } else if (type == Long.class) {
                g.append(name, ((Number) v).longValue());
            } else if (type == Integer.class) {
                g.append(name, ((Number) v).intValue());
            } else if (type == Double.class) {
                g.append(name, ((Number) v).doubleValue()); // coordinates come as BigDecimal
            } else {
                g.append(name, (Boolean) v);
            }
        }
        writer.write(g);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    /** Parquet's output over a plain stream: it only appends and counts the bytes it wrote. */
    private record StreamOutputFile(OutputStream out) implements OutputFile {

        @Override
        public PositionOutputStream create(long blockSizeHint) {
            return new PositionOutputStream() {
                private long position;

                @Override
                public long getPos() {
                    return position;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    position++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    position += len;
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                /** Flushes only: the stream is the caller's. */
                @Override
                public void close() throws IOException {
                    out.flush();
                }
            };
        }

        @Override
        public PositionOutputStream createOrOverwrite(long blockSizeHint) {
            return create(blockSizeHint);
        }

        @Override
        public boolean supportsBlockSize() {
            return false;
        }

        @Override
        public long defaultBlockSize() {
            return 0;
        }
    }
}
