package eltdeck.prefect;

import java.io.IOException;

/** The Prefect API could not be reached, or refused or failed a request; the message says which and what to do. */
public final class PrefectApiException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why the request failed. */
    public enum Kind {
        /** Nothing answered at the URL (connection refused, timed out, tunnel down). */
        UNREACHABLE,
        /** The server answered with an HTTP status other than 200. */
        HTTP_STATUS,
        /** The server answered with GraphQL {@code errors}. */
        GRAPHQL,
        /** A mutation returned {@code success: false} without saying why. */
        REJECTED,
        /** The answer was not the JSON a Prefect 1 server gives. */
        BAD_RESPONSE
    }

    private final Kind kind;

    public PrefectApiException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public PrefectApiException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
