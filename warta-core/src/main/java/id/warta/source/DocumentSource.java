package id.warta.source;

import id.warta.model.RawDocument;

import java.util.stream.Stream;

/**
 * Where documents come from: a file, a directory, a URL, a JSON Lines dump, standard input. A source yields one
 * {@link RawDocument} per document, in a reproducible order; an input that cannot be read yields a RawDocument
 * carrying the {@link id.warta.model.Failure}, so every input leaves a record and the batch goes on.
 */
public interface DocumentSource {

    /**
     * The documents, read lazily as the stream is consumed. The stream may hold a file open: close it (or use
     * try-with-resources) when stopping early.
     */
    Stream<RawDocument> documents();
}
