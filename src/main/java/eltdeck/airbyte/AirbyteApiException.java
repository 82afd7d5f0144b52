package eltdeck.airbyte;

import java.io.IOException;

/** The Airbyte API could not be reached, or refused or failed a request; the message says which and what to do. */
public final class AirbyteApiException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the request failed. */
    public enum Kind {
        /** Nothing answered at the URL (connection refused, timed out, tunnel down). */
        UNREACHABLE,
        /** HTTP 401: missing or wrong credentials. */
        UNAUTHORIZED,
        /** HTTP 404: no such workspace, connection, job (or endpoint). */
        NOT_FOUND,
        /** HTTP 422: the server refused the input. */
        INVALID_INPUT,
        /** HTTP 409: a sync is already running. */
        CONFLICT,
        /** Any other HTTP status. */
        HTTP_STATUS,
        /** The answer was not the JSON the config API gives. */
        BAD_RESPONSE
    }

    private final Kind kind;

    public AirbyteApiException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public AirbyteApiException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
