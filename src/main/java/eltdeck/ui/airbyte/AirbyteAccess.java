package eltdeck.ui.airbyte;

import eltdeck.airbyte.AirbyteSettings;
import eltdeck.airbyte.AirbyteSettingsStore;
import eltdeck.profile.AirbytePasswords;
import eltdeck.profile.Secrets;
import eltdeck.secret.Secret;
import eltdeck.store.Database;
import java.util.Optional;

/**
 * A profile's Airbyte settings (in the database) and password (in the OS keychain, or this session's memory where
 * there is none). All calls block: background only.
 */
public interface AirbyteAccess {
    AirbyteSettings settings(String profile) throws Exception;

    void setSettings(String profile, AirbyteSettings settings) throws Exception;

    Optional<Secret> password(String profile) throws Exception;

    /** Keeps the password; true when the OS keychain holds it, false when only this session does. */
    boolean setPassword(String profile, Secret password) throws Exception;

    /** Removes the password from the keychain and this session. */
    void forgetPassword(String profile) throws Exception;

    static AirbyteAccess using(Database db, Secrets secrets) {
        AirbyteSettingsStore store = new AirbyteSettingsStore(db);
        AirbytePasswords passwords = new AirbytePasswords(secrets);
        return new AirbyteAccess() {
            @Override
            public AirbyteSettings settings(String profile) {
                return store.get(profile);
            }

            @Override
            public void setSettings(String profile, AirbyteSettings settings) {
                store.set(profile, settings);
            }

            @Override
            public Optional<Secret> password(String profile) {
                return passwords.get(profile);
            }

            @Override
            public boolean setPassword(String profile, Secret password) {
                return passwords.set(profile, password);
            }

            @Override
            public void forgetPassword(String profile) {
                passwords.clear(profile);
            }
        };
    }
}
