package id.warta.spark;

import org.apache.spark.Partitioner;
import scala.Tuple2;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Sends a record's name ({@code file#offset}, or the file's path for a file that could not be read) to the
 * partition of its WARC file: the job reads file {@code i} in partition {@code i}, so what is keyed this way meets
 * the records it belongs to without moving them.
 */
final class ByFile extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> index = new HashMap<>();
    /** As many as the files read, one partition each (a file listed twice is read twice). */
    private final int partitions;

    ByFile(List<String> files) {
        partitions = Math.max(1, files.size());
        for (int i = 0; i < files.size(); i++) {
            index.putIfAbsent(files.get(i), i);
        }
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        String input = (String) key;
        int hash = input.lastIndexOf('#');
        Integer i = hash < 0 ? null : index.get(input.substring(0, hash));
        if (i == null) {
            i = index.get(input);
        }
        if (i == null) {
            throw new IllegalArgumentException("a record of no input file: " + input);
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ByFile b && b.partitions == partitions && b.index.equals(index);
    }

    @Override
    public int hashCode() {
        return index.hashCode();
    }

    /**
     * The kept articles of one file's partition with their placements (the records without one were exact
     * duplicates of another, or errors), in the file's order.
     */
    static Iterator<Tables.Placed> placed(Iterator<Doc> docs,
                                          Iterator<Tuple2<String, Decisions.Placement>> placements) {
        Map<String, Decisions.Placement> of = new HashMap<>();
        placements.forEachRemaining(p -> of.put(p._1(), p._2()));
        return new Iterator<>() {
            private Tables.Placed next;

            @Override
            public boolean hasNext() {
                while (next == null && docs.hasNext()) {
                    Doc d = docs.next();
                    Decisions.Placement p = d.ok() ? of.get(d.input()) : null;
                    if (p != null) {
                        next = new Tables.Placed(d.payload(), p);
                    }
                }
                return next != null;
            }

            @Override
            public Tables.Placed next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Tables.Placed out = next;
                next = null;
                return out;
            }
        };
    }
}
