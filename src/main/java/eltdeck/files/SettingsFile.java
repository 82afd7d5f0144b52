package eltdeck.files;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small properties file in the data directory where the app keeps a choice of the user's (window layout, what
 * closing the window does, the guide's progress). A file that cannot be read or understood is ignored and one
 * that cannot be written is logged: a lost choice is asked again, never a reason to stop what the user does.
 */
public final class SettingsFile {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    private final Path file;
    private final String what;

    /** @param what what the file holds, in words, for the log and the file's own comment */
    public SettingsFile(Path file, String what) {
        this.file = file;
        this.what = what;
    }

    /** Hands the saved values to {@code reader}; false where there are none or they cannot be read or understood. */
    public boolean load(Consumer<Properties> reader) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties saved = new Properties();
            saved.load(in);
            reader.accept(saved);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring {} in {}: {}", what, file, e.getMessage());
            return false;
        }
    }

    /** Writes the values atomically. */
    public void save(Properties values) {
        try {
            StringWriter text = new StringWriter();
            values.store(text, "ELT Deck: " + what);
            AtomicFile.writeBytes(file, text.toString().getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            LOG.warn("Could not save {} to {}: {}", what, file, e.getMessage());
        }
    }
}
