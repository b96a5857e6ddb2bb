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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code warta build}: rebuilds the data files shipped in the jar from the shared data beside the checkout. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the data shipped in the jar from the shared data (../shared).",
        subcommands = {BuildCommand.GazetteerData.class, BuildCommand.OntologyData.class,
                BuildCommand.LexiconData.class})
final class BuildCommand {

    @Command(name = "gazetteer", mixinStandardHelpOptions = true,
            description = {"Builds the gazetteer resource (id/warta/geo/gazetteer.tsv.gz) from GeoNames, "
                    + "idn-area-data, the JDK's CLDR country names, Warta's curated names and the news corpora's "
                    + "common words.",
                    "The output is reproducible: built from the same data on the same JDK it equals the shipped "
                            + "resource byte for byte."})
    static final class GazetteerData implements Callable<Integer> {

        @Option(names = "--shared", required = true, paramLabel = "DIR",
                description = "The shared data folder, holding gazetteer/ and corpora/.")
        Path shared;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the resource.")
        Path out;

        @Override
        public Integer call() {
            if (!Files.isDirectory(shared.resolve("gazetteer")) || !Files.isDirectory(shared.resolve("corpora"))) {
                System.err.println("warta build gazetteer: no gazetteer/ and corpora/ in " + shared);
                return 2;
            }
            byte[] bytes;
            try {
                bytes = GazetteerBuilder.build(shared);
                Files.write(out, bytes);
            } catch (IOException e) {
                System.err.println("warta build gazetteer: " + e);
                return 2;
            } catch (IllegalStateException e) {
                System.err.println("warta build gazetteer: inconsistent data: " + e.getMessage());
                return 1;
            }
            System.err.printf(Locale.ROOT, "warta build gazetteer: wrote %,d bytes to %s%n", bytes.length, out);
            return 0;
        }
    }

    @Command(name = "ontology", mixinStandardHelpOptions = true,
            description = {"Builds the event ontology resource (id/warta/events/plover.tsv) from the PLOVER "
                    + "categories, the CAMEO table with its PLOVER mapping and the ACLED codes under "
                    + "events/.",
                    "The output is reproducible: built from the same data it equals the shipped resource byte "
                            + "for byte."})
    static final class OntologyData implements Callable<Integer> {

        @Option(names = "--shared", required = true, paramLabel = "DIR",
                description = "The shared data folder, holding events/.")
        Path shared;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the resource.")
        Path out;

        @Override
        public Integer call() {
            if (!Files.isDirectory(shared.resolve("events"))) {
                System.err.println("warta build ontology: no events/ in " + shared);
                return 2;
            }
            byte[] bytes;
            try {
                bytes = PloverBuilder.build(shared);
                Files.write(out, bytes);
            } catch (IOException e) {
                System.err.println("warta build ontology: " + e);
                return 2;
            } catch (IllegalStateException e) {
                System.err.println("warta build ontology: inconsistent data: " + e.getMessage());
                return 1;
            }
            System.err.printf(Locale.ROOT, "warta build ontology: wrote %,d bytes to %s%n", bytes.length, out);
            return 0;
        }
    }

    @Command(name = "lexicon", mixinStandardHelpOptions = true,
            description = {"Builds the derived lexicons of the events stage (id/warta/events/triggers-en.tsv from the "
                    + "PETRARCH2 CAMEO verb dictionary, sectors-en.tsv from its Phoenix agents dictionary, both mapped "
                    + "to PLOVER) into a folder.",
                    "The output is reproducible: built from the same data it equals the shipped resources byte for "
                            + "byte."})
    static final class LexiconData implements Callable<Integer> {

        @Option(names = "--shared", required = true, paramLabel = "DIR",
                description = "The shared data folder, holding events/.")
        Path shared;

        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "The folder to write the resources into (created if missing).")
        Path out;

        @Override
        public Integer call() {
            if (!LexiconBuilder.hasSources(shared)) {
                System.err.println("warta build lexicon: no events/petrarch2, events/cameo and events/plover data in "
                        + shared);
                return 2;
            }
            try {
                Map<String, String> files = LexiconBuilder.build(shared);
                Files.createDirectories(out);
                for (Map.Entry<String, String> e : files.entrySet()) {
                    byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
                    Path file = out.resolve(e.getKey());
                    Files.write(file, bytes);
                    System.err.printf(Locale.ROOT, "warta build lexicon: wrote %,d bytes to %s%n", bytes.length, file);
                }
            } catch (IOException e) {
                System.err.println("warta build lexicon: " + e);
                return 2;
            } catch (IllegalStateException e) {
                System.err.println("warta build lexicon: inconsistent data: " + e.getMessage());
                return 1;
            }
            return 0;
        }
    }
}
