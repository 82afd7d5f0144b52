package eltdeck.profile;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets (key passphrases, later tokens) in the OS keychain. Where the OS has none, nothing is kept
 * and {@link #available()} says so: secrets are never written anywhere else.
 */
public class Secrets {
    private static final Logger LOG = LoggerFactory.getLogger(Secrets.class);
    private static final String SERVICE = "ELT Deck";

    private final Keyring keyring;

    protected Secrets(Keyring keyring) {
        this.keyring = keyring;
    }

    public static Secrets system() {
        try {
            return new Secrets(Keyring.create());
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.info("No OS keychain available ({}); secrets are kept in memory only", e.getClass().getSimpleName());
            return new Secrets(null);
        }
    }

    /** No keychain: nothing is remembered (tests, and machines without one). */
    public static Secrets none() {
        return new Secrets(null);
    }

    public boolean available() {
        return keyring != null;
    }

    public Optional<String> get(String account) {
        if (keyring == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, account));
        } catch (PasswordAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Stores a secret; false when the OS keychain refused it (the caller tells the user). */
    public boolean put(String account, String secret) {
        if (keyring == null) {
            return false;
        }
        try {
            keyring.setPassword(SERVICE, account, secret);
            return true;
        } catch (PasswordAccessException | RuntimeException e) {
            LOG.warn("The OS keychain refused to store a secret for {}", account);
            return false;
        }
    }

    public void delete(String account) {
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
