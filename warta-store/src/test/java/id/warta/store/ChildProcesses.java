package id.warta.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A {@link StoreChild} JVM and its output lines, read as they come. */
final class ChildProcesses implements AutoCloseable {

    /** How long a line may take: generous, the child loads the analysis models first; only a hung child hits it. */
    private static final long PATIENCE_MINUTES = 5;
    private static final String END = "\u0000end";

    final Process process;
    private final Path errors;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    ChildProcesses(Path work, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StoreChild.class.getName());
        command.addAll(List.of(args));
        errors = Files.createTempFile(work, "child", ".err");
        process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child was killed: its output ends
            }
            lines.add(END);
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The next line of output; fails with the child's error output when it ends or never writes one. */
    String next() throws InterruptedException, IOException {
        String line = lines.poll(PATIENCE_MINUTES, TimeUnit.MINUTES);
        if (line == null || line.equals(END)) {
            throw new AssertionError("the child process " + (line == null ? "printed nothing for "
                    + PATIENCE_MINUTES + " minutes" : "ended") + "; its error output:\n" + Files.readString(errors));
        }
        return line;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
