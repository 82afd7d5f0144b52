package eltdeck.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where ELT Deck keeps its database and logs: ELTDECK_HOME, else the OS's per-user data directory. */
public final class AppHome {
    public static final String ENV_VAR = "ELTDECK_HOME";

    private AppHome() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path resolve(Map<String, String> env, String osName, Path userHome) {
        String override = env.get(ENV_VAR);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("ELT Deck");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("ELT Deck");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("eltdeck");
    }

    /** Creates the directory (owner-only where the OS allows) and returns it. */
    public static Path ensure(Path home) {
        try {
            Files.createDirectories(home);
            home.toFile().setReadable(false, false);
            home.toFile().setReadable(true, true);
            home.toFile().setWritable(false, false);
            home.toFile().setWritable(true, true);
            home.toFile().setExecutable(false, false);
            home.toFile().setExecutable(true, true);
            return home;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot create the ELT Deck data directory " + home
                    + ": " + e.getMessage() + ". Set " + ENV_VAR + " to a writable directory.", e);
        }
    }
}
