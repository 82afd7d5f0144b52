package eltdeck.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A password, token or secret {@code .env} value on its way through the app. Its text shows as {@code Secret[****]}
 * wherever it is printed (a record's {@code toString}, a log line, an exception message); only {@link #reveal()}
 * gives the value, at the one place that hands it on (an HTTP header, the keychain, a command's stdin).
 */
public final class Secret {
    private static final String REDACTED = "Secret[****]";

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        return new Secret(Objects.requireNonNull(value, "a secret's value"));
    }

    /** The value itself: for the one place that hands it on, never for a message or a log. */
    public String reveal() {
        return value;
    }

    public boolean isBlank() {
        return value.isBlank();
    }

    /** True when the value is more than one line: a token or password pasted with a line break is refused. */
    public boolean isMultiLine() {
        return value.contains("\n") || value.contains("\r");
    }

    /** The same secret without surrounding white space (as pasted from a web page). */
    public Secret strip() {
        return new Secret(value.strip());
    }

    @Override
    public String toString() {
        return REDACTED;
    }

    /** Equal values, compared in constant time. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Secret that && MessageDigest.isEqual(bytes(), that.bytes());
    }

    /** One hash for every secret: a hash would tell something about the value. */
    @Override
    public int hashCode() {
        return 0;
    }

    private byte[] bytes() {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
