package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.ssh.ShellQuote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact command lines the stack services send to the VM, without SSH: every value is an argument of its own (a
 * path with a space stays one word), no script is built from a value, and no file content is on a line.
 */
class StackCommandLinesTest {
    private static final StackSettings SETTINGS = StackSettings.forRepository("acme/elt").withRemoteDir("~/my stack");
    private static final StackPaths PATHS = StackPaths.of(SETTINGS, "/home/u");

    @Test
    void theDeployKeyIsMadeFoundAndCheckedByItsNameInTheUsersSshDirectory() {
        DeployKey key = new DeployKey(SETTINGS);
        assertThat(key.ensureCommand().line()).isEqualTo("sh -c 'umask 077 && mkdir -p \"$HOME/.ssh\" && k=\"$HOME/.ssh/$1\""
                + " && created=no && if [ ! -f \"$k\" ]; then ssh-keygen -q -t ed25519 -N '\\'''\\'' -C \"$2\" -f \"$k\" </dev/null"
                + " && created=yes; fi && echo \"created=$created\" && cat \"$k.pub\"' sh eltdeck_deploy_elt 'eltdeck deploy key for acme/elt'");
        assertThat(key.findCommand().line()).isEqualTo("sh -c 'cat \"$HOME/.ssh/$1.pub\" 2>/dev/null' sh eltdeck_deploy_elt");
        assertThat(key.existsCommand().line()).isEqualTo("sh -c 'test -f \"$HOME/.ssh/$1\"' sh eltdeck_deploy_elt");
    }

    @Test
    void theGitHostsKnownHostsEntriesAreNamedAsArguments() {
        GitHostTrust trust = new GitHostTrust("git.example.org", 2222, java.util.Set.of());
        assertThat(trust.forgetCommand().line())
                .isEqualTo("sh -c 'ssh-keygen -R \"$1\" -f \"$HOME/.ssh/known_hosts\"' sh '[git.example.org]:2222'");
        assertThat(trust.knownCommand().line()).isEqualTo("sh -c 'test -f \"$HOME/.ssh/known_hosts\" || exit 0; ssh-keygen -F \"$1\""
                + " -f \"$HOME/.ssh/known_hosts\" || true' sh '[git.example.org]:2222'");
        assertThat(GitHostTrust.APPEND.line())
                .isEqualTo("sh -c 'umask 077 && mkdir -p \"$HOME/.ssh\" && cat >> \"$HOME/.ssh/known_hosts\"' sh");
    }

    @Test
    void homeLockAuditAndLogCommands() {
        assertThat(StackPaths.HOME.line()).isEqualTo("sh -c 'printf '\\''%s'\\'' \"$HOME\"' sh");
        assertThat(DeployLock.statusCommand(PATHS).line())
                .isEqualTo("sh -c 'cat -- \"$1/info\" 2>/dev/null' sh '/home/u/my stack/docker/.eltdeck-deploy.lock'");
        assertThat(DeployLock.breakCommand(PATHS).line()).isEqualTo("rm -rf -- '/home/u/my stack/docker/.eltdeck-deploy.lock'");
        assertThat(DeployPipeline.auditCommand(PATHS).line())
                .isEqualTo("sh -c 'cat >> \"$1\"' sh '/home/u/my stack/docker/eltdeck-deploy.log'");
        ContainerInfo agent = new ContainerInfo("0123abcd", "docker_agent_1", "docker", "agent", "agent:1", "running", "",
                "Up 1 minute", java.util.List.of());
        assertThat(StackControl.lastLogLinesCommand(agent, 20).line())
                .isEqualTo("sh -c 'exec \"$@\" 2>&1' sh docker logs --tail 20 0123abcd");
    }

    @Test
    void dbtResultsAreReadAndStampedByPath() {
        String results = "/home/u/my stack/dbt/target/run_results.json";
        assertThat(DbtRunner.readResultsCommand(results).line()).isEqualTo("sh -c 'cat \"$1\" 2>/dev/null' sh '" + results + "'");
        assertThat(DbtRunner.resultsStampCommand(results).line())
                .isEqualTo("sh -c 'stat -c '\\''%y %s %i'\\'' \"$1\" 2>/dev/null || echo none' sh '" + results + "'");
    }

    @Test
    void theDbtProjectIsReadWithTheDirectoryAndTheBatchScriptAsArguments() {
        var argv = DbtProjectFetch.command("/home/u/my stack/dbt").argv();
        assertThat(argv.subList(0, 2)).containsExactly("sh", "-c");
        assertThat(argv.get(2)).startsWith("cd \"$1\" 2>/dev/null || { echo eltdeck-no-dbt-dir; exit 3; }; ")
                .contains("-exec sh -c \"$2\" sh {} +");
        assertThat(argv.subList(3, 5)).containsExactly("sh", "/home/u/my stack/dbt");
        assertThat(argv.get(5)).endsWith("echo C; cat -- \"$@\"");
    }

    @Test
    void theEnvFilesAreReadInOneCommandWithTheirPathsAsArgumentsTheHomeLeftToTheVm() {
        String script = RemoteFiles.script("read-env-files.sh");
        assertThat(StackEnvFiles.command(StackPaths.of(SETTINGS, "~")).line()).isEqualTo("sh -c " + ShellQuote.quote(script)
                + " sh '~/my stack/docker/.env' '~/my stack/docker/docker-compose.yml' '~/my stack/docker/.env.example'"
                + " '~/my stack/.env.example'");
        assertThat(script).startsWith("# Prints files of the VM in one command").contains("for f; do");
        assertThat(StackEnvFiles.command(PATHS).argv().subList(3, 8)).containsExactly("sh", "/home/u/my stack/docker/.env",
                "/home/u/my stack/docker/docker-compose.yml", "/home/u/my stack/docker/.env.example", "/home/u/my stack/.env.example");
    }

    @Test
    void aWriteNamesThePathAndTheBackupStampButNoContent() {
        var argv = RemoteFiles.writeCommand("/home/u/my stack/docker/.env", Instant.parse("2024-05-01T10:00:00Z")).argv();
        assertThat(argv.subList(3, argv.size())).containsExactly("sh", "/home/u/my stack/docker/.env", "20240501T100000Z");
    }

    /** The lock's status and break commands, run by a real /bin/sh on a lock directory whose path holds a space. */
    @Test
    void theLockCommandsWorkOnAPathWithASpace(@TempDir Path dir) throws Exception {
        StackPaths paths = StackPaths.of(StackSettings.forRepository("acme/elt").withRemoteDir(dir + "/my stack"), "/home/u");
        Path lock = Files.createDirectories(Path.of(paths.lockDir()));
        Files.writeString(lock.resolve("info"), "who=ann\n");

        assertThat(sh(DeployLock.statusCommand(paths).line())).isEqualTo("who=ann\n");
        sh(DeployLock.breakCommand(paths).line());
        assertThat(lock).doesNotExist();
    }

    private static String sh(String line) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/bin/sh", "-c", line).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
