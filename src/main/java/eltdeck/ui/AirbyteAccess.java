package eltdeck.ui;

import eltdeck.airbyte.AirbyteSettings;
import eltdeck.profile.AirbytePasswords;
import eltdeck.profile.Secrets;
import eltdeck.secret.Secret;
import eltdeck.store.AirbyteSettingsStore;
import eltdeck.store.Database;
import java.util.Optional;

/**
 * A profile's Airbyte settings (in the database) and password (in the OS keychain, or this session's memory where
 * there is none). All calls block: background only.
 */
public interface AirbyteAccess {
    /** The defaults and no password (view-model tests that set nothing). */
    AirbyteAccess NONE = new AirbyteAccess() {
        @Override
        public AirbyteSettings settings(String profile) {
            return AirbyteSettings.DEFAULT;
        }

        @Override
        public void setSettings(String profile, AirbyteSettings settings) {
            throw new IllegalStateException("No database to store the Airbyte settings in");
        }

        @Override
        public Optional<Secret> password(String profile) {
            return Optional.empty();
        }

        @Override
        public boolean setPassword(String profile, Secret password) {
            throw new IllegalStateException("No keychain to keep the Airbyte password in");
        }

        @Override
        public void forgetPassword(String profile) {
            // Nothing is kept.
        }
    };

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
