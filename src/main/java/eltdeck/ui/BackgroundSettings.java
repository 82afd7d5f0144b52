package eltdeck.ui;

import eltdeck.files.AtomicFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What closing the window does while tunnels are up, as the user chose it, and whether they were told once that
 * the tunnels keep running: {@code background.properties} in the data directory. A file that cannot be read gives
 * the defaults (ask; not told yet).
 */
final class BackgroundSettings {
    /** The answer to "keep the tunnels when the window closes?". */
    enum WhenClosed { ASK, KEEP, QUIT }

    private static final String FILE = "background.properties";
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundSettings.class);

    private final Path file;
    private WhenClosed whenClosed = WhenClosed.ASK;
    private boolean told;

    private BackgroundSettings(Path file) {
        this.file = file;
    }

    static BackgroundSettings in(Path home) {
        BackgroundSettings settings = new BackgroundSettings(home.resolve(FILE));
        if (Files.isRegularFile(settings.file)) {
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                Properties saved = new Properties();
                saved.load(in);
                settings.whenClosed = WhenClosed.valueOf(saved.getProperty("whenClosed", "ask").toUpperCase(Locale.ROOT));
                settings.told = Boolean.parseBoolean(saved.getProperty("told", "false"));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Ignoring {}: {}", settings.file, e.getMessage());
            }
        }
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
        try {
            StringWriter text = new StringWriter();
            out.store(text, "What closing the ELT Deck window does while tunnels are up");
            AtomicFile.writeBytes(file, text.toString().getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            LOG.warn("Could not save {}: {}", file, e.getMessage());
        }
    }
}
