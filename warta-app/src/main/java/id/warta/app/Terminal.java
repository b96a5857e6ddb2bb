package id.warta.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the terminal the command runs in. */
final class Terminal {

    private Terminal() {
    }

    /**
     * Whether standard error is a terminal. The JDK only answers this for stdin and stdout together, so on Linux
     * the descriptor's link is read; elsewhere the answer is no and no progress bar is drawn.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
