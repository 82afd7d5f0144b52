package eltdeck.ui.shell;

import eltdeck.files.SettingsFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the user told the getting-started guide: closed (skipped, or finished and put away) and the steps skipped,
 * kept in {@code guide.properties} in the data directory. A file that cannot be read counts as a fresh start.
 */
final class GuideSettings {
    private static final String FILE = "guide.properties";

    private final SettingsFile file;
    private boolean recorded;
    private boolean closed;
    private final Set<GuideStep> skipped = EnumSet.noneOf(GuideStep.class);

    private GuideSettings(Path file) {
        this.file = new SettingsFile(file, "the getting-started guide's progress");
    }

    static GuideSettings in(Path home) {
        GuideSettings settings = new GuideSettings(home.resolve(FILE));
        settings.recorded = settings.file.load(saved -> {
            settings.closed = Boolean.parseBoolean(saved.getProperty("closed", "false"));
            Arrays.stream(saved.getProperty("skipped", "").split(",")).filter(s -> !s.isBlank())
                    .map(String::trim).map(GuideStep::valueOf).forEach(settings.skipped::add);
        });
        return settings;
    }

    /** Whether the guide has been seen in this data directory before (else this is its first start here). */
    synchronized boolean recorded() {
        return recorded;
    }

    synchronized boolean closed() {
        return closed;
    }

    synchronized Set<GuideStep> skipped() {
        return EnumSet.copyOf(skipped);
    }

    /** Takes the new state (on the UI thread); {@link #write} saves it. */
    synchronized void remember(boolean isClosed, Set<GuideStep> skippedSteps) {
        recorded = true;
        closed = isClosed;
        skipped.clear();
        skipped.addAll(skippedSteps);
    }

    /**
     * Saves the state last remembered, whichever write runs last, so writes may run in any order. A failure is
     * logged: the guide then shows again at the next start.
     */
    synchronized void write() {
        Properties out = new Properties();
        out.setProperty("closed", Boolean.toString(closed));
        out.setProperty("skipped", skipped.stream().map(Enum::name).collect(Collectors.joining(",")));
        file.save(out);
    }
}
