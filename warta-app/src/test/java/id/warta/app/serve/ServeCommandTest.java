package id.warta.app.serve;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code warta serve} refuses what it must not do with a usage error (exit 2), before opening anything. */
class ServeCommandTest {

    private static int run(StringWriter err, String... args) {
        return new CommandLine(new ServeCommand()).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void bindingBeyondLoopbackNeedsAToken(@TempDir Path dir) {
        assumeTrue(System.getenv("WARTA_TOKEN") == null, "WARTA_TOKEN is set in this environment");
        StringWriter err = new StringWriter();
        assertThat(run(err, "--data", dir.resolve("data").toString(), "--bind", "0.0.0.0")).isEqualTo(2);
        assertThat(err.toString()).contains("--token").contains("127.0.0.1");
        assertThat(Files.exists(dir.resolve("data"))).as("no store was created").isFalse();
    }

    @Test
    void badOptionValuesAreUsageErrors(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        assertThat(run(err, "--data", dir.toString(), "--port", "70000")).isEqualTo(2);
        assertThat(err.toString()).contains("port");
        StringWriter zero = new StringWriter();
        assertThat(run(zero, "--data", dir.toString(), "--max-concurrent", "0")).isEqualTo(2);
        assertThat(zero.toString()).contains("maxConcurrentRequests");
    }

    @Test
    void aDirectoryThatIsNotAStoreIsRefusedUntouched(@TempDir Path dir) throws Exception {
        Path notes = Files.writeString(dir.resolve("catatan.txt"), "Daftar belanja: beras, minyak goreng, telur.");
        StringWriter err = new StringWriter();
        assertThat(run(err, "--data", dir.toString(), "--port", "0")).isEqualTo(2);
        assertThat(err.toString()).startsWith("warta serve: ");
        assertThat(Files.readString(notes)).isEqualTo("Daftar belanja: beras, minyak goreng, telur.");
    }
}
