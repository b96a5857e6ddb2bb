package id.warta.app;

import id.warta.events.LexiconBuilder;
import id.warta.events.PloverBuilder;
import id.warta.geo.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code warta build}: rebuilds the data files shipped in the jar from the shared data beside the checkout. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the data shipped in the jar from the shared data (../shared).",
        subcommands = {BuildCommand.GazetteerData.class, BuildCommand.OntologyData.class,
                BuildCommand.LexiconData.class})
final class BuildCommand {

    /**
     * One build: checks the shared folder holds the sources, builds, writes, and says what it wrote. Missing sources
     * and I/O failures are usage errors (2); data that contradicts itself is a failure (1).
     */
    abstract static class DataBuild implements Callable<Integer> {

        @Option(names = "--shared", required = true, paramLabel = "DIR",
                description = "The shared data folder (../shared beside the checkout).")
        Path shared;

        /** The subcommand's name, for messages. */
        abstract String name();

        /** Null when {@code shared} holds the sources, else what is missing, in words. */
        abstract String missing(Path shared);

        /** The files to write, by path, in the order they are written. */
        abstract Map<Path, byte[]> build(Path shared) throws IOException;

        @Override
        public final Integer call() {
            String missing = missing(shared);
            if (missing != null) {
                System.err.println("warta build " + name() + ": " + missing + " in " + shared);
                return 2;
            }
            try {
                for (Map.Entry<Path, byte[]> file : build(shared).entrySet()) {
                    Path parent = file.getKey().toAbsolutePath().getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    Files.write(file.getKey(), file.getValue());
                    System.err.printf(Locale.ROOT, "warta build %s: wrote %,d bytes to %s%n", name(),
                            file.getValue().length, file.getKey());
                }
            } catch (IOException e) {
                System.err.println("warta build " + name() + ": " + e);
                return 2;
            } catch (IllegalStateException e) {
                System.err.println("warta build " + name() + ": inconsistent data: " + e.getMessage());
                return 1;
            }
            return 0;
        }
    }

    @Command(name = "gazetteer", mixinStandardHelpOptions = true,
            description = {"Builds the gazetteer resource (id/warta/geo/gazetteer.tsv.gz) from GeoNames, "
                    + "idn-area-data, the JDK's CLDR country names, Warta's curated names and the news corpora's "
                    + "common words.",
                    "The output is reproducible: built from the same data on the same JDK it equals the shipped "
                            + "resource byte for byte."})
    static final class GazetteerData extends DataBuild {

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the resource.")
        Path out;

        @Override
        String name() {
            return "gazetteer";
        }

        @Override
        String missing(Path shared) {
            return Files.isDirectory(shared.resolve("gazetteer")) && Files.isDirectory(shared.resolve("corpora"))
                    ? null : "no gazetteer/ and corpora/";
        }

        @Override
        Map<Path, byte[]> build(Path shared) throws IOException {
            return Map.of(out, GazetteerBuilder.build(shared));
        }
    }

    @Command(name = "ontology", mixinStandardHelpOptions = true,
            description = {"Builds the event ontology resource (id/warta/events/plover.tsv) from the PLOVER "
                    + "categories, the CAMEO table with its PLOVER mapping and the ACLED codes under "
                    + "events/.",
                    "The output is reproducible: built from the same data it equals the shipped resource byte "
                            + "for byte."})
    static final class OntologyData extends DataBuild {

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the resource.")
        Path out;

        @Override
        String name() {
            return "ontology";
        }

        @Override
        String missing(Path shared) {
            return Files.isDirectory(shared.resolve("events")) ? null : "no events/";
        }

        @Override
        Map<Path, byte[]> build(Path shared) throws IOException {
            return Map.of(out, PloverBuilder.build(shared));
        }
    }

    @Command(name = "lexicon", mixinStandardHelpOptions = true,
            description = {"Builds the derived lexicons of the events stage (id/warta/events/triggers-en.tsv from the "
                    + "PETRARCH2 CAMEO verb dictionary, sectors-en.tsv from its Phoenix agents dictionary, both mapped "
                    + "to PLOVER) into a folder.",
                    "The output is reproducible: built from the same data it equals the shipped resources byte for "
                            + "byte."})
    static final class LexiconData extends DataBuild {

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "The folder to write the resources into (created if missing).")
        Path out;

        @Override
        String name() {
            return "lexicon";
        }

        @Override
        String missing(Path shared) {
            return LexiconBuilder.hasSources(shared) ? null
                    : "no events/petrarch2, events/cameo and events/plover data";
        }

        @Override
        Map<Path, byte[]> build(Path shared) throws IOException {
            Map<Path, byte[]> files = new LinkedHashMap<>();
            LexiconBuilder.build(shared).forEach((name, text) ->
                    files.put(out.resolve(name), text.getBytes(StandardCharsets.UTF_8)));
            return files;
        }
    }
}
