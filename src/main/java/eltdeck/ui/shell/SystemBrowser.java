package eltdeck.ui.shell;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Opens a page in the user's browser through the system's launcher ({@code xdg-open} and its kin, {@code open},
 * {@code rundll32}), and says why when none could: JavaFX's own {@code showDocument} only prints a failure on the
 * terminal, where a window user never sees it. A launcher that ends with an error makes way for the next one found.
 */
public final class SystemBrowser {
    private final List<List<String>> launchers;
    private final String path;

    /** @param launchers the commands to try in order, the URL appended; @param path where to find them (like PATH) */
    public SystemBrowser(List<List<String>> launchers, String path) {
        this.launchers = List.copyOf(launchers);
        this.path = path;
    }

    /** The launchers of this operating system, found on this process's PATH. */
    static SystemBrowser forThisComputer() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<List<String>> launchers;
        if (os.startsWith("mac")) {
            launchers = List.of(List.of("open"));
        } else if (os.startsWith("windows")) {
            launchers = List.of(List.of("rundll32", "url.dll,FileProtocolHandler"));
        } else {
            launchers = List.of(List.of("xdg-open"), List.of("gio", "open"), List.of("sensible-browser"),
                    List.of("x-www-browser"), List.of("firefox"), List.of("chromium"), List.of("google-chrome"));
        }
        return new SystemBrowser(launchers, Optional.ofNullable(System.getenv("PATH")).orElse(""));
    }

    /**
     * Starts opening {@code url}; returns at once. {@code failed} gets the reason (on a background thread) when no
     * launcher is there or every one found ended with an error.
     */
    void open(String url, Consumer<String> failed) {
        List<List<String>> found = new ArrayList<>();
        for (List<String> launcher : launchers) {
            locate(launcher.get(0)).ifPresent(program -> {
                List<String> command = new ArrayList<>(launcher);
                command.set(0, program.toString());
                command.add(url);
                found.add(command);
            });
        }
        if (found.isEmpty()) {
            failed.accept("No browser launcher was found on this computer (looked for "
                    + String.join(", ", launchers.stream().map(l -> l.get(0)).toList()) + ").");
            return;
        }
        Thread attempt = new Thread(() -> tryInTurn(found, failed), "open-browser");
        attempt.setDaemon(true);
        attempt.start();
    }

    /** A launcher may wait for the browser it started, so each one is waited for here, off the FX thread. */
    private static void tryInTurn(List<List<String>> commands, Consumer<String> failed) {
        String last = "";
        for (List<String> command : commands) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output;
                try (InputStream out = process.getInputStream()) {
                    output = new String(out.readAllBytes(), StandardCharsets.UTF_8).strip();
                }
                int code = process.waitFor();
                if (code == 0) {
                    return;
                }
                last = new File(command.get(0)).getName() + " ended with code " + code + (output.isEmpty() ? "" : ": " + output);
            } catch (IOException e) {
                last = new File(command.get(0)).getName() + " could not start: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        failed.accept("The browser did not open (" + last + ").");
    }

    private Optional<Path> locate(String program) {
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            for (String name : List.of(program, program + ".exe")) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
