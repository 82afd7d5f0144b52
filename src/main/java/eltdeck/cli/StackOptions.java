package eltdeck.cli;

import eltdeck.stack.StackSettings;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/** The stack settings as options, shared by {@code stack config} and {@code profile add/edit}: only given ones apply. */
final class StackOptions {
    @Option(names = "--repo", paramLabel = "URL|ORG/NAME", description = "The git repository (a GitHub ORG/NAME or any git URL).") String repo;
    @Option(names = "--branch", description = "Branch to deploy (default main).") String branch;
    @Option(names = "--remote-dir", paramLabel = "PATH", description = "The clone on the VM (default ~/<repository name>).") String remoteDir;
    @Option(names = "--compose-dir", paramLabel = "DIR", description = "Directory of docker-compose.yml in the repository (default docker).") String composeDir;
    @Option(names = "--agent-service", paramLabel = "S", description = "The Prefect agent's compose service (default agent).") String agentService;
    @Option(names = "--flows-dir", paramLabel = "DIR", description = "The flows' directory in the agent container (default ~/flows).") String flowsDir;

    @Option(names = "--dbt-dir", paramLabel = "DIR", description = "The dbt project (folder of dbt_project.yml) in the repository (default dbt).") String dbtDir;
    @Option(names = "--dbt-container-dir", paramLabel = "PATH", description = "Where the agent container mounts the dbt project (default /root/dbt).") String dbtContainerDir;

    boolean anyGiven() {
        return Stream.of(repo, branch, remoteDir, composeDir, agentService, flowsDir, dbtDir, dbtContainerDir).anyMatch(v -> v != null);
    }

    /**
     * The given options over the current settings, validated but not saved yet (so a bad value stops the command
     * before anything is written); settings made from nothing need --repo.
     */
    StackSettings over(Optional<StackSettings> current) {
        if (current.isEmpty() && repo == null) {
            throw new IllegalArgumentException("The stack settings need --repo URL|ORG/NAME first.");
        }
        StackSettings s = current.isEmpty() ? StackSettings.forRepository(repo)
                : repo == null ? current.get() : current.get().withRepository(repo);
        s = branch == null ? s : s.withBranch(branch);
        s = remoteDir == null ? s : s.withRemoteDir(remoteDir);
        s = composeDir == null ? s : s.withComposeDir(composeDir);
        s = agentService == null ? s : s.withAgentService(agentService);
        s = flowsDir == null ? s : s.withFlowsDir(flowsDir);
        s = dbtDir == null ? s : s.withDbtDir(dbtDir);
        return dbtContainerDir == null ? s : s.withDbtContainerDir(dbtContainerDir);
    }

    static void print(StackSettings s, PrintWriter out) {
        out.println("repository:    " + s.repository() + (s.repositoryUrl().equals(s.repository()) ? "" : " (" + s.repositoryUrl() + ")"));
        out.println("branch:        " + s.branch());
        out.println("remote dir:    " + s.remoteDir());
        out.println("compose dir:   " + s.composeDir());
        out.println("agent service: " + s.agentService());
        out.println("flows dir:     " + s.flowsDir());
        out.println("dbt dir:       " + s.dbtDir() + " (in the agent: " + s.dbtContainerDir() + ")");
    }
}
