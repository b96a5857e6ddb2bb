package id.warta.store.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.warta.WartaIOException;
import id.warta.store.StoreException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.stream.Stream;

/**
 * The file {@value #NAME} that makes a directory a Warta store: written when the store is created, checked on
 * every open, so a directory that holds something else is refused before anything is written to it, and a store
 * written by an incompatible build is refused with a clear message rather than misread. Its {@code format} is
 * {@code MAJOR.MINOR}: a minor version adds what older builds may ignore, a major version changes the index.
 */
public final class Marker {

    public static final String NAME = "warta-store.json";
    public static final int MAJOR = 1;
    public static final int MINOR = 0;
    /** The directory of the Lucene index inside the store. */
    public static final String INDEX = "index";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Marker() {
    }

    /**
     * Checks that {@code dir} is a Warta store this build reads, or makes it one when it is absent or empty and
     * {@code create} is set.
     *
     * @throws StoreException NOT_A_STORE for a file, a directory with other content, or an unreadable marker;
     *                        VERSION for a marker of another major version
     */
    public static void check(Path dir, boolean create) {
        Path marker = dir.resolve(NAME);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(StoreException.Reason.NOT_A_STORE, dir + " is a file, not a Warta store "
                    + "directory; give a new or empty directory with --data");
        }
        if (Files.isRegularFile(marker)) {
            read(dir, marker);
            return;
        }
        if (!empty(dir)) {
            throw new StoreException(StoreException.Reason.NOT_A_STORE, dir + " is not a Warta store (it holds "
                    + "other files and no " + NAME + "); nothing was written to it: give a new or empty directory");
        }
        if (!create) {
            throw new StoreException(StoreException.Reason.NOT_A_STORE, "there is no Warta store at " + dir
                    + " (no " + NAME + ")");
        }
        write(dir, marker);
    }

    private static boolean empty(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> files = Files.list(dir)) {
            // a marker half-written by a crash at creation is not foreign content
            return files.allMatch(f -> f.getFileName().toString().equals(NAME + ".tmp"));
        } catch (IOException e) {
            throw new WartaIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void read(Path dir, Path marker) {
        String format;
        try {
            JsonNode node = MAPPER.readTree(marker.toFile());
            format = node == null ? null : node.path("format").asText(null);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_A_STORE, marker + " is not a readable Warta store "
                    + "marker: " + e.getMessage(), e);
        }
        int major = major(format);
        if (major < 0) {
            throw new StoreException(StoreException.Reason.NOT_A_STORE, marker + " names no store format "
                    + "(expected \"format\": \"" + MAJOR + ".x\"); " + dir + " is not a Warta store");
        }
        if (major != MAJOR) {
            throw new StoreException(StoreException.Reason.VERSION, dir + " holds a Warta store of format "
                    + format + "; this build reads format " + MAJOR + ".x"
                    + (major > MAJOR ? ": use a newer Warta" : ": re-ingest into a new directory"));
        }
    }

    /** The major version of a {@code MAJOR.MINOR} format, or -1 when it is not one. */
    static int major(String format) {
        if (format == null || !format.matches("\\d{1,4}\\.\\d{1,4}")) {
            return -1;
        }
        return Integer.parseInt(format.substring(0, format.indexOf('.')));
    }

    private static void write(Path dir, Path marker) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", MAJOR + "." + MINOR);
        node.put("created", Instant.now().toString());
        node.put("about", "An Apache Lucene index of analysed news articles written by Warta; the index is in "
                + INDEX + "/.");
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(NAME + ".tmp");
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), node);
            try {
                Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, marker, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WartaIOException("cannot create a Warta store at " + dir + ": " + e.getMessage(), e);
        }
    }
}
