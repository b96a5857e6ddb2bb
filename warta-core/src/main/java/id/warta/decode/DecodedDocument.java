package id.warta.decode;

import id.warta.model.RawDocument;

import java.util.Objects;

/**
 * A document's bytes turned into text.
 *
 * @param raw     the document as read
 * @param text    the decoded text
 * @param charset the charset used, as its canonical Java name
 */
public record DecodedDocument(RawDocument raw, String text, String charset) {

    public DecodedDocument {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
