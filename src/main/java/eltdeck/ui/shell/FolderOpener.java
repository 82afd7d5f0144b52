package eltdeck.ui.shell;

import eltdeck.ui.common.DesktopNotifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a folder in the desktop's file manager with the tool the operating system offers: {@code xdg-open} on
 * Linux and other Unix desktops, {@code open} on macOS, Explorer on Windows. Says whether that worked, so the
 * caller can offer the path instead where there is no file manager (a server, a minimal desktop).
 */
final class FolderOpener {
    private static final long TOOL_TIMEOUT_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(FolderOpener.class);

    private final Optional<Path> tool;
    private final boolean exitCodeMeansSomething;

    FolderOpener(Optional<Path> tool, boolean exitCodeMeansSomething) {
        this.tool = tool;
        this.exitCodeMeansSomething = exitCodeMeansSomething;
    }

    static FolderOpener forThisMachine() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Function<String, Optional<Path>> find = DesktopNotifier.onPath(System.getenv("PATH"));
        if (os.contains("win")) {
            // Explorer answers 1 even when it opened the folder.
            return new FolderOpener(find.apply("explorer.exe"), false);
        }
        return new FolderOpener(find.apply(os.contains("mac") ? "open" : "xdg-open"), true);
    }

    /** Blocks until the tool has answered: call it off the FX thread. True if a file manager took the folder. */
    boolean open(Path folder) {
        if (tool.isEmpty()) {
            return false;
        }
        try {
            Process process = new ProcessBuilder(List.of(tool.get().toString(), folder.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                // Still running: it is showing the folder itself.
                return true;
            }
            return !exitCodeMeansSomething || process.exitValue() == 0;
        } catch (IOException e) {
            LOG.warn("Cannot start {} to open {}: {}", tool.get(), folder, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
