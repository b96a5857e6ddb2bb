package id.warta.eval;

/**
 * Macro-averaged scores of an extractor over a benchmark, as the article-extraction benchmark defines them:
 * precision averaged over pages with output, recall over pages with a non-empty ground truth, F1 from the two
 * averages, accuracy as the share of pages whose token sequence matches exactly.
 *
 * @param pages     pages scored
 * @param precision mean per-page precision over pages with output
 * @param recall    mean per-page recall over pages with ground truth
 * @param f1        harmonic mean of the two averages
 * @param accuracy  share of exact token-sequence matches
 * @param f1StdDev  bootstrap standard deviation of F1 (1,000 resamples with a fixed seed), or NaN if not computed
 */
public record ExtractionScore(int pages, double precision, double recall, double f1, double accuracy,
                              double f1StdDev) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "F1 %.3f ± %.3f  P %.3f  R %.3f  Acc %.3f  (%d pages)",
                f1, f1StdDev, precision, recall, accuracy, pages);
    }
}
