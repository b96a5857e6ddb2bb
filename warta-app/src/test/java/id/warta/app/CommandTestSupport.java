package id.warta.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures the standard streams around a command run in-process, and puts them back afterwards. */
abstract class CommandTestSupport {

    protected final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    protected final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private InputStream originalIn;

    @BeforeEach
    void capture() {
        originalOut = System.out;
        originalErr = System.err;
        originalIn = System.in;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        System.setIn(originalIn);
    }

    protected String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    protected String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }
}
