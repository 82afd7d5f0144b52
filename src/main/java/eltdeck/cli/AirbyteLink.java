package eltdeck.cli;

import eltdeck.airbyte.AirbyteClient;
import eltdeck.airbyte.AirbyteCredentials;
import eltdeck.airbyte.AirbyteRoute;
import eltdeck.airbyte.AirbyteSettings;
import eltdeck.profile.AirbytePasswords;
import eltdeck.profile.Profile;
import eltdeck.secret.Secret;
import java.io.Console;
import java.util.Optional;

/**
 * A profile's Airbyte API for one command: at a URL, or over the command's own SSH link through a forward of the
 * VM's 8001 (or 8000) on a free local port. Closing ends the forward and the link.
 */
record AirbyteLink(AirbyteClient client, VmForward vmPort) implements AutoCloseable {

    static AirbyteLink open(EltDeckCli root, VmOptions vm, AirbyteOptions options, String name) throws Exception {
        Profile profile = root.context().profiles().get(name);
        AirbyteSettings stored = vm.services(root.context()).airbyte(name);
        AirbyteSettings settings = options.url == null && options.user == null ? stored
                : AirbyteSettings.parse(options.url != null ? options.url : apiText(stored), options.user != null ? options.user : stored.username());
        Optional<AirbyteCredentials> credentials = password(root, options, name, settings.username())
                .map(p -> new AirbyteCredentials(settings.username(), p));
        if (settings.route() == AirbyteRoute.URL) {
            return new AirbyteLink(new AirbyteClient(settings.url(), credentials), null);
        }
        VmForward forward = VmForward.open(root, vm, profile, settings.route().vmPort());
        return new AirbyteLink(new AirbyteClient(AirbyteRoute.apiAt(forward.localPort()), credentials), forward);
    }

    /** The settings' route as {@code --airbyte-url} takes it. */
    static String apiText(AirbyteSettings settings) {
        return settings.route() == AirbyteRoute.URL ? settings.url().toString() : String.valueOf(settings.route().vmPort());
    }

    private static Optional<Secret> password(EltDeckCli root, AirbyteOptions options, String name, String user) throws Exception {
        if (options.passwordStdin) {
            return Optional.of(AirbyteOptions.passwordFromStdin());
        }
        Optional<Secret> kept = new AirbytePasswords(root.context().secrets()).get(name);
        if (kept.isPresent()) {
            return kept;
        }
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("Airbyte password for %s (empty: none): ", user);
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(Secret.of(new String(typed)));
    }

    @Override
    public void close() {
        if (vmPort != null) {
            vmPort.close();
        }
    }
}
