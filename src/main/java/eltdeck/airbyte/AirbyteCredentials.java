package eltdeck.airbyte;

import eltdeck.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The username and password of the basic-auth proxy in front of Airbyte. The password never shows in text. */
public record AirbyteCredentials(String username, Secret password) {
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
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
    }
}
