package eltdeck.ssh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A command for the VM, held as its argument list and turned into a command line only by {@link #line()}, the one
 * place that quotes (as Kamal does), so that a test can assert the exact line without SSH and no value can inject
 * shell. Shell features (pipes, redirections, {@code $HOME}) come from a constant script run as
 * {@code sh -c SCRIPT sh ARG...}, where every value is a positional argument. Secrets never go here: they travel
 * on the command's stdin.
 */
public final class RemoteCommand {
    private final List<String> argv;
    private final String pidMarker;

    private RemoteCommand(List<String> argv, String pidMarker) {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("No command given.");
        }
        this.argv = List.copyOf(argv);
        this.pidMarker = pidMarker;
    }

    /** The program and its arguments, each quoted on the line. */
    public static RemoteCommand of(String... argv) {
        return of(Arrays.asList(argv));
    }

    public static RemoteCommand of(List<String> argv) {
        return new RemoteCommand(argv, null);
    }

    /** {@code sh -c SCRIPT sh ARG...}: the script reads its values as {@code "$1"}, {@code "$2"}, … or {@code "$@"}. */
    public static RemoteCommand script(String script, String... args) {
        return script(script, Arrays.asList(args));
    }

    public static RemoteCommand script(String script, List<String> args) {
        List<String> argv = new ArrayList<>(List.of("sh", "-c", script, "sh"));
        argv.addAll(args);
        return of(argv);
    }

    /**
     * A command line the user typed, run by the user's login shell as {@code ssh HOST LINE} runs it; only for lines
     * a person wrote, never for one built from values.
     */
    public static RemoteCommand typedLine(String line) {
        return script("exec \"${SHELL:-sh}\" -c \"$1\"", line);
    }

    /**
     * This command run in directory {@code dir}; it does not run when there is no such directory. A leading {@code ~}
     * is the home directory of whoever runs the command, as in a shell.
     */
    public RemoteCommand inDirectory(String dir) {
        boolean inHome = dir.equals("~") || dir.startsWith("~/");
        List<String> args = new ArrayList<>(List.of(inHome ? dir.substring(Math.min(2, dir.length())) : dir));
        args.addAll(argv);
        String cd = inHome ? "cd ~/\"$1\"" : "cd \"$1\"";
        return new RemoteCommand(script(cd + " && shift && exec \"$@\"", args).argv, pidMarker);
    }

    /** This command with its stderr joined to its stdout, for a reader that shows both as one stream. */
    public RemoteCommand mergingStderr() {
        return new RemoteCommand(script("exec \"$@\" 2>&1", argv).argv, pidMarker);
    }

    /** This command run by another one, e.g. {@code docker exec CONTAINER} followed by this command's arguments. */
    public RemoteCommand runBy(String... launcher) {
        List<String> all = new ArrayList<>(Arrays.asList(launcher));
        all.addAll(argv);
        return new RemoteCommand(all, pidMarker);
    }

    /**
     * This command, preceded by the login shell printing {@code marker} and its PID on a line of its own. sshd makes
     * each session's shell a process group leader, so that PID names the group of everything the command starts,
     * which {@code kill -TERM -- -PID} ends.
     */
    public RemoteCommand reportingProcessGroup(String marker) {
        return new RemoteCommand(argv, marker);
    }

    public List<String> argv() {
        return argv;
    }

    /** The command line sshd hands to the login shell. */
    public String line() {
        String command = ShellQuote.join(argv);
        return pidMarker == null ? command : "printf " + ShellQuote.quote(pidMarker + "%s\\n") + " $$; " + command;
    }

    @Override
    public String toString() {
        return line();
    }
}
