package id.warta.source;

import id.warta.WartaOptions;
import id.warta.model.Failure;
import id.warta.model.RawDocument;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The documents under a directory, recursively, depth first with each directory's entries sorted by name, so two
 * runs over the same tree give the same order. Hidden files and directories (name starting with a dot) are
 * skipped, as are symbolic links to directories (they can loop); see {@link Names#document} for the files taken.
 * Only one directory's names are held per level; files are read as the stream reaches them. A directory that
 * cannot be listed gives an {@code io} record; a tree with no document at all gives one {@code no-documents}
 * record, so the input is not silently lost.
 */
final class DirectorySource implements DocumentSource {

    private final Path root;
    private final WartaOptions options;

    DirectorySource(Path root, WartaOptions options) {
        this.root = root;
        this.options = options;
    }

    @Override
    public Stream<RawDocument> documents() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new Walk(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).flatMap(DocumentSource::documents);
    }

    private static DocumentSource failed(Path path, Failure failure) {
        return () -> Stream.of(RawDocument.failed(path.toString(), null, failure));
    }

    /** An iterative walk (trees can be deep), yielding a source per file and per failure. */
    private final class Walk implements Iterator<DocumentSource> {

        private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
        private DocumentSource next;
        private boolean any;
        private boolean finished;

        Walk() {
            DocumentSource listingFailure = push(root);
            if (listingFailure != null) {
                next = listingFailure;
                any = true;
            }
        }

        /** Lists a directory onto the stack, or returns the failure to report. */
        private DocumentSource push(Path dir) {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
                for (Path p : ds) {
                    entries.add(p);
                }
            } catch (IOException | RuntimeException e) {
                return failed(dir, Failure.of("io", "cannot list directory " + dir + ": " + Bounded.describe(e)));
            }
            entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
            stack.push(entries.iterator());
            return null;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !finished) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public DocumentSource next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            DocumentSource s = next;
            next = null;
            return s;
        }

        /** The next source, or {@code null} to be called again; sets {@code finished} at the end. */
        private DocumentSource advance() {
            Iterator<Path> top = stack.peek();
            if (top == null) {
                finished = true;
                if (any) {
                    return null;
                }
                any = true;
                return failed(root, Failure.of("no-documents", "no .html, .htm, .xhtml, .shtml, .txt, .jsonl,"
                        + " .ndjson or .warc files (plain or .gz) under " + root));
            }
            if (!top.hasNext()) {
                stack.pop();
                return null;
            }
            Path p = top.next();
            if (Names.hidden(p)) {
                return null;
            }
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                DocumentSource listingFailure = push(p);
                any |= listingFailure != null;
                return listingFailure;
            }
            if (Files.isSymbolicLink(p) && Files.isDirectory(p)) {
                return null;
            }
            if (Names.document(p) && Files.isRegularFile(p)) {
                any = true;
                return new FileSource(p, p.toString(), options);
            }
            return null;
        }
    }
}
