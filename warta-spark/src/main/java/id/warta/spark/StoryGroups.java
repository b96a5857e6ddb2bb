package id.warta.spark;

import id.warta.store.export.Table;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import scala.Tuple2;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The rows of the articles, entities, stories and events tables, one story at a time, each analysis record read
 * once for its story and its own rows: the articles are shuffled by story and sorted by story and time within each
 * partition, so a task meets each story's articles together and in order and holds one story at a time (grouping by
 * key would hold a partition's stories in a map whose size Spark keeps estimating).
 */
final class StoryGroups {

    private StoryGroups() {
    }

    /** Sends a {@code story|order} key to the partition of its story. */
    static final class ByStory extends Partitioner {
        private static final long serialVersionUID = 1L;
        private final HashPartitioner hash;

        ByStory(int partitions) {
            hash = new HashPartitioner(partitions);
        }

        @Override
        public int numPartitions() {
            return hash.numPartitions();
        }

        @Override
        public int getPartition(Object key) {
            String k = (String) key;
            return hash.getPartition(k.substring(0, k.indexOf('|')));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ByStory b && b.numPartitions() == numPartitions();
        }

        @Override
        public int hashCode() {
            return numPartitions();
        }
    }

    static JavaRDD<Tuple2<Table, Row>> rows(JavaRDD<Tables.Placed> placed, int partitions,
                                                                  Instant ingested) {
        return placed
                .mapToPair(p -> new Tuple2<>(p.placement().story() + "|" + p.doc().order(), p))
                .repartitionAndSortWithinPartitions(new ByStory(partitions))
                .mapPartitions(sorted -> new Iterator<Tuple2<Table, Row>>() {
                    private final Deque<Tuple2<Table, Row>> ready = new ArrayDeque<>();
                    private Tuple2<String, Tables.Placed> pending;

                    @Override
                    public boolean hasNext() {
                        while (ready.isEmpty() && (pending != null || sorted.hasNext())) {
                            Tuple2<String, Tables.Placed> first = pending != null ? pending : sorted.next();
                            pending = null;
                            String story = first._2().placement().story();
                            List<Tables.Placed> members = new ArrayList<>();
                            members.add(first._2());
                            while (sorted.hasNext()) {
                                Tuple2<String, Tables.Placed> next = sorted.next();
                                if (!next._2().placement().story().equals(story)) {
                                    pending = next;
                                    break;
                                }
                                members.add(next._2());
                            }
                            ready.addAll(Tables.story(story, members, ingested));
                        }
                        return !ready.isEmpty();
                    }

                    @Override
                    public Tuple2<Table, Row> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return ready.poll();
                    }
                });
    }
}
