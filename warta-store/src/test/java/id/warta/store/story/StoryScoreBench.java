package id.warta.store.story;

import id.warta.Warta;
import id.warta.store.StoreOptions;
import id.warta.store.eval.GeneratedArticle;
import id.warta.store.eval.GeneratedCorpus;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A measurement, not a test: what decoding a stored story profile and scoring a story candidate cost, on the
 * profiles of {@link GeneratedCorpus} articles analysed by the real pipeline. The pairs are the ones the store
 * scores: each article against the nearest earlier articles (at most the store's 32 candidates) that share one of
 * its profile keys within the story window. Measured: decoding as {@link CompactProfile} and as
 * {@link StoryProfile} (as the store and Spark did before the compact form), scoring compact forms with the story
 * threshold as floor (as the store and Spark do) and without, both together per candidate (the store's path), and
 * the {@link StoryProfile} API, which converts both profiles per call. Times are the thread's CPU time, of the
 * fastest of a few rounds.
 *
 * <p>{@code java -cp <test class path> id.warta.store.story.StoryScoreBench PANL_DIR [ARTICLES] [DAYS]}
 */
public final class StoryScoreBench {

    private static final int CANDIDATES = 32;
    private static final int ROUNDS = 6;
    private static final long ROUND_NANOS = 1_000_000_000L;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StoryScoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        int days = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        GeneratedCorpus corpus = GeneratedCorpus.open(Path.of(args[0]), 42);
        List<StoryProfile> profiles = new ArrayList<>(count);
        Iterator<GeneratedArticle> it = corpus.iterator(count, days);
        while (it.hasNext()) {
            GeneratedArticle g = it.next();
            profiles.add(StoryProfile.of(Warta.analyze(g.html(), g.url())));
        }
        StoreOptions options = StoreOptions.DEFAULTS;
        List<byte[]> bytes = new ArrayList<>(count);
        List<Set<String>> keys = new ArrayList<>(count);
        long entities = 0;
        long events = 0;
        for (StoryProfile p : profiles) {
            bytes.add(p.toBytes());
            keys.add(new HashSet<>(p.keys()));
            entities += p.entities().size();
            events += p.eventKeys().size();
        }
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            StoryProfile p = profiles.get(i);
            if (p.day() == null) {
                continue;
            }
            int taken = 0;
            for (int j = i - 1; j >= 0 && taken < CANDIDATES; j--) {
                StoryProfile q = profiles.get(j);
                if (q.day() != null && Math.abs(q.day().toEpochDay() - p.day().toEpochDay())
                        <= options.storyWindowDays() && shares(keys.get(i), keys.get(j))) {
                    pairs.add(new int[] {i, j});
                    taken++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d profiles (%.1f entities, %.1f events each), %d candidate pairs%n",
                profiles.size(), (double) entities / profiles.size(), (double) events / profiles.size(),
                pairs.size());
        StoryMatcher matcher = new StoryMatcher(options);
        double floor = options.storySimilarity();
        List<CompactProfile> compact = new ArrayList<>(count);
        for (byte[] b : bytes) {
            compact.add(CompactProfile.fromBytes(b));
        }
        for (int round = 0; round < ROUNDS; round++) {
            measure("StoryProfile.fromBytes", "profile", bytes.size(), () -> {
                long sink = 0;
                for (byte[] b : bytes) {
                    sink += StoryProfile.fromBytes(b).entities().size();
                }
                return sink;
            });
            measure("CompactProfile.fromBytes", "profile", bytes.size(), () -> {
                long sink = 0;
                for (byte[] b : bytes) {
                    sink += CompactProfile.fromBytes(b).entities;
                }
                return sink;
            });
            measure("score(CompactProfile, CompactProfile, floor)", "pair", pairs.size(), () -> {
                double sink = 0;
                for (int[] pair : pairs) {
                    sink += matcher.score(compact.get(pair[0]), compact.get(pair[1]), floor);
                }
                return (long) sink;
            });
            measure("score(CompactProfile, CompactProfile, 0)", "pair", pairs.size(), () -> {
                double sink = 0;
                for (int[] pair : pairs) {
                    sink += matcher.score(compact.get(pair[0]), compact.get(pair[1]), 0);
                }
                return (long) sink;
            });
            measure("store: CompactProfile.fromBytes + score", "pair", pairs.size(), () -> {
                double sink = 0;
                for (int[] pair : pairs) {
                    sink += matcher.score(compact.get(pair[0]), CompactProfile.fromBytes(bytes.get(pair[1])), floor);
                }
                return (long) sink;
            });
            measure("score(StoryProfile, StoryProfile, floor)", "pair", pairs.size(), () -> {
                double sink = 0;
                for (int[] pair : pairs) {
                    sink += matcher.score(profiles.get(pair[0]), profiles.get(pair[1]), floor);
                }
                return (long) sink;
            });
        }
        System.out.println("fastest rounds:");
        BEST.forEach((what, nanos) -> System.out.printf(Locale.ROOT, "  %-52s %8.1f%n", what, nanos));
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        for (String k : a) {
            if (b.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** Work measured: one pass over {@code n} items, returning something the JIT cannot drop. */
    private interface Pass {
        long run();
    }

    /** The fastest round of each measurement: the machine is shared, and a slower round measured the others. */
    private static final Map<String, Double> BEST = new LinkedHashMap<>();

    private static void measure(String what, String unit, int n, Pass pass) {
        long passes = 0;
        long sink = 0;
        // the thread's CPU time, not the wall clock: the machine's cores are shared with other work
        long t0 = CPU.getCurrentThreadCpuTime();
        long elapsed;
        do {
            sink += pass.run();
            passes++;
            elapsed = CPU.getCurrentThreadCpuTime() - t0;
        } while (elapsed < ROUND_NANOS);
        double nanos = (double) elapsed / passes / n;
        System.out.printf(Locale.ROOT, "  %-45s %8.1f ns/%s (sink %d)%n", what, nanos, unit, sink);
        BEST.merge(what + " ns/" + unit, nanos, Math::min);
    }
}
