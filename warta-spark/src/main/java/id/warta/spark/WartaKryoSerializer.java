package id.warta.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.SparkEnv;
import org.apache.spark.serializer.KryoSerializer;

/**
 * Spark's Kryo serializer, one per executor. A shuffle carries its serializer to every task inside the task, and
 * each task's copy keeps a pool of its own: its first record read or written builds a new Kryo (hundreds of class
 * registrations), in every task of every stage: over 3,000 pages, as much CPU as the serialising itself (the job
 * runs many small stages, label propagation's rounds). A copy that arrives resolves to the executor's own
 * serializer, made from the same configuration, whose pool lives as long as the executor.
 */
public final class WartaKryoSerializer extends KryoSerializer {

    private static final long serialVersionUID = 1L;

    public WartaKryoSerializer(SparkConf conf) {
        super(conf);
    }

    /** Java deserialisation's hook: the executor's serializer in place of this copy, if it is one of these. */
    private Object readResolve() {
        SparkEnv env = SparkEnv.get();
        return env != null && env.serializer() instanceof WartaKryoSerializer own ? own : this;
    }
}
