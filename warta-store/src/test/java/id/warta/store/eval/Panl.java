package id.warta.store.eval;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** The PANL-BPPT folder beside the checkout; tests that need it are skipped when it is absent. */
final class Panl {

    private Panl() {
    }

    static Path dir() {
        Path dir = Path.of(System.getProperty("warta.shared", "../shared"), "corpora", "panl-bppt-news");
        Assumptions.assumeTrue(Files.isDirectory(dir), "PANL-BPPT not found at " + dir);
        return dir;
    }
}
