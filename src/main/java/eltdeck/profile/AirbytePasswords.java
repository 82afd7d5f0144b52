package eltdeck.profile;

import eltdeck.secret.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The password of each profile's Airbyte basic-auth proxy: in the OS keychain, or where the OS has none, in memory
 * for this session only. Never anywhere else.
 */
public final class AirbytePasswords {
    private final Secrets secrets;
    private final Map<String, Secret> session = new ConcurrentHashMap<>();

    public AirbytePasswords(Secrets secrets) {
        this.secrets = secrets;
    }

    public Optional<Secret> get(String profile) {
        Secret here = session.get(profile);
        return here != null ? Optional.of(here) : secrets.get(account(profile));
    }

    /** Keeps the password; true when the keychain holds it, false when only this session does. */
    public boolean set(String profile, Secret password) {
        if (password.reveal().isEmpty() || password.isMultiLine()) {
            throw new IllegalArgumentException("An Airbyte password is one non-empty line of text.");
        }
        if (secrets.put(account(profile), password)) {
            session.remove(profile);
            return true;
        }
        session.put(profile, password);
        return false;
    }

    public void clear(String profile) {
        session.remove(profile);
        secrets.delete(account(profile));
    }

    static String account(String profile) {
        return "airbyte-password:" + profile;
    }
}
