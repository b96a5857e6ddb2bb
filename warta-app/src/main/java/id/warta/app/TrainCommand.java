package id.warta.app;

import id.warta.eval.NerCorpusReader;
import id.warta.ner.ModelEntityFinder;
import id.warta.ner.NameFinderTrainer;
import id.warta.ner.NameModel;
import id.warta.ner.NameSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code warta train}: reproduces the models shipped in the jar from the corpora in {@code ../shared}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Trains the models Warta ships, from the shareable corpora.",
        subcommands = {TrainCommand.Ner.class})
final class TrainCommand {

    /**
     * The training files of the shipped name model, relative to the corpora folder: every NER set that
     * {@code ../shared/README.md} marks shippable, minus the splits the figures are scored on (idner-news-2k dev,
     * NERGrit test, UNER English PUD).
     */
    static final List<String> NER_TRAINING = List.of(
            "idner-news-2k/train.txt",
            "indonlu-ner/nergrit/train_preprocess.txt",
            "indonlu-ner/nergrit/valid_preprocess.txt",
            "wikigold-en/wikigold.conll.txt",
            "uner-english/en_ewt-ud-dev.iob2",
            "uner-english/en_ewt-ud-test.iob2");

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Trains the name tagger (averaged perceptron) on the shipped training files of the "
                    + "corpora folder and writes the model.",
                    "The shipped model is warta-core/src/main/resources/" + ModelEntityFinder.MODEL_RESOURCE
                            + ", made by this command with the default settings."})
    static final class Ner implements Callable<Integer> {

        @Option(names = "--corpus", required = true, paramLabel = "DIR",
                description = "The corpora folder (../shared/corpora).")
        Path corpus;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
        Path out;

        @Option(names = "--epochs", defaultValue = "20", paramLabel = "N",
                description = "Passes over the data (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--min-count", defaultValue = "2", paramLabel = "N",
                description = "Drop features seen fewer times (default: ${DEFAULT-VALUE}).")
        int minCount;

        @Option(names = "--no-gazetteer", description = "Train without the gazetteer features.")
        boolean noGazetteer;

        @Override
        public Integer call() throws Exception {
            PrintStream err = System.err;
            List<NameSample> samples = new ArrayList<>();
            StringBuilder description = new StringBuilder("Warta name model; trained on");
            for (String name : NER_TRAINING) {
                Path file = corpus.resolve(name);
                List<NameSample> read = NerCorpusReader.read(file).samples();
                samples.addAll(read);
                String sha = sha256(file);
                description.append(' ').append(name).append(" (").append(read.size()).append(" sentences, sha256 ")
                        .append(sha, 0, 16).append(')');
                err.printf(Locale.ROOT, "%-45s %6d sentences  sha256 %s%n", name, read.size(), sha);
            }
            NameFinderTrainer.Settings settings = new NameFinderTrainer.Settings(epochs, minCount, 42);
            description.append("; epochs ").append(epochs).append(", min-count ").append(minCount)
                    .append(", gazetteer features ").append(noGazetteer ? "no" : "yes");
            NameModel model = NameFinderTrainer.train(samples, noGazetteer ? null : ModelEntityFinder.gazetteer(),
                    settings, description.toString(), epoch -> err.printf(Locale.ROOT, "epoch %d/%d%n", epoch, epochs));
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                model.save(o);
            }
            err.printf(Locale.ROOT, "%d sentences, %d features -> %s (%d bytes)%n", samples.size(), model.size(), out,
                    Files.size(out));
            return 0;
        }
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
