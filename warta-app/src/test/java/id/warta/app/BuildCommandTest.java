package id.warta.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code warta build gazetteer} and {@code warta build lexicon}: rebuild the shipped resources from the shared data;
 * a wrong folder is a usage error.
 */
class BuildCommandTest extends CommandTestSupport {

    @Test
    void aFolderWithoutTheSharedDataIsAUsageError(@TempDir Path dir) {
        int code = Main.run("build", "gazetteer", "--shared", dir.toString(), "--out",
                dir.resolve("g.tsv.gz").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("no gazetteer/ and corpora/");
        assertThat(dir.resolve("g.tsv.gz")).doesNotExist();
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

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFolderWithoutTheEventDataIsAUsageErrorOfTheLexiconBuild(@TempDir Path dir) {
        int code = Main.run("build", "lexicon", "--shared", dir.toString(), "--out", dir.resolve("out").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("no events/petrarch2, events/cameo and events/plover data");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void rebuildsTheShippedLexicons(@TempDir Path dir) throws IOException {
        Path shared = Path.of(System.getProperty("warta.shared", "../shared"));
        assumeTrue(Files.isDirectory(shared.resolve("events")), "shared data not beside the checkout");
        Path out = dir.resolve("lexicons");
        assertThat(Main.run("build", "lexicon", "--shared", shared.toString(), "--out", out.toString()))
                .as(err()).isZero();
        for (String name : new String[] {"triggers-en.tsv", "sectors-en.tsv"}) {
            byte[] shipped;
            try (InputStream in = getClass().getResourceAsStream("/id/warta/events/" + name)) {
                shipped = in.readAllBytes();
            }
            assertThat(Files.readAllBytes(out.resolve(name))).as(name).isEqualTo(shipped);
            assertThat(err()).contains("wrote").contains(out.resolve(name).toString());
        }
    }
}
