package id.warta.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code warta build gazetteer|ontology|lexicon}: rebuild the shipped resources from the shared data;
 * a wrong folder is a usage error.
 */
class BuildCommandTest extends CommandTestSupport {

    @ParameterizedTest
    @CsvSource({
            "gazetteer, g.tsv.gz, no gazetteer/ and corpora/",
            "ontology, plover.tsv, no events/",
            "lexicon, lexicon, no events/petrarch2"})
    void aFolderWithoutTheSourcesIsAUsageErrorAndWritesNothing(String what, String out, String message,
                                                               @TempDir Path dir) {
        int code = Main.run("build", what, "--shared", dir.toString(), "--out", dir.resolve(out).toString());
        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("warta build " + what + ": " + message);
        assertThat(dir.resolve(out)).doesNotExist();
    }

    @Test
    void rebuildsTheShippedGazetteer(@TempDir Path dir) throws IOException {
        Path shared = Path.of(System.getProperty("warta.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("gazetteer")), "shared data not beside the checkout");
        Path out = dir.resolve("gazetteer.tsv.gz");
        assertThat(Main.run("build", "gazetteer", "--shared", shared.toString(), "--out", out.toString()))
                .as(err()).isZero();
        byte[] shipped;
        try (InputStream in = getClass().getResourceAsStream("/id/warta/geo/gazetteer.tsv.gz")) {
            shipped = in.readAllBytes();
        }
        // The data must be equal; the bytes too, unless this JDK links another deflate library than the build's.
        assertThat(gunzip(Files.readAllBytes(out))).isEqualTo(gunzip(shipped));
        assertThat(err()).contains("wrote").contains(out.toString());
    }

    @Test
    void rebuildsTheShippedOntology(@TempDir Path dir) throws IOException {
        Path shared = Path.of(System.getProperty("warta.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("events")), "shared data not beside the checkout");
        Path out = dir.resolve("plover.tsv");
        assertThat(Main.run("build", "ontology", "--shared", shared.toString(), "--out", out.toString()))
                .as(err()).isZero();
        try (InputStream in = getClass().getResourceAsStream("/id/warta/events/plover.tsv")) {
            assertThat(Files.readAllBytes(out)).isEqualTo(in.readAllBytes());
        }
        assertThat(err()).contains("wrote").contains(out.toString());
    }

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }
}
