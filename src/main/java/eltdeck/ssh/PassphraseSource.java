package eltdeck.ssh;

import java.nio.file.Path;
import java.util.Optional;

/** Asks for the passphrase of an encrypted private key; empty means the user cancelled. */
@FunctionalInterface
public interface PassphraseSource {

    Optional<char[]> passphraseFor(Path key, boolean previousWasWrong);

    /** Called once the passphrase proved right, so a source may remember it (keychain) if the user asked. */
    default void confirmed(Path key, char[] passphrase) {
    }
}
