package id.warta.decode;

import id.warta.model.Failure;
import id.warta.model.RawDocument;

/** Turns a document's bytes into text, or says why it cannot. Implementations are thread-safe. */
public interface Decoder {

    /** The outcome of decoding: exactly one of {@code document} and {@code failure} is set. */
    record Result(DecodedDocument document, Failure failure) {
        public static Result ok(DecodedDocument document) {
            return new Result(document, null);
        }

        public static Result failed(Failure failure) {
            return new Result(null, failure);
        }
    }

    Result decode(RawDocument raw);
}
