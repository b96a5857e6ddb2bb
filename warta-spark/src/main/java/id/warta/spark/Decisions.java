package id.warta.spark;

import id.warta.store.StoreOptions;
import id.warta.store.dedup.Signature;
import id.warta.store.story.CompactProfile;
import id.warta.store.story.StoryMatcher;
import org.apache.spark.HashPartitioner;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.Optional;
import scala.Tuple2;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The corpus-wide decisions, with the store's semantics in batch form: exact duplicates (same id or text hash) keep
 * the earliest; near-duplicates (a shared LSH band and an estimated similarity of at least
 * {@code nearDuplicateSimilarity}) point to the earliest article of their near-duplicate group; stories are the
 * connected components of originals whose story profiles score at least {@code storySimilarity} (candidates from
 * shared profile keys within {@code storyWindowDays}), named after their earliest article, and near-duplicates join
 * their original's story. Buckets are capped as the store caps postings, so one overly common key costs a bounded
 * amount of work.
 */
final class Decisions {

    /** Members of one LSH band or profile-key bucket taken, earliest first (the store's postings cap). */
    static final int BUCKET_CAP = 2_000;
    /** Earliest members of a band bucket each member is compared with (the store's similarity candidates). */
    static final int SIMILARITY_CANDIDATES = 16;
    /** Nearest earlier members of a profile-key bucket each member is scored against (the store's story candidates). */
    static final int STORY_CANDIDATES = 32;

    private Decisions() {
    }

    /** What one kept article became: near-duplicate of (null for an original), and its story (an article id). */
    record Placement(String duplicateOf, String story) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A member of a profile-key bucket: home in its own day bucket, visitor in the next one. */
    record Profiled(String order, byte[] profile, boolean home) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The articles that stay: of each set of exact duplicates (same id, or same text hash) the earliest. */
    static JavaRDD<Doc> exact(JavaRDD<Doc> articles) {
        return articles.mapToPair(d -> new Tuple2<>(d.id(), d)).reduceByKey(Doc::earlier).values()
                .mapToPair(d -> new Tuple2<>(d.textHash(), d)).reduceByKey(Doc::earlier).values();
    }

    /**
     * The placement of every kept article (unique ids), keyed by its input name.
     *
     * @param rounds the most rounds of label propagation for each of the two component searches
     */
    static JavaPairRDD<String, Placement> place(JavaRDD<Doc> kept, StoreOptions options, int partitions,
                                                int rounds) {
        double nearSimilarity = options.nearDuplicateSimilarity();
        // band buckets hold order keys only, and only the pairs they make are compared, their signatures brought
        // by joins: carried in the buckets, each signature (120 values) travelled once per band (40), for buckets
        // that mostly hold one article and compare nothing
        JavaRDD<Doc> signed = kept.filter(d -> d.signature().length > 0);
        // partitioned once, by the partitioner of both joins, so that neither shuffles the signatures again
        Partitioner byOrderPartitions = new HashPartitioner(Math.max(1, partitions));
        JavaPairRDD<String, int[]> signatures = signed.mapToPair(d -> new Tuple2<>(d.order(), d.signature()))
                .partitionBy(byOrderPartitions);
        JavaPairRDD<String, String> nearEdges = signed
                .flatMapToPair(d -> {
                    List<String> bands = d.bandKeys();
                    List<Tuple2<String, String>> out = new ArrayList<>(bands.size());
                    for (String band : bands) {
                        out.add(new Tuple2<>(band, d.order()));
                    }
                    return out.iterator();
                })
                .groupByKey(partitions)
                .flatMapToPair(bucket -> bandPairs(bucket._2()))
                // a pair sharing several bands is compared once
                .distinct(partitions)
                .join(signatures, byOrderPartitions)
                .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())))
                .join(signatures, byOrderPartitions)
                .filter(e -> similar(e._2()._1()._2(), e._2()._2(), nearSimilarity))
                .mapToPair(e -> new Tuple2<>(e._2()._1()._1(), e._1()));
        // order -> the order of the earliest article of its near-duplicate group (only for articles with an edge)
        JavaPairRDD<String, String> group = Components.labels(nearEdges, partitions, rounds);

        // the articles by order, looked up in place (not joined: a join would shuffle and re-hash every article
        // for each lookup); what they are looked up in is small and is brought to them
        JavaPairRDD<String, Doc> byOrder = kept.mapToPair(d -> new Tuple2<>(d.order(), d))
                .partitionBy(byOrderPartitions);
        JavaRDD<Tuple2<Doc, String>> grouped = lookUp(byOrder, group.partitionBy(byOrderPartitions));
        // order -> its original's order (itself for an original)
        JavaPairRDD<String, String> original = grouped
                .mapToPair(e -> new Tuple2<>(e._1().order(), e._2() == null ? e._1().order() : e._2()));

        int window = options.storyWindowDays();
        double storySimilarity = options.storySimilarity();
        JavaPairRDD<String, String> storyEdges = grouped
                .filter(e -> (e._2() == null || e._2().equals(e._1().order())) && !e._1().storyKeys().isEmpty())
                .flatMapToPair(e -> profileKeys(e._1(), window))
                .groupByKey(partitions)
                .flatMapToPair(bucket -> storyEdges(bucket._2(), window, storySimilarity));
        // original's order -> the order of its story's earliest article (only for originals with an edge)
        JavaPairRDD<String, String> story = Components.labels(storyEdges, partitions, rounds);

        JavaPairRDD<String, Placement> placedByOrder = original
                .mapToPair(e -> new Tuple2<>(e._2(), e._1()))
                .leftOuterJoin(story, partitions)
                .mapToPair(e -> {
                    String root = e._1();
                    String self = e._2()._1();
                    Optional<String> first = e._2()._2();
                    return new Tuple2<>(self, new Placement(root.equals(self) ? null : Doc.idOf(root),
                            Doc.idOf(first.orElse(root))));
                })
                .partitionBy(byOrderPartitions);
        return lookUp(byOrder, placedByOrder).mapToPair(e -> new Tuple2<>(e._1().input(), e._2()));
    }

    /**
     * Each article with the value of its order in {@code values} (null when it has none), partition by partition:
     * both are partitioned alike, and a partition's values are held in a map while its articles stream by.
     */
    private static <V> JavaRDD<Tuple2<Doc, V>> lookUp(JavaPairRDD<String, Doc> byOrder,
                                                      JavaPairRDD<String, V> values) {
        return byOrder.zipPartitions(values, (docs, pairs) -> {
            Map<String, V> of = new HashMap<>();
            pairs.forEachRemaining(p -> of.put(p._1(), p._2()));
            return new Iterator<Tuple2<Doc, V>>() {
                @Override
                public boolean hasNext() {
                    return docs.hasNext();
                }

                @Override
                public Tuple2<Doc, V> next() {
                    Doc d = docs.next()._2();
                    return new Tuple2<>(d, of.get(d.order()));
                }
            };
        });
    }

    /**
     * The pairs of a band bucket to compare, (earlier, later): each member with the earliest members before it, at
     * most {@link #SIMILARITY_CANDIDATES}.
     */
    static Iterator<Tuple2<String, String>> bandPairs(Iterable<String> bucket) {
        List<String> members = earliest(bucket, Function.identity());
        List<Tuple2<String, String>> pairs = new ArrayList<>();
        for (int i = 1; i < members.size(); i++) {
            for (int j = 0; j < Math.min(i, SIMILARITY_CANDIDATES); j++) {
                pairs.add(new Tuple2<>(members.get(j), members.get(i)));
            }
        }
        return pairs.iterator();
    }

    /** Whether two truncated signatures estimate a similarity of at least {@code similarity}. */
    static boolean similar(int[] a, int[] b, double similarity) {
        return new Signature(a).similarity(new Signature(b)) >= similarity;
    }

    /**
     * An original's profile keys, each with its day bucket ({@code storyWindowDays + 1} days wide): home in its own
     * bucket, visitor in the next, so that every two articles at most the window apart meet in one bucket.
     */
    private static Iterator<Tuple2<String, Profiled>> profileKeys(Doc d, int window) {
        long bucket = Math.floorDiv(d.storyDay(), window + 1L);
        List<String> keys = d.storyKeyList();
        List<Tuple2<String, Profiled>> out = new ArrayList<>(2 * keys.size());
        for (String key : keys) {
            out.add(new Tuple2<>(key + "@" + bucket, new Profiled(d.order(), d.profile(), true)));
            out.add(new Tuple2<>(key + "@" + (bucket + 1), new Profiled(d.order(), d.profile(), false)));
        }
        return out.iterator();
    }

    /** Same-story pairs of a profile-key bucket: each member scored against the nearest earlier members. */
    static Iterator<Tuple2<String, String>> storyEdges(Iterable<Profiled> bucket, int window, double similarity) {
        List<Profiled> members = earliest(bucket, Profiled::order);
        StoryMatcher matcher = new StoryMatcher(StoreOptions.DEFAULTS.withStoryWindowDays(window));
        List<CompactProfile> profiles = new ArrayList<>(members.size());
        for (Profiled p : members) {
            profiles.add(CompactProfile.fromBytes(p.profile()));
        }
        List<Tuple2<String, String>> edges = new ArrayList<>();
        for (int i = 1; i < members.size(); i++) {
            for (int j = i - 1; j >= Math.max(0, i - STORY_CANDIDATES); j--) {
                // two visitors met at home in the bucket before; a pair whose shared names cannot reach the
                // threshold is not compared event by event (the same decision, for less work)
                if ((members.get(i).home() || members.get(j).home())
                        && matcher.score(profiles.get(i), profiles.get(j), similarity) >= similarity) {
                    edges.add(new Tuple2<>(members.get(j).order(), members.get(i).order()));
                }
            }
        }
        return edges.iterator();
    }

    /** The bucket's members, earliest first, at most {@link #BUCKET_CAP}. */
    private static <T> List<T> earliest(Iterable<T> bucket, Function<T, String> order) {
        List<T> members = new ArrayList<>();
        bucket.forEach(members::add);
        members.sort(Comparator.comparing(order));
        return members.size() > BUCKET_CAP ? new ArrayList<>(members.subList(0, BUCKET_CAP)) : members;
    }
}
