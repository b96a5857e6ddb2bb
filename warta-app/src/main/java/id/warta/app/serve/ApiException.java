package id.warta.app.serve;

/**
 * A request the server answers with an error: the HTTP status, the contract's error code and a message for the
 * caller. Thrown by the routes and turned into {@code {"error", "message"}} in one place ({@link WartaServer}).
 */
final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static ApiException badParameter(String message) {
        return new ApiException(400, "bad-parameter", message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, "not-found", message);
    }

    static ApiException tooLarge(String message) {
        return new ApiException(413, "too-large", message);
    }

    static ApiException unsupportedMediaType(String message) {
        return new ApiException(415, "unsupported-media-type", message);
    }

    static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
