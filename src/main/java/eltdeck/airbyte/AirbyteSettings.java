package eltdeck.airbyte;

import java.net.URI;

/** A profile's way to Airbyte's API and the proxy's username (the password lives in the OS keychain only). */
public record AirbyteSettings(AirbyteRoute route, URI url, String username) {
    public static final AirbyteSettings DEFAULT = new AirbyteSettings(AirbyteRoute.TUNNEL_8001, null, AirbyteCredentials.DEFAULT_USERNAME);

    public AirbyteSettings {
        if (route == AirbyteRoute.URL) {
            if (url == null) {
                throw new IllegalArgumentException("Give the Airbyte API URL, e.g. http://127.0.0.1:8001/api.");
            }
            url = AirbyteClient.checked(url);
        } else {
            url = null;
        }
        if (username == null || username.isBlank() || username.contains(":")) {
            throw new IllegalArgumentException("The Airbyte username must be a non-empty name without ':' (default: airbyte).");
        }
        username = username.strip();
    }

    /** Parses the text a user types: "8001", "8000" or a URL (one without a path gets {@code /api}). */
    public static AirbyteSettings parse(String api, String username) {
        String text = api == null ? "" : api.strip();
        switch (text) {
            case "", "8001" -> {
                return new AirbyteSettings(AirbyteRoute.TUNNEL_8001, null, username);
            }
            case "8000" -> {
                return new AirbyteSettings(AirbyteRoute.TUNNEL_8000, null, username);
            }
            default -> {
                URI uri;
                try {
                    uri = URI.create(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a URL; give 8001, 8000 or one like http://127.0.0.1:8001/api.");
                }
                if (uri.getPath() == null || uri.getPath().isEmpty() || "/".equals(uri.getPath())) {
                    uri = URI.create(text.replaceAll("/$", "") + "/api");
                }
                return new AirbyteSettings(AirbyteRoute.URL, uri, username);
            }
        }
    }

    /** "tunnel to the VM's port 8001", or the URL. */
    public String describe() {
        return route == AirbyteRoute.URL ? url.toString() : "tunnel to the VM's port " + route.vmPort() + " (/api)";
    }
}
