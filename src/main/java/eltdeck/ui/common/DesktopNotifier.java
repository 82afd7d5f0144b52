package eltdeck.ui.common;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a notification on the desktop with the tool the operating system offers: {@code notify-send} (libnotify)
 * on Linux and other Unix desktops, {@code osascript} on macOS, a PowerShell toast on Windows. The text always
 * travels as its own argument (or, for PowerShell, environment variable), never inside a shell line or a script,
 * so nothing in it needs escaping. Where no tool is found, {@link #show} does nothing and says so.
 */
public final class DesktopNotifier {
    static final String TITLE_VARIABLE = "ELTDECK_NOTICE_TITLE";
    static final String BODY_VARIABLE = "ELTDECK_NOTICE_BODY";
    /** PowerShell's own app id: a toast from an id Windows does not know is dropped without a word. */
    private static final String POWERSHELL_APP_ID = "{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe";
    private static final String TOAST_SCRIPT = String.join("; ",
            "$m = [Windows.UI.Notifications.ToastNotificationManager, Windows.UI.Notifications, ContentType = WindowsRuntime]",
            "$x = $m::GetTemplateContent([Windows.UI.Notifications.ToastTemplateType]::ToastText02)",
            "$t = $x.GetElementsByTagName('text')",
            "$null = $t.Item(0).AppendChild($x.CreateTextNode($env:" + TITLE_VARIABLE + "))",
            "$null = $t.Item(1).AppendChild($x.CreateTextNode($env:" + BODY_VARIABLE + "))",
            "$m::CreateToastNotifier('" + POWERSHELL_APP_ID + "').Show([Windows.UI.Notifications.ToastNotification]::new($x))");
    private static final long TOOL_TIMEOUT_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);

    /** Shows nothing: for machines without a tool (and tests, which must not pop anything up). */
    public static final DesktopNotifier SILENT = new DesktopNotifier(null, null);

    private final Kind kind;
    private final Path tool;

    private DesktopNotifier(Kind kind, Path tool) {
        this.kind = kind;
        this.tool = tool;
    }

    /** A tool's command line for one notification: the arguments, and variables added to its environment. */
    record Command(List<String> argv, Map<String, String> environment) {
    }

    private enum Kind { NOTIFY_SEND, OSASCRIPT, POWERSHELL }

    /** The notifier of this machine, chosen by {@code os.name} and what is on {@code PATH}. */
    public static DesktopNotifier forThisMachine() {
        return choose(System.getProperty("os.name", ""), onPath(System.getenv("PATH")));
    }

    /** @param find the executable of a tool by its file name, if there is one */
    static DesktopNotifier choose(String osName, Function<String, Optional<Path>> find) {
        String os = osName.toLowerCase(Locale.ROOT);
        Kind kind = os.contains("mac") ? Kind.OSASCRIPT : os.contains("win") ? Kind.POWERSHELL : Kind.NOTIFY_SEND;
        String name = switch (kind) {
            case OSASCRIPT -> "osascript";
            case POWERSHELL -> "powershell.exe";
            case NOTIFY_SEND -> "notify-send";
        };
        return find.apply(name).map(path -> new DesktopNotifier(kind, path)).orElse(SILENT);
    }

    /** Looks a file name up in the directories of a {@code PATH} value, as a shell would. */
    public static Function<String, Optional<Path>> onPath(String path) {
        List<String> dirs = path == null ? List.of() : List.of(path.split(File.pathSeparator));
        return name -> dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d).resolve(name))
                .filter(Files::isExecutable).findFirst();
    }

    /** Whether notifications reach the desktop here. */
    public boolean available() {
        return kind != null;
    }

    /** The command that shows {@code title} and {@code body}; empty where no tool was found. */
    Optional<Command> command(String title, String body) {
        if (kind == null) {
            return Optional.empty();
        }
        String program = tool.toString();
        return Optional.of(switch (kind) {
            case NOTIFY_SEND -> new Command(List.of(program, "--app-name=" + Labels.APP_NAME, "--", title, body), Map.of());
            // The script reads the text from its own arguments (argv), so no quote in it can end a string.
            case OSASCRIPT -> new Command(List.of(program,
                    "-e", "on run argv",
                    "-e", "display notification (item 2 of argv) with title (item 1 of argv)",
                    "-e", "end run", title, body), Map.of());
            case POWERSHELL -> new Command(List.of(program, "-NoProfile", "-NonInteractive", "-Command", TOAST_SCRIPT),
                    Map.of(TITLE_VARIABLE, title, BODY_VARIABLE, body));
        });
    }

    /**
     * Hands the notification to the tool on a thread of its own and returns at once: true when a tool takes it,
     * false when there is none (the caller's in-app notice is then all there is).
     */
    public boolean show(String title, String body) {
        Optional<Command> command = command(title, body);
        command.ifPresent(c -> {
            Thread runner = new Thread(() -> run(c), "desktop-notice");
            runner.setDaemon(true);
            runner.start();
        });
        return command.isPresent();
    }

    private static void run(Command command) {
        ProcessBuilder builder = new ProcessBuilder(command.argv()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(command.environment());
        try {
            Process process = builder.start();
            if (!process.waitFor(TOOL_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                LOG.warn("{} did not finish within {} s; the notice stays in the window only",
                        command.argv().get(0), TOOL_TIMEOUT_SECONDS);
            } else if (process.exitValue() != 0) {
                LOG.warn("{} failed (exit {}); the notice stays in the window only", command.argv().get(0), process.exitValue());
            }
        } catch (IOException e) {
            LOG.warn("Cannot start {}: {}; the notice stays in the window only", command.argv().get(0), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
