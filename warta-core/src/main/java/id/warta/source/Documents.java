package id.warta.source;

import id.warta.model.RawDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The documents a reader takes one by one from an input stream (a dump, a WARC file), as a lazy stream. */
final class Documents {

    private Documents() {
    }

    /** The reader's documents in order; closing the stream closes {@code in} when the stream {@code owned} it. */
    static Stream<RawDocument> stream(Iterator<RawDocument> reader, InputStream in, boolean owned) {
        Stream<RawDocument> s = StreamSupport.stream(Spliterators.spliteratorUnknownSize(reader,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
        return owned ? s.onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }) : s;
    }
}
