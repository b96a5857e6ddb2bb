package id.warta.store;

import id.warta.WartaException;

/**
 * A store that cannot be used as asked: locked by another writer, not a Warta store, written by a newer major
 * version, or a malformed query. The message says what to do; callers show it without a stack trace.
 */
public class StoreException extends WartaException {

    /** Why the store refused. */
    public enum Reason {
        /** another process (or store object) holds the write lock */
        LOCKED,
        /** the directory holds something that is not a Warta store, or a damaged one */
        NOT_A_STORE,
        /** written by an incompatible (newer major) version */
        VERSION,
        /** the query text does not parse */
        BAD_QUERY,
        /** the store is open read-only */
        READ_ONLY
    }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
