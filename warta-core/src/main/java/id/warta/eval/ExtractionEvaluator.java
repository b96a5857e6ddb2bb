package id.warta.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Scores predicted article bodies against a ground truth with the article-extraction benchmark's metric
 * (see {@link ShingleScorer}). Pure computation: reading the dataset is {@link ExtractionDataset}'s job.
 */
public final class ExtractionEvaluator {

    private static final int BOOTSTRAP_SAMPLES = 1000;
    private static final long BOOTSTRAP_SEED = 42L;

    private ExtractionEvaluator() {
    }

    /** One page's comparison. */
    public record PageResult(String id, ShingleScorer.Counts counts, boolean exact) {
    }

    /** Compares every ground-truth page with its prediction; a missing prediction counts as empty output. */
    public static List<PageResult> compare(Map<String, String> truth, Map<String, String> predicted) {
        List<PageResult> results = new ArrayList<>(truth.size());
        for (Map.Entry<String, String> e : truth.entrySet()) {
            String pred = predicted.getOrDefault(e.getKey(), "");
            ShingleScorer.Counts c = ShingleScorer.compare(e.getValue(), pred);
            boolean exact = ShingleScorer.tokens(e.getValue()).equals(ShingleScorer.tokens(pred));
            results.add(new PageResult(e.getKey(), c, exact));
        }
        return results;
    }

    /** Aggregates page results into the benchmark's scores, with a bootstrap deviation of F1. */
    public static ExtractionScore score(List<PageResult> pages) {
        double[] f = aggregate(pages);
        Random random = new Random(BOOTSTRAP_SEED);
        double sum = 0;
        double sumSq = 0;
        List<PageResult> sample = new ArrayList<>(pages.size());
        for (int s = 0; s < BOOTSTRAP_SAMPLES && !pages.isEmpty(); s++) {
            sample.clear();
            for (int i = 0; i < pages.size(); i++) {
                sample.add(pages.get(random.nextInt(pages.size())));
            }
            double f1 = aggregate(sample)[2];
            sum += f1;
            sumSq += f1 * f1;
        }
        double mean = sum / BOOTSTRAP_SAMPLES;
        double std = pages.isEmpty() ? Double.NaN : Math.sqrt(Math.max(0, sumSq / BOOTSTRAP_SAMPLES - mean * mean));
        return new ExtractionScore(pages.size(), f[0], f[1], f[2], f[3], std);
    }

    /** Scores predictions against the truth in one call. */
    public static ExtractionScore score(Map<String, String> truth, Map<String, String> predicted) {
        return score(compare(truth, predicted));
    }

    private static double[] aggregate(List<PageResult> pages) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        int exact = 0;
        for (PageResult page : pages) {
            ShingleScorer.Counts c = page.counts();
            if (c.hasOutput()) {
                pSum += c.precision();
                pN++;
            }
            if (c.tp() + c.fn() > 0) {
                rSum += c.recall();
                rN++;
            }
            if (page.exact()) {
                exact++;
            }
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f1, pages.isEmpty() ? 0 : (double) exact / pages.size()};
    }
}
