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
 * Connected components of an undirected graph by minimum-label propagation: every vertex starts with itself as
 * label and takes, round after round, the least label among itself and its neighbours, until no label changes (as
 * many rounds as the widest component's diameter) or a round limit. Vertices are order keys ({@link Doc#order}), so a
 * component's label is its earliest article. Everything stays distributed: edges and labels are pair RDDs sharing one
 * partitioner, so each round's join shuffles only the messages; the lineage is cut every few rounds.
 */
final class Components {

    private static final Logger LOG = LoggerFactory.getLogger(Components.class);
    /** Rounds between two cuts of the lineage (a long lineage makes each round's plan and a lost task costly). */
    private static final int CHECKPOINT_EVERY = 4;

    private Components() {
    }

    /**
     * The component label of every vertex that has an edge; vertices without edges are their own component.
     *
     * @param edges     pairs of vertices, in either or both directions, repeats allowed
     * @param rounds    the most rounds: a component wider than that keeps more than one label (it is cut)
     */
    static JavaPairRDD<String, String> labels(JavaPairRDD<String, String> edges, int partitions, int rounds) {
        Partitioner partitioner = new HashPartitioner(Math.max(1, partitions));
        JavaPairRDD<String, String> both = edges
                .flatMapToPair(e -> List.of(e, e.swap()).iterator())
                .filter(e -> !e._1().equals(e._2()))
                .distinct()
                .partitionBy(partitioner)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaPairRDD<String, String> labels = both
                .mapToPair(e -> new Tuple2<>(e._1(), e._1()))
                .reduceByKey(partitioner, (a, b) -> a)
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        for (int round = 1; round <= rounds; round++) {
            JavaPairRDD<String, String> messages = both.join(labels)
                    .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
            JavaPairRDD<String, String> next = labels.union(messages)
                    .reduceByKey(partitioner, (a, b) -> a.compareTo(b) <= 0 ? a : b)
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
}
