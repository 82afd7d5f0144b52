package eltdeck.stack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a profile's stack comes from and lives on the VM.
 *
 * @param repository a git URL (a GitHub {@code org/name} is turned into its https URL by {@link #repositoryUrl})
 * @param remoteDir  the clone on the VM; {@code ~/} means the login user's home
 * @param composeDir the directory in the repository holding docker-compose.yml and .env
 * @param flowsDir   where the flows are mounted in the agent container
 * @param dbtDir     the dbt project (the folder of dbt_project.yml) in the repository
 * @param dbtContainerDir where the compose file mounts that folder in the agent container
 */
public record StackSettings(String repository, String branch, String remoteDir, String composeDir, String agentService,
                            String flowsDir, String dbtDir, String dbtContainerDir) {
    private static final Pattern GITHUB_SHORT = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    public static final String DEFAULT_BRANCH = "main";
    public static final String DEFAULT_COMPOSE_DIR = "docker";
    public static final String DEFAULT_AGENT_SERVICE = "agent";
    public static final String DEFAULT_FLOWS_DIR = "~/flows";
    public static final String DEFAULT_DBT_DIR = "dbt";
    public static final String DEFAULT_DBT_CONTAINER_DIR = "/root/dbt";

    public StackSettings {
        Map<String, String> problems = problems(repository, branch, remoteDir, composeDir, agentService, flowsDir, dbtDir,
                dbtContainerDir);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems.values()));
        }
    }

    /**
     * Every problem of these values at once, by the name of the record's component it is about (so a form can show
     * each on its field), in the components' order; empty when they make valid settings.
     */
    public static Map<String, String> problems(String repository, String branch, String remoteDir, String composeDir,
                                               String agentService, String flowsDir, String dbtDir, String dbtContainerDir) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "repository", repository != null && !repository.isBlank(),
                "A repository is needed: a git URL or a GitHub ORG/NAME.");
        check(problems, "branch", branch != null && SAFE_NAME.matcher(branch.replace('/', '-')).matches(),
                "The branch name '" + branch + "' is not a valid git branch name.");
        check(problems, "remoteDir", remoteDir != null && !remoteDir.isBlank(), "The directory on the VM must not be empty.");
        check(problems, "composeDir", composeDir != null && !composeDir.startsWith("/") && !composeDir.contains(".."),
                "The compose directory must be a path inside the repository, without '..'.");
        check(problems, "agentService", agentService != null && SAFE_NAME.matcher(agentService).matches(),
                "The agent service name '" + agentService + "' is not a compose service name.");
        check(problems, "flowsDir", flowsDir != null && !flowsDir.isBlank(), "The flows directory must not be empty.");
        check(problems, "dbtDir", dbtDir != null && !dbtDir.startsWith("/") && !dbtDir.contains(".."),
                "The dbt directory must be a path inside the repository, without '..'.");
        check(problems, "dbtContainerDir", dbtContainerDir != null && dbtContainerDir.startsWith("/")
                && !dbtContainerDir.contains(".."),
                "The dbt directory in the agent container must be an absolute path (e.g. /root/dbt), without '..'.");
        return problems;
    }

    /** The clone's default place on the VM: {@code ~/} and the repository's name. */
    public static String defaultRemoteDir(String repository) {
        return "~/" + repositoryName(repository);
    }

    /** The settings for {@code repository} with every other field at its default. */
    public static StackSettings forRepository(String repository) {
        return new StackSettings(repository, DEFAULT_BRANCH, defaultRemoteDir(repository), DEFAULT_COMPOSE_DIR,
                DEFAULT_AGENT_SERVICE, DEFAULT_FLOWS_DIR, DEFAULT_DBT_DIR, DEFAULT_DBT_CONTAINER_DIR);
    }

    /** What git clones: the URL as given, or GitHub's https URL for {@code org/name}. */
    public String repositoryUrl() {
        return GITHUB_SHORT.matcher(repository).matches() ? "https://github.com/" + repository + ".git" : repository;
    }

    /** The last path segment of the repository without {@code .git}: the default directory name on the VM. */
    static String repositoryName(String repository) {
        String trimmed = repository.replaceAll("/+$", "").replaceAll("\\.git$", "");
        String name = trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')) + 1);
        return name.isEmpty() ? "stack" : name;
    }

    public StackSettings withRepository(String value) {
        return new StackSettings(value, branch, remoteDir, composeDir, agentService, flowsDir, dbtDir, dbtContainerDir);
    }

    public StackSettings withBranch(String value) {
        return new StackSettings(repository, value, remoteDir, composeDir, agentService, flowsDir, dbtDir, dbtContainerDir);
    }

    public StackSettings withRemoteDir(String value) {
        return new StackSettings(repository, branch, value, composeDir, agentService, flowsDir, dbtDir, dbtContainerDir);
    }

    public StackSettings withComposeDir(String value) {
        return new StackSettings(repository, branch, remoteDir, value, agentService, flowsDir, dbtDir, dbtContainerDir);
    }

    public StackSettings withAgentService(String value) {
        return new StackSettings(repository, branch, remoteDir, composeDir, value, flowsDir, dbtDir, dbtContainerDir);
    }

    public StackSettings withFlowsDir(String value) {
        return new StackSettings(repository, branch, remoteDir, composeDir, agentService, value, dbtDir, dbtContainerDir);
    }

    public StackSettings withDbtDir(String value) {
        return new StackSettings(repository, branch, remoteDir, composeDir, agentService, flowsDir, value, dbtContainerDir);
    }

    public StackSettings withDbtContainerDir(String value) {
        return new StackSettings(repository, branch, remoteDir, composeDir, agentService, flowsDir, dbtDir, value);
    }

    private static void check(Map<String, String> problems, String field, boolean ok, String message) {
        if (!ok) {
            problems.put(field, message);
        }
    }
}
