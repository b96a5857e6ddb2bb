package id.warta.spark;

import id.warta.store.export.Table;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A row of an output table as one byte array: the table first, then each value with a one-byte type. The story
 * pass's rows of four tables are kept once and read once per table; as Spark-serialised {@link Row}s every table's
 * write deserialised every row of all four (hundreds of thousands of small objects) to keep a quarter of them, as
 * bytes it reads the first byte of the others. Values are those of {@link Tables#row}: null, String, Long, Integer,
 * Double or Boolean.
 */
final class RowBytes {

    private static final Table[] TABLES = Table.values();
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte INT = 3;
    private static final byte DOUBLE = 4;
    private static final byte BOOLEAN = 5;

    private RowBytes() {
    }

    /** The bytes of a row of {@code table}. */
    static byte[] encode(Table table, Row row) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(table.ordinal());
            out.writeShort(row.length());
            for (int i = 0; i < row.length(); i++) {
                Object v = row.get(i);
                if (v == null) {
                    out.writeByte(NULL);
                } else if (v instanceof String s) {
                    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                    out.writeByte(STRING);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                } else if (v instanceof Long l) {
                    out.writeByte(LONG);
                    out.writeLong(l);
                } else if (v instanceof Integer n) {
                    out.writeByte(INT);
                    out.writeInt(n);
                } else if (v instanceof Double d) {
                    out.writeByte(DOUBLE);
                    out.writeDouble(d);
                } else if (v instanceof Boolean b) {
                    out.writeByte(BOOLEAN);
                    out.writeBoolean(b);
                } else {
                    throw new IllegalArgumentException("no byte form for a " + v.getClass().getName()
                            + " in column " + i + " of " + table.id());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The table of a row's bytes. */
    static Table table(byte[] bytes) {
        return TABLES[bytes[0]];
    }

    /** The row of {@link #encode}'s bytes. */
    static Row decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 1, bytes.length - 1))) {
            Object[] values = new Object[in.readUnsignedShort()];
            for (int i = 0; i < values.length; i++) {
                byte type = in.readByte();
                values[i] = switch (type) {
                    case NULL -> null;
                    case STRING -> {
                        byte[] utf8 = new byte[in.readInt()];
                        in.readFully(utf8);
                        yield new String(utf8, StandardCharsets.UTF_8);
                    }
                    case LONG -> in.readLong();
                    case INT -> in.readInt();
                    case DOUBLE -> in.readDouble();
                    case BOOLEAN -> in.readBoolean();
                    default -> throw new IllegalArgumentException("not a row's bytes: value type " + type);
                };
            }
            return RowFactory.create(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
