package eltdeck.airbyte;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The username and password of the basic-auth proxy in front of Airbyte. The password never shows in text. */
public record AirbyteCredentials(String username, String password) {
    public static final String DEFAULT_USERNAME = "airbyte";

    public AirbyteCredentials {
        if (username == null || username.isBlank() || username.contains(":")) {
            throw new IllegalArgumentException("An Airbyte username is a non-empty name without ':'.");
        }
        if (password == null) {
            throw new IllegalArgumentException("An Airbyte password is required with the username.");
        }
    }

    /** The value of the Authorization header. */
    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AirbyteCredentials[username=" + username + ", password=***]";
    }
}
