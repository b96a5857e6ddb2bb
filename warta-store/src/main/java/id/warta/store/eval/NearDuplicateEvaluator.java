package id.warta.store.eval;

import id.warta.store.StoreOptions;
import id.warta.store.dedup.Fingerprints;
import id.warta.store.dedup.MinHasher;
import id.warta.store.dedup.Signature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the store's near-duplicate decision on a {@link GeneratedCorpus}. Articles are taken in stream order, as
 * an ingest takes them, and each is decided the way the store decides: an article whose canonical URL or text hash
 * an earlier one has is that one's exact duplicate; otherwise its MinHash signature's band keys
 * ({@code StoreOptions.lshBands()}) give the earlier articles sharing a band, and of those the one most similar is
 * its original when the estimated similarity reaches {@code nearDuplicateSimilarity} (of equals, the earliest).
 * A copy of a copy is linked to the first one's original, so that every copy points at one original.
 *
 * <p>The decision is made on the generated text, which keeps the teasers and closing lines that extraction would
 * remove: a harder test than the store's. Memory grows with the articles (a signature and band entries each):
 * a few hundred thousand articles fit in a gigabyte. Not thread-safe; make one per evaluation.
 */
public final class NearDuplicateEvaluator {

    private final StoreOptions options;
    private final MinHasher hasher;
    private final Map<String, int[]> bands = new HashMap<>();
    private final Map<String, Integer> exact = new HashMap<>();
    private final List<Signature> signatures = new ArrayList<>();
    private final List<Integer> roots = new ArrayList<>();

    public NearDuplicateEvaluator(StoreOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.hasher = new MinHasher(options.minHashes(), options.shingleWords());
    }

    /** The score of the decision with {@code options} on the first {@code articles} of {@code corpus}. */
    public static NearDuplicateScore evaluate(GeneratedCorpus corpus, int articles, StoreOptions options) {
        return new NearDuplicateEvaluator(options).run(corpus.iterator(articles));
    }

    /** Decides every article of {@code articles} in order and scores the decisions against their truth. */
    public NearDuplicateScore run(Iterator<GeneratedArticle> articles) {
        List<String> ids = new ArrayList<>();
        Map<GeneratedArticle.Kind, long[]> byKind = new EnumMap<>(GeneratedArticle.Kind.class);
        long n = 0;
        long copies = 0;
        long linked = 0;
        long correct = 0;
        long lookalikeLinks = 0;
        long signNanos = 0;
        while (articles.hasNext()) {
            GeneratedArticle a = articles.next();
            long t0 = System.nanoTime();
            Signature signature = hasher.sign(a.text());
            signNanos += System.nanoTime() - t0;
            int original = decide(a.url(), a.text(), signature);
            ids.add(a.id());
            n++;
            long[] kind = byKind.computeIfAbsent(a.kind(), k -> new long[2]);
            if (a.copy()) {
                copies++;
                kind[0]++;
            }
            if (original >= 0) {
                linked++;
                boolean right = ids.get(original).equals(a.original());
                if (right) {
                    correct++;
                    kind[1]++;
                }
                if (a.kind() == GeneratedArticle.Kind.LOOKALIKE) {
                    lookalikeLinks++;
                }
            }
        }
        Map<String, Double> recallByKind = new LinkedHashMap<>();
        for (Map.Entry<GeneratedArticle.Kind, long[]> k : byKind.entrySet()) {
            if (k.getValue()[0] > 0) {
                recallByKind.put(k.getKey().name(), (double) k.getValue()[1] / k.getValue()[0]);
            }
        }
        return new NearDuplicateScore(n, copies, linked, correct, linked == 0 ? 1 : (double) correct / linked,
                copies == 0 ? 1 : (double) correct / copies, recallByKind, lookalikeLinks,
                n == 0 ? 0 : signNanos / 1e3 / n);
    }

    /**
     * The position of the original the next article copies, or -1 for an original; the article is then
     * remembered under its fingerprints and band keys.
     */
    private int decide(String url, String text, Signature signature) {
        int self = signatures.size();
        int found = -1;
        String canonical = Fingerprints.canonicalUrl(url);
        String hash = Fingerprints.textHash(text);
        Integer same = canonical == null ? null : exact.get("u:" + canonical);
        if (same == null) {
            same = exact.get("t:" + hash);
        }
        List<String> keys = signature.bandKeys(options.lshBands());
        if (same != null) {
            found = same;
        } else {
            double best = -1;
            for (String key : keys) {
                int[] posting = bands.get(key);
                if (posting == null) {
                    continue;
                }
                for (int i = 1; i <= posting[0]; i++) {
                    int candidate = posting[i];
                    double s = signature.similarity(signatures.get(candidate));
                    if (s > best || s == best && candidate < found) {
                        best = s;
                        found = candidate;
                    }
                }
            }
            if (best < options.nearDuplicateSimilarity()) {
                found = -1;
            }
        }
        int root = found < 0 ? -1 : roots.get(found) >= 0 ? roots.get(found) : found;
        signatures.add(signature);
        roots.add(root);
        if (canonical != null) {
            exact.putIfAbsent("u:" + canonical, self);
        }
        exact.putIfAbsent("t:" + hash, self);
        for (String key : keys) {
            bands.merge(key, new int[]{1, self}, (old, add) -> append(old, self));
        }
        return root;
    }

    /** A posting list: its length first, then the positions. */
    private static int[] append(int[] posting, int value) {
        int[] out = posting[0] + 1 < posting.length ? posting : Arrays.copyOf(posting, posting.length * 2);
        out[++out[0]] = value;
        return out;
    }
}
