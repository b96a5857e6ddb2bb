package id.warta;

import java.io.IOException;

/** An I/O failure outside any one document: an output that cannot be written, a dataset that cannot be read. */
public class WartaIOException extends WartaException {

    public WartaIOException(String message, IOException cause) {
        super(message, cause);
    }
}
