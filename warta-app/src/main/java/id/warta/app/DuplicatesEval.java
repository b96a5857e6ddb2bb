package id.warta.app;

import id.warta.store.StoreOptions;
import id.warta.store.eval.GeneratedCorpus;
import id.warta.store.eval.NearDuplicateEvaluator;
import id.warta.store.eval.NearDuplicateScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code warta eval duplicates}: precision and recall of the store's near-duplicate decision on generated
 * Indonesian news with known copies ({@link NearDuplicateEvaluator}), with the store's default options.
 */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {"Precision and recall of the near-duplicate decision (exact URL or text, then MinHash over "
                + "shingles with LSH bands) on generated articles from the PANL-BPPT *-ID-* sentences with known "
                + "syndicated copies, rewrites, reposts and look-alikes (hard negatives)."})
final class DuplicatesEval implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "The PANL-BPPT folder (its *-ID-*.txt files are read).")
    Path corpus;

    @Option(names = "--articles", paramLabel = "N", description = "Articles generated (default: ${DEFAULT-VALUE}).")
    int articles = 20_000;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Override
    public Integer call() throws Exception {
        NearDuplicateScore s = NearDuplicateEvaluator.evaluate(GeneratedCorpus.open(corpus, seed), articles,
                StoreOptions.DEFAULTS);
        System.out.printf(Locale.ROOT, "articles %d, copies %d, linked %d, correct %d%n", s.articles(), s.copies(),
                s.linked(), s.correct());
        System.out.printf(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f%n", s.precision(), s.recall(), s.f1());
        s.recallByKind().forEach((kind, recall) -> System.out.printf(Locale.ROOT, "  recall %-10s %.4f%n", kind,
                recall));
        System.out.printf(Locale.ROOT, "look-alikes wrongly linked %d; %.1f µs to sign an article%n",
                s.lookalikeLinks(), s.microsPerSign());
        return 0;
    }
}
