package eltdeck.ui.shell;

import eltdeck.files.SettingsFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * What closing the window does while tunnels are up, as the user chose it, and whether they were told once that
 * the tunnels keep running: {@code background.properties} in the data directory. A file that cannot be read gives
 * the defaults (ask; not told yet).
 */
final class BackgroundSettings {
    /** The answer to "keep the tunnels when the window closes?". */
    enum WhenClosed { ASK, KEEP, QUIT }

    private static final String FILE = "background.properties";

    private final SettingsFile file;
    private WhenClosed whenClosed = WhenClosed.ASK;
    private boolean told;

    private BackgroundSettings(Path file) {
        this.file = new SettingsFile(file, "what closing the window does while tunnels are up");
    }

    static BackgroundSettings in(Path home) {
        BackgroundSettings settings = new BackgroundSettings(home.resolve(FILE));
        settings.file.load(saved -> {
            settings.whenClosed = WhenClosed.valueOf(saved.getProperty("whenClosed", "ask").toUpperCase(Locale.ROOT));
            settings.told = Boolean.parseBoolean(saved.getProperty("told", "false"));
        });
        return settings;
    }

    WhenClosed whenClosed() {
        return whenClosed;
    }

    void setWhenClosed(WhenClosed next) {
        whenClosed = next;
        save();
    }

    /** Whether the user has been told that closing the window keeps the tunnels running. */
    boolean told() {
        return told;
    }

    void setTold() {
        told = true;
        save();
    }

    private void save() {
        Properties out = new Properties();
        out.setProperty("whenClosed", whenClosed.name().toLowerCase(Locale.ROOT));
        out.setProperty("told", Boolean.toString(told));
        file.save(out);
    }
}
