package id.warta.app;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --corpus} switch of the commands that build Indonesian articles from the PANL-BPPT sentences. */
final class PanlBpptCorpus {

    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "The PANL-BPPT folder (its *-ID-*.txt files are read).")
    Path dir;
}
