package eltdeck.profile;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import eltdeck.secret.Secret;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets (key passphrases, later tokens) in the OS keychain. Where the OS has none, nothing is kept
 * and {@link #available()} says so: secrets are never written anywhere else.
 */
public class Secrets {
    private static final Logger LOG = LoggerFactory.getLogger(Secrets.class);
    private static final String SERVICE = "ELT Deck";

    /** The keychain, opened the first time a secret is wanted: probing the OS for it costs the start-up time. */
    private final Supplier<Optional<Keyring>> keychain;

    protected Secrets(Keyring keyring) {
        this.keychain = () -> Optional.ofNullable(keyring);
    }

    private Secrets(Supplier<Optional<Keyring>> opener) {
        this.keychain = new Supplier<>() {
            private Optional<Keyring> opened;

            @Override
            public synchronized Optional<Keyring> get() {
                if (opened == null) {
                    opened = opener.get();
                }
                return opened;
            }
        };
    }

    /** The OS keychain, opened on first use (or by {@link #openInBackground()}). */
    public static Secrets system() {
        return new Secrets(Secrets::openSystemKeychain);
    }

    private static Optional<Keyring> openSystemKeychain() {
        try {
            return Optional.of(Keyring.create());
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.info("No OS keychain available ({}); secrets are kept in memory only", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** Opens the keychain now on another thread, so that its first use (perhaps on the FX thread) does not wait. */
    public void openInBackground() {
        Thread opener = new Thread(keychain::get, "keychain-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** No keychain: nothing is remembered (tests, and machines without one). */
    public static Secrets none() {
        return new Secrets((Keyring) null);
    }

    public boolean available() {
        return keychain.get().isPresent();
    }

    public Optional<Secret> get(String account) {
        Keyring keyring = keychain.get().orElse(null);
        if (keyring == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account)).map(Secret::of);
        } catch (PasswordAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores a secret; false when the OS keychain refused it (the caller tells the user). */
    public boolean put(String account, Secret secret) {
        Keyring keyring = keychain.get().orElse(null);
        if (keyring == null) {
            return false;
        }
        try {
            keyring.setPassword(SERVICE, account, secret.reveal());
            return true;
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.warn("The OS keychain refused to store a secret for {}", account);
            return false;
        }
    }

    public void delete(String account) {
        Keyring keyring = keychain.get().orElse(null);
        if (keyring == null) {
            return;
        }
        try {
            keyring.deletePassword(SERVICE, account);
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.debug("No keychain entry to delete for {}", account);
        }
    }

    /** The keychain account name of a private key's passphrase. */
    public static String keyPassphraseAccount(java.nio.file.Path key) {
        return "key-passphrase:" + key.toAbsolutePath().normalize();
    }
}
