package id.warta.spark;

import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

import java.util.List;

/**
 * Connected components of an undirected graph by minimum-label propagation with pointer jumping: every vertex starts
 * with itself as label; each round it takes the least label among itself and its neighbours, then the label of that
 * label, until no label changes or a round limit. Propagation alone needs as many rounds as the widest component's
 * diameter, and stories chain over weeks; the jump halves every vertex's distance to its component's least vertex,
 * so rounds grow with the logarithm of the diameter. Vertices are order keys ({@link Doc#order}), so a component's
 * label is its earliest article. Everything stays distributed: edges and labels are pair RDDs sharing one
 * partitioner, sized to the graph (a small graph in many partitions costs a task per partition and stage, for
 * nothing); the lineage is cut every few rounds.
 */
final class Components {

    private static final Logger LOG = LoggerFactory.getLogger(Components.class);
    /** Rounds between two cuts of the lineage (a long lineage makes each round's plan and a lost task costly). */
    private static final int CHECKPOINT_EVERY = 4;
    /** Directed edges a partition is given: a task's worth of work per round. */
    private static final long EDGES_PER_PARTITION = 250_000;

    private Components() {
    }

    /**
     * The component label of every vertex that has an edge; vertices without edges are their own component.
     *
     * @param edges      pairs of vertices, in either or both directions, repeats allowed
     * @param partitions the most partitions
     * @param rounds     the most rounds: a component wider than that can keep more than one label (it is cut)
     */
    static JavaPairRDD<String, String> labels(JavaPairRDD<String, String> edges, int partitions, int rounds) {
        JavaPairRDD<String, String> undirected = edges
                .flatMapToPair(e -> List.of(e, e.swap()).iterator())
                .filter(e -> !e._1().equals(e._2()))
                .distinct(Math.max(1, partitions))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        long count = undirected.count();
        Partitioner partitioner = new HashPartitioner((int) Math.max(1,
                Math.min(partitions, (count + EDGES_PER_PARTITION - 1) / EDGES_PER_PARTITION)));
        JavaPairRDD<String, String> both = undirected.partitionBy(partitioner)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = both
                .mapToPair(e -> new Tuple2<>(e._1(), e._1()))
                .reduceByKey(partitioner, (a, b) -> a)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        undirected.unpersist(false);
        for (int round = 1; round <= rounds; round++) {
            JavaPairRDD<String, String> messages = both.join(labels)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
            JavaPairRDD<String, String> least = labels.union(messages)
                    .reduceByKey(partitioner, Components::least);
            // every label is a vertex with an edge, so it has a label of its own, never greater than itself
            JavaPairRDD<String, String> next = least.mapToPair(Tuple2::swap)
                    .join(least, partitioner)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
                    .reduceByKey(partitioner, Components::least)
                    .persist(StorageLevel.MEMORY_AND_DISK_SER());
            if (round % CHECKPOINT_EVERY == 0) {
                next.rdd().localCheckpoint();
            }
            long changed = next.join(labels).filter(e -> !e._2()._1().equals(e._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                both.unpersist(false);
                return labels;
            }
            if (round == rounds) {
                LOG.warn("connected components: {} labels still changing after {} rounds; the widest components stay"
                        + " cut", changed, rounds);
            }
        }
        both.unpersist(false);
        return labels;
    }

    private static String least(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
