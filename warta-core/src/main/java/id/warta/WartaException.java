package id.warta;

/**
 * Base of Warta's small exception hierarchy. Bad input never throws: it becomes an error record. Exceptions
 * are for misuse of the API ({@link IllegalArgumentException}, {@link NullPointerException}) and for I/O that
 * the caller asked for directly ({@link WartaIOException}).
 */
public class WartaException extends RuntimeException {

    public WartaException(String message) {
        super(message);
    }

    public WartaException(String message, Throwable cause) {
        super(message, cause);
    }
}
