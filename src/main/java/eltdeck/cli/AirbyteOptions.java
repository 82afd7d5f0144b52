package eltdeck.cli;

import eltdeck.secret.Secret;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;

/**
 * Where an Airbyte verb finds the API and who it is there, over the profile's stored settings: {@code --airbyte-url}
 * (8001, 8000 or a URL), {@code --airbyte-user}, and the password from standard input. A password is never a flag value.
 */
final class AirbyteOptions {
    @Option(names = "--airbyte-url", paramLabel = "8001|8000|URL",
            description = "The Airbyte API: 8001 or 8000 (a forward of that VM port, /api), or a URL such as"
                    + " http://127.0.0.1:8001/api. Default: the profile's setting (eltdeck airbyte config).")
    String url;

    @Option(names = "--airbyte-user", paramLabel = "USER", description = "The basic-auth username (default: the profile's, else airbyte).")
    String user;

    @Option(names = "--airbyte-password-stdin",
            description = "Read the basic-auth password from the first line of standard input (else: the OS keychain, else asked).")
    boolean passwordStdin;

    /** The first line of standard input, for {@code --airbyte-password-stdin}. */
    static Secret passwordFromStdin() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
            throw new IllegalArgumentException("--airbyte-password-stdin was given but standard input is empty.");
        }
        return Secret.of(line);
    }
}
