package id.warta.store.story;

import id.warta.Warta;
import id.warta.store.StoreOptions;
import id.warta.store.eval.GeneratedArticle;
import id.warta.store.eval.GeneratedCorpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A measurement, not a test: what decoding a stored story profile and scoring a story candidate cost, on the
 * profiles of {@link GeneratedCorpus} articles analysed by the real pipeline. The pairs are the ones the store
 * scores: each article against the nearest earlier articles (at most the store's 32 candidates) that share one of
 * its profile keys within the story window.
 *
 * <p>{@code java -cp <test class path> id.warta.store.story.StoryScoreBench PANL_DIR [ARTICLES] [DAYS]}
 */
public final class StoryScoreBench {

    private static final int CANDIDATES = 32;
    private static final int ROUNDS = 4;
    private static final long ROUND_NANOS = 1_000_000_000L;

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
        for (int round = 0; round < ROUNDS; round++) {
            measure("StoryProfile.fromBytes", "profile", bytes.size(), () -> {
                long sink = 0;
                for (byte[] b : bytes) {
                    sink += StoryProfile.fromBytes(b).entities().size();
                }
                return sink;
            });
            measure("score(StoryProfile, StoryProfile, floor)", "pair", pairs.size(), () -> {
                double sink = 0;
                for (int[] pair : pairs) {
                    sink += matcher.score(profiles.get(pair[0]), profiles.get(pair[1]), floor);
                }
                return (long) sink;
            });
            measure("store: fromBytes + score(.., floor)", "pair", pairs.size(), () -> {
                double sink = 0;
                for (int[] pair : pairs) {
                    sink += matcher.score(profiles.get(pair[0]), StoryProfile.fromBytes(bytes.get(pair[1])), floor);
                }
                return (long) sink;
            });
            measure("score(StoryProfile, StoryProfile)", "pair", pairs.size(), () -> {
                double sink = 0;
                for (int[] pair : pairs) {
                    sink += matcher.score(profiles.get(pair[0]), profiles.get(pair[1]));
                }
                return (long) sink;
            });
        }
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

    private static void measure(String what, String unit, int n, Pass pass) {
        long passes = 0;
        long sink = 0;
        long t0 = System.nanoTime();
        long elapsed;
        do {
            sink += pass.run();
            passes++;
            elapsed = System.nanoTime() - t0;
        } while (elapsed < ROUND_NANOS);
        System.out.printf(Locale.ROOT, "  %-45s %8.1f ns/%s (sink %d)%n", what, (double) elapsed / passes / n, unit,
                sink);
    }
}
