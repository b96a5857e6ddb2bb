package id.warta.app;

import id.warta.store.StoreOptions;
import id.warta.store.eval.NearDuplicateEvaluator;
import id.warta.store.eval.NearDuplicateScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code warta eval duplicates}: precision and recall of the store's near-duplicate decision on generated
 * Indonesian news with known copies ({@link NearDuplicateEvaluator}), with the store's default options.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Precision and recall of the near-duplicate decision (exact URL or text, then MinHash over "
                + "shingles with LSH bands) on generated articles from the PANL-BPPT *-ID-* sentences with known "
                + "syndicated copies, rewrites, reposts and look-alikes (hard negatives).",
                "Exits 1 when precision or recall is below its floor (the CI quality gate)."})
final class DuplicatesEval implements Callable<Integer> {

    @Mixin
    GeneratedArticles generated;

    @Option(names = "--min-precision", paramLabel = "P", description = "Fail (exit 1) below this precision.")
    Double minPrecision;

    @Option(names = "--min-recall", paramLabel = "R", description = "Fail (exit 1) below this recall.")
    Double minRecall;

    @Override
    public Integer call() throws Exception {
        NearDuplicateScore s = NearDuplicateEvaluator.evaluate(generated.open(), generated.articles,
                StoreOptions.DEFAULTS);
        System.out.printf(Locale.ROOT, "articles %d, copies %d, linked %d, correct %d%n", s.articles(), s.copies(),
                s.linked(), s.correct());
        System.out.printf(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f%n", s.precision(), s.recall(), s.f1());
        s.recallByKind().forEach((kind, recall) -> System.out.printf(Locale.ROOT, "  recall %-10s %.4f%n", kind,
                recall));
        System.out.printf(Locale.ROOT, "look-alikes wrongly linked %d; %.1f µs to sign an article%n",
                s.lookalikeLinks(), s.microsPerSign());
        return Floor.check("precision", s.precision(), minPrecision) | Floor.check("recall", s.recall(), minRecall);
    }
}
