package id.warta.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import org.apache.spark.serializer.KryoRegistrator;
import org.apache.spark.sql.types.DataTypes;

/**
 * The job's Kryo registrations ({@code spark.kryo.registrator}): a serializer for each record the job shuffles or
 * persists, which writes its components and reads them back through the canonical constructor (Kryo 4's default
 * field serializer cannot rebuild a record: it sets fields by reflection, which the JDK refuses for a record's
 * final fields). Strings go through Kryo's own string form, which takes null; arrays are written with their length
 * plus one, zero standing for null. The JDK and Scala types around them ({@code String}, {@code int[]},
 * {@code byte[]}, {@code Tuple2}, Spark's shuffle buffers) Spark's KryoSerializer registers itself.
 */
public final class WartaKryo implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        kryo.register(Doc.class, new DocSerializer());
        kryo.register(Decisions.Placement.class, new PlacementSerializer());
        kryo.register(Decisions.Profiled.class, new ProfiledSerializer());
        kryo.register(Tables.Placed.class, new PlacedSerializer());
        // reading the tables back infers their schema from the files' footers, which tasks send to the driver
        // through this serializer: Spark registers every column type of ours but this one (the Scala object's own
        // serializer, chill's, keeps it the one instance)
        kryo.register(DataTypes.BooleanType.getClass());
    }

    private static final class DocSerializer extends Serializer<Doc> {
        @Override
        public void write(Kryo kryo, Output out, Doc d) {
            out.writeString(d.input());
            out.writeString(d.id());
            out.writeBoolean(d.ok());
            out.writeString(d.order());
            out.writeString(d.day());
            writeBytes(out, d.json());
            out.writeString(d.textHash());
            writeInts(out, d.signature());
            out.writeString(d.bands());
            writeBytes(out, d.profile());
            out.writeString(d.storyKeys());
            out.writeLong(d.storyDay());
            out.writeString(d.url());
            out.writeString(d.code());
            out.writeString(d.message());
            out.writeString(d.fetched());
        }

        @Override
        public Doc read(Kryo kryo, Input in, Class<Doc> type) {
            // the arguments are evaluated left to right: in the order written
            return new Doc(in.readString(), in.readString(), in.readBoolean(), in.readString(), in.readString(),
                    readBytes(in), in.readString(), readInts(in), in.readString(), readBytes(in), in.readString(),
                    in.readLong(), in.readString(), in.readString(), in.readString(), in.readString());
        }
    }

    private static final class PlacementSerializer extends Serializer<Decisions.Placement> {
        @Override
        public void write(Kryo kryo, Output out, Decisions.Placement p) {
            out.writeString(p.duplicateOf());
            out.writeString(p.story());
        }

        @Override
        public Decisions.Placement read(Kryo kryo, Input in, Class<Decisions.Placement> type) {
            return new Decisions.Placement(in.readString(), in.readString());
        }
    }

    private static final class ProfiledSerializer extends Serializer<Decisions.Profiled> {
        @Override
        public void write(Kryo kryo, Output out, Decisions.Profiled p) {
            out.writeString(p.order());
            writeBytes(out, p.profile());
            out.writeBoolean(p.home());
        }

        @Override
        public Decisions.Profiled read(Kryo kryo, Input in, Class<Decisions.Profiled> type) {
            return new Decisions.Profiled(in.readString(), readBytes(in), in.readBoolean());
        }
    }

    private static final class PlacedSerializer extends Serializer<Tables.Placed> {
        @Override
        public void write(Kryo kryo, Output out, Tables.Placed p) {
            // the components by their registered serializers, without a class name each
            kryo.writeObjectOrNull(out, p.doc(), Doc.class);
            kryo.writeObjectOrNull(out, p.placement(), Decisions.Placement.class);
        }

        @Override
        public Tables.Placed read(Kryo kryo, Input in, Class<Tables.Placed> type) {
            return new Tables.Placed(kryo.readObjectOrNull(in, Doc.class),
                    kryo.readObjectOrNull(in, Decisions.Placement.class));
        }
    }

    private static void writeBytes(Output out, byte[] bytes) {
        if (bytes == null) {
            out.writeVarInt(0, true);
        } else {
            out.writeVarInt(bytes.length + 1, true);
            out.writeBytes(bytes);
        }
    }

    private static byte[] readBytes(Input in) {
        int length = in.readVarInt(true) - 1;
        return length < 0 ? null : in.readBytes(length);
    }

    /** MinHash values are spread over all 32 bits: four bytes each, where a variable length would take five. */
    private static void writeInts(Output out, int[] values) {
        if (values == null) {
            out.writeVarInt(0, true);
        } else {
            out.writeVarInt(values.length + 1, true);
            out.writeInts(values);
        }
    }

    private static int[] readInts(Input in) {
        int length = in.readVarInt(true) - 1;
        return length < 0 ? null : in.readInts(length);
    }
}
