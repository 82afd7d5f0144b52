package eltdeck.stack;

import eltdeck.dbt.DbtExitCode;
import eltdeck.dbt.RunResults;
import eltdeck.ssh.RemoteCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Runs {@code dbt build|run|test [--select …]} in the agent's container as the flow does ({@code cd} to the project,
 * {@code --profiles-dir} the project), without a TTY, output streamed; then reads run_results.json again.
 * {@link #cancel} interrupts dbt inside the container (SIGINT, as Ctrl-C: dbt cancels its queries and exits 2),
 * since ending {@code docker exec} on the VM would leave dbt running.
 */
public final class DbtRunner {
    /** How long dbt has to stop after Ctrl-C before it and the {@code docker exec} are terminated. */
    private static final Duration GRACE = Duration.ofSeconds(10);
    /** A dbt node selector: names, {@code tag:x}, {@code path:a/b}, graph operators {@code + @ *}, unions by space. */
    private static final Pattern SELECTOR = Pattern.compile("[A-Za-z0-9_.+*@:/,=-]+");

    public enum Command {
        BUILD, RUN, TEST;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Command of(String word) {
            for (Command c : values()) {
                if (c.word().equals(word)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("'" + word + "' is not a dbt command the console runs: use build, run or test.");
        }
    }

    /**
     * How a run ended: dbt's exit code and what it means, and the results read afterwards ({@code fresh} false when
     * dbt wrote none this time, e.g. it failed before running a node).
     */
    public record Outcome(int exitCode, boolean cancelled, Optional<RunResults> results, boolean fresh) {
        public String explanation() {
            return (cancelled ? "Cancelled. " : "") + DbtExitCode.explain(exitCode);
        }
    }

    private final StackSession session;
    private final String pidFile = "/tmp/eltdeck-dbt-" + UUID.randomUUID() + ".pid";
    private volatile String container;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean cancelled;

    public DbtRunner(StackSession session) {
        this.session = session;
    }

    /** The selection split into selectors; refuses anything that is not one, before anything runs. */
    public static List<String> selectors(String selection) {
        if (selection == null || selection.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String part : selection.strip().split("\\s+")) {
            if (!SELECTOR.matcher(part).matches()) {
                throw new IllegalArgumentException("'" + part + "' is not a dbt selector: use model names, tag:NAME,"
                        + " path:DIR, source:NAME, graph operators (+model, model+, @model) and spaces between them.");
            }
            out.add(part);
        }
        return List.copyOf(out);
    }

    /** {@code docker exec C sh -c 'echo $$ > PIDFILE; cd DIR && exec dbt CMD --profiles-dir DIR [--select S…]'}. */
    RemoteCommand dockerExec(String containerId, Command command, List<String> selectors) {
        String dir = session.settings().dbtContainerDir();
        List<String> args = new ArrayList<>(List.of(pidFile, dir, "dbt", command.word(), "--profiles-dir", dir));
        if (!selectors.isEmpty()) {
            args.add("--select");
            args.addAll(selectors);
        }
        return RemoteCommand.script("echo $$ > \"$1\"; cd \"$2\" && shift 2 && exec \"$@\"", args)
                .runBy("docker", "exec", containerId);
    }

    public Outcome run(Command command, String selection, Consumer<String> output) throws IOException {
        List<String> selectors = selectors(selection);
        container = AgentContainer.find(session);
        if (cancelled) {
            throw new CancellationException("Cancelled before dbt started.");
        }
        try {
            String before = resultsStamp();
            RemoteShell.Result run = session.shell().run(dockerExec(container, command, selectors), null, output);
            session.shell().run(List.of("docker", "exec", container, "rm", "-f", pidFile), null);
            boolean fresh = !resultsStamp().equals(before);
            return new Outcome(run.exitCode(), cancelled, readResults(), fresh);
        } finally {
            finished.countDown();
        }
    }

    /**
     * Interrupts dbt in the container (SIGINT); if it has not ended {@link #GRACE} later, terminates it and the
     * {@code docker exec} on the VM.
     */
    public void cancel() {
        cancelled = true;
        String id = container;
        if (id == null) {
            return;
        }
        signal(id, "INT");
        Thread escalate = new Thread(() -> {
            try {
                if (!finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    signal(id, "TERM");
                    session.shell().stopRunning();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "dbt-cancel");
        escalate.setDaemon(true);
        escalate.start();
    }

    private void signal(String containerId, String signal) {
        try {
            session.link().exec(signalCommand(containerId, signal), OutputStream.nullOutputStream(),
                    OutputStream.nullOutputStream(), false);
        } catch (IOException e) {
            session.shell().stopRunning(); // no way into the container: at least end the command on the VM
        }
    }

    /** {@code docker exec C sh -c 'kill -SIGNAL "$(cat PIDFILE)"'}: the signal reaches dbt, whose PID the run wrote. */
    RemoteCommand signalCommand(String containerId, String signal) {
        return RemoteCommand.script("kill -\"$1\" \"$(cat \"$2\")\" 2>/dev/null", signal, pidFile).runBy("docker", "exec", containerId);
    }

    /** The last run's results as dbt left them in the project's target/ on the VM; empty when there are none. */
    public Optional<RunResults> readResults() throws IOException {
        RemoteShell.Result cat = session.shell().run(readResultsCommand(resultsFile()), null, null);
        return cat.ok() && !cat.stdout().isBlank() ? Optional.of(RunResults.parse(cat.stdout())) : Optional.empty();
    }

    private String resultsFile() {
        return DbtProjectFetch.projectDir(session) + "/target/run_results.json";
    }

    /** The results file's modification time and size, to tell whether a run wrote new results. */
    private String resultsStamp() throws IOException {
        return session.shell().run(resultsStampCommand(resultsFile()), null, null).stdout().strip();
    }

    static RemoteCommand readResultsCommand(String resultsFile) {
        return RemoteCommand.script("cat \"$1\" 2>/dev/null", resultsFile);
    }

    /** Prints the file's modification time, size and inode, or {@code none}. */
    static RemoteCommand resultsStampCommand(String resultsFile) {
        return RemoteCommand.script("stat -c '%y %s %i' \"$1\" 2>/dev/null || echo none", resultsFile);
    }
}
