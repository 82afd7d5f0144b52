package eltdeck.stack;

import eltdeck.ssh.RemoteCommand;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The running stack: its containers (found by compose labels), their logs, and stop/start/restart. */
public final class StackControl {
    public enum Action { STOP, START, RESTART }

    private static final java.util.regex.Pattern SERVICE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final RemoteShell shell;
    private final StackPaths paths;

    public StackControl(RemoteShell shell, StackPaths paths) {
        this.shell = shell;
        this.paths = paths;
    }

    /** Every container of the compose project, running or not. */
    public List<ContainerInfo> containers() throws IOException {
        RemoteShell.Result r = shell.run(psArgv(paths.composeProject(), Optional.empty(), "{{json .}}"), null);
        if (!r.ok()) {
            throw new IOException("docker ps failed on the VM: " + r.output().strip());
        }
        return ContainerListParser.parse(r.stdout());
    }

    /** The last {@code lines} lines a container printed (stdout and stderr). */
    public String lastLogLines(ContainerInfo container, int lines) throws IOException {
        return shell.run(lastLogLinesCommand(container, lines), null, null).stdout();
    }

    static RemoteCommand lastLogLinesCommand(ContainerInfo container, int lines) {
        return RemoteCommand.of("docker", "logs", "--tail", String.valueOf(lines), container.id()).mergingStderr();
    }

    /** Stops, starts or restarts the stack, or one service of it. */
    public RemoteShell.Result control(Compose compose, Action action, Optional<String> service, Consumer<String> lines)
            throws IOException {
        List<String> args = new ArrayList<>(List.of(action.name().toLowerCase(java.util.Locale.ROOT)));
        service.ifPresent(s -> {
            if (!SERVICE_NAME.matcher(s).matches()) {
                throw new IllegalArgumentException("'" + s + "' is not a compose service name.");
            }
            args.add(s);
        });
        return compose.run(args, lines);
    }

    static List<String> psArgv(String project, Optional<String> service, String format) {
        List<String> argv = new ArrayList<>(List.of("docker", "ps", "-a", "--filter",
                "label=" + ContainerListParser.PROJECT_LABEL + "=" + project));
        service.ifPresent(s -> argv.addAll(List.of("--filter", "label=" + ContainerListParser.SERVICE_LABEL + "=" + s)));
        argv.addAll(List.of("--format", format));
        return argv;
    }
}
