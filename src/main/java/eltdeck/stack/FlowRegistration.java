package eltdeck.stack;

import eltdeck.Face;
import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.PrefectApiException;
import eltdeck.ssh.RemoteCommand;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Registering flows as the runbook does, without a terminal: {@code git pull} in the clone on the VM, then
 * {@code python3 FILE} in the flows directory of the agent's container (found by its compose labels, no TTY), output
 * streamed. Which flows each file registered is read from the server before and after: a new version is
 * "registered", the same version "unchanged".
 */
public final class FlowRegistration {
    private static final Pattern FLOW_FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*\\.py");

    /** What one file did: the flows whose version it raised, and whether python3 exited 0. */
    public record Outcome(String file, int exitCode, List<String> registered, boolean ok) {
        public String summary() {
            if (!ok) {
                return file + ": failed (python3 exited " + exitCode + ")";
            }
            return file + ": " + (registered.isEmpty() ? "unchanged" : "registered " + String.join(", ", registered));
        }
    }

    private final StackSession session;
    private final FlowCatalog catalog;

    public FlowRegistration(StackSession session, FlowCatalog catalog) {
        this.session = session;
        this.catalog = catalog;
    }

    /** The {@code *.py} files in the agent container's flows directory. */
    public List<String> flowFiles() throws IOException {
        RemoteShell.Result r = session.shell().run(inFlowsDir(agentContainer(), "ls", "-1"), null, null);
        if (!r.ok()) {
            throw new IOException("Cannot list " + session.settings().flowsDir() + " in the agent's container: " + r.output().strip());
        }
        return r.stdout().lines().map(String::strip).filter(f -> f.endsWith(".py")).toList();
    }

    /** Pulls the repository, then runs each file; {@code files} empty means every flow file. */
    public List<Outcome> register(List<String> files, Consumer<String> output) throws IOException {
        for (String file : files) {
            if (!FLOW_FILE.matcher(file).matches()) {
                throw new IllegalArgumentException("'" + file + "' is not a flow file name in " + session.settings().flowsDir()
                        + " (a name ending in .py, no directories).");
            }
        }
        RemoteShell.Result pull = session.shell().run(session.paths().repoDir(), List.of("git", "pull", "--ff-only"), output);
        if (!pull.ok()) {
            throw new IOException("git pull failed on the VM: " + pull.output().strip()
                    + "\nIf the repository needs credentials, redeploy instead: " + Face.hint("Redeploy in the Deploy tab.",
                    "eltdeck deploy NAME."));
        }
        String container = agentContainer();
        List<String> chosen = files.isEmpty() ? flowFiles() : files;
        List<Outcome> outcomes = new ArrayList<>();
        for (String file : chosen) {
            Map<String, Integer> before = versions();
            RemoteShell.Result run = session.shell().run(inFlowsDir(container, "python3", file), null, output);
            Map<String, Integer> after = versions();
            List<String> raised = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                    .map(e -> e.getKey() + " (version " + e.getValue() + ")").sorted().toList();
            outcomes.add(new Outcome(file, run.exitCode(), raised, run.ok()));
        }
        return outcomes;
    }

    /** {@code docker exec CONTAINER sh -c 'cd FLOWS_DIR && exec COMMAND'}; a leading {@code ~} is the container user's home. */
    RemoteCommand inFlowsDir(String container, String... argv) {
        return RemoteCommand.of(argv).inDirectory(session.settings().flowsDir()).runBy("docker", "exec", container);
    }

    private String agentContainer() throws IOException {
        return AgentContainer.find(session);
    }

    private Map<String, Integer> versions() throws IOException {
        try {
            return catalog.list().stream().collect(Collectors.toMap(f -> f.project() + "/" + f.name(), Flow::version, (a, b) -> a));
        } catch (PrefectApiException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
