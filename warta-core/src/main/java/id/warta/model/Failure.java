package id.warta.model;

import java.util.Objects;

/**
 * Why a document could not be processed. Bad input is data: a failure travels in the output record, it is
 * never thrown.
 *
 * @param code    a short stable code such as {@code empty}, {@code binary}, {@code too-large}, {@code too-deep},
 *                {@code timeout}, {@code http-404}, {@code bad-gzip}, {@code io}
 * @param message a sentence a person can act on
 */
public record Failure(String code, String message) {

    public Failure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Failure of(String code, String message) {
        return new Failure(code, message);
    }
}
