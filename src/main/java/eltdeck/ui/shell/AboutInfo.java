package eltdeck.ui.shell;

import eltdeck.BuildInfo;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What Help › About shows and copies: this build, the runtimes it runs on, and where its files are. */
record AboutInfo(BuildInfo build, String java, String javafx, String os, Path dataDirectory, Optional<Path> logFile) {

    static AboutInfo current(Path dataDirectory) {
        return new AboutInfo(BuildInfo.current(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("javafx.runtime.version", "unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                dataDirectory, LogFile.current());
    }

    /** Caption and value, in the order shown. */
    Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("Version", build.version());
        rows.put("Commit", build.commit() + (build.dirty() ? " (with uncommitted changes)" : ""));
        rows.put("Java", java);
        rows.put("JavaFX", javafx);
        rows.put("Operating system", os);
        rows.put("Data directory", dataDirectory.toString());
        rows.put("Log file", logFile.map(Path::toString).orElse(LogFile.CONSOLE_ONLY));
        return rows;
    }

    /** The rows as plain text, for a bug report. */
    String text() {
        StringBuilder text = new StringBuilder(EltDeckApp.TITLE).append('\n');
        rows().forEach((caption, value) -> text.append(caption).append(": ").append(value).append('\n'));
        return text.toString();
    }
}
