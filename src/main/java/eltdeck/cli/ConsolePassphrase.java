package eltdeck.cli;

import eltdeck.profile.Secrets;
import eltdeck.secret.Secret;
import eltdeck.ssh.PassphraseSource;
import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;

/** A key's passphrase from the OS keychain if stored there, else asked on the terminal (never echoed). */
final class ConsolePassphrase implements PassphraseSource {
    private final Secrets secrets;

    ConsolePassphrase(Secrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public Optional<char[]> passphraseFor(Path key, boolean previousWasWrong) {
        if (!previousWasWrong) {
            Optional<Secret> stored = secrets.get(Secrets.keyPassphraseAccount(key));
            if (stored.isPresent()) {
                return Optional.of(stored.get().reveal().toCharArray());
            }
        }
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        char[] typed = console.readPassword("%sPassphrase for %s: ", previousWasWrong ? "Wrong passphrase. " : "", key);
        return typed == null || typed.length == 0 ? Optional.empty() : Optional.of(typed);
    }
}
