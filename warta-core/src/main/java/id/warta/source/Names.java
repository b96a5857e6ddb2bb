package id.warta.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** What a file's name says about it. */
final class Names {

    /**
     * Extensions read when walking a directory. Files without an extension are left out (a checkout holds README,
     * LICENSE, Makefile...); a file named explicitly is read whatever its name.
     */
    private static final Set<String> DOCUMENT_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml", "txt", "jsonl",
            "ndjson", "warc");

    private Names() {
    }

    private static String lower(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }

    static boolean hidden(Path file) {
        return lower(file).startsWith(".");
    }

    static boolean gzip(Path file) {
        return lower(file).endsWith(".gz");
    }

    /** JSON Lines by name: {@code .jsonl} or {@code .ndjson}, gzipped or not. */
    static boolean jsonLines(Path file) {
        String name = stripGz(lower(file));
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /** A WARC file by name: {@code .warc} or {@code .warc.gz}. */
    static boolean warc(Path file) {
        return stripGz(lower(file)).endsWith(".warc");
    }

    /**
     * Whether a directory walk takes this file: a document extension, or {@code .gz} over a document extension
     * or over a bare name ({@code 4217.gz}, as crawlers store pages); {@code .tar.gz} is an archive, not a page.
     */
    static boolean document(Path file) {
        String name = lower(file);
        boolean gz = name.endsWith(".gz");
        String inner = stripGz(name);
        int dot = inner.lastIndexOf('.');
        if (dot < 0) {
            return gz && !inner.isEmpty();
        }
        return DOCUMENT_EXTENSIONS.contains(inner.substring(dot + 1));
    }

    private static String stripGz(String name) {
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
