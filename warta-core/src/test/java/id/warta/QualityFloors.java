package id.warta;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Test access to what sits beside the checkout: the shared data (tests skip when it is absent) and the quality
 * floors of {@code .ci/floors}, which the benchmark tests check just as CI does, so there is one list of floors.
 */
public final class QualityFloors {

    private QualityFloors() {
    }

    /** A path under {@code ../shared}; the calling test is skipped when it does not exist. */
    public static Path shared(String first, String... more) {
        Path p = Path.of(System.getProperty("warta.shared", "../shared")).resolve(Path.of(first, more));
        assumeTrue(Files.exists(p), "shared data not beside the checkout: " + p);
        return p;
    }

    /** The floor named {@code name} in {@code .ci/floors}. */
    public static double floor(String name) throws IOException {
        Path floors = Path.of(System.getProperty("warta.floors", "../.ci/floors"));
        for (String line : Files.readAllLines(floors)) {
            String[] kv = line.split("=", 2);
            if (kv.length == 2 && kv[0].strip().equals(name)) {
                return Double.parseDouble(kv[1].strip());
            }
        }
        throw new IllegalStateException("no floor " + name + " in " + floors);
    }
}
