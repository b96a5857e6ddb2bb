package id.warta.app;

import id.warta.WartaIOException;
import id.warta.store.eval.GeneratedCorpus;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;

/** The switches of the commands that run over generated Indonesian news ({@link GeneratedCorpus}). */
final class GeneratedArticles {

    @Mixin
    PanlBpptCorpus corpus;

    @Option(names = "--articles", paramLabel = "N", description = "Articles generated (default: ${DEFAULT-VALUE}).")
    int articles = 10_000;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generator (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    /** The corpus; a missing or unreadable folder is the user's to fix, said in one line (exit code 2). */
    GeneratedCorpus open() {
        try {
            return GeneratedCorpus.open(corpus.dir, seed);
        } catch (IOException e) {
            throw new WartaIOException("cannot read the PANL-BPPT corpus at " + corpus.dir + ": " + e.getMessage(), e);
        }
    }
}
