package id.warta.app;

import id.warta.text.Sentence;
import id.warta.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Runs a command line in-process, with the captured streams emptied first; its exit code. */
    protected int warta(String... args) {
        stdout.reset();
        stderr.reset();
        return Main.run(args);
    }

    protected String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    protected String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    /** The first sentence of {@code text} holding {@code words}, or null (for the tests' stand-in event coders). */
    protected static Sentence sentence(Text text, String words) {
        for (Sentence sentence : text.sentences()) {
            if (sentence.text(text.text()).contains(words)) {
                return sentence;
            }
        }
        return null;
    }

    /** A factory of commands that gives {@code command} for its class (tests give a command its own stages). */
    protected static CommandLine.IFactory with(Object command) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == command.getClass() ? type.cast(command) : CommandLine.defaultFactory().create(type);
            }
        };
    }

    /** Reads RFC 4180 CSV: records end with CRLF; a quoted field may hold commas, doubled quotes and line breaks. */
    protected static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertThat(field).as("a quote opens a field").isEmpty();
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertThat(csv.charAt(i + 1)).as("CR is followed by LF").isEqualTo('\n');
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                assertThat(c).as("a bare line break outside quotes").isNotEqualTo('\n');
                field.append(c);
            }
        }
        assertThat(quoted).isFalse();
        assertThat(record).isEmpty();
        assertThat(field).isEmpty();
        return records;
    }
}
