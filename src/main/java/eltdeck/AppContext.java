package eltdeck;

import eltdeck.profile.ProfileStore;
import eltdeck.profile.Secrets;
import eltdeck.store.AppHome;
import eltdeck.store.Database;
import java.nio.file.Path;

/** The services both faces (GUI and CLI) share, wired once from the data directory. */
public final class AppContext {
    private final Path home;
    private final Database database;
    private final ProfileStore profiles;
    private final Secrets secrets;

    private AppContext(Path home, Database database, Secrets secrets) {
        this.home = home;
        this.database = database;
        this.profiles = new ProfileStore(database, secrets);
        this.secrets = secrets;
    }

    /** Opens (and migrates) the database in {@code home}; the OS keychain if there is one. */
    public static AppContext open(Path home) {
        return open(home, Secrets.system());
    }

    public static AppContext open(Path home, Secrets secrets) {
        AppHome.ensure(home);
        return new AppContext(home, Database.open(home.resolve("eltdeck.db")), secrets);
    }

    public Path home() {
        return home;
    }

    public Database database() {
        return database;
    }

    public ProfileStore profiles() {
        return profiles;
    }

    public Secrets secrets() {
        return secrets;
    }
}
