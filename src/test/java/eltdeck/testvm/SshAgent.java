package eltdeck.testvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** An {@code ssh-agent} of the test's own on a socket in a test directory, stopped by its PID. */
public final class SshAgent implements AutoCloseable {
    private final Path socket;
    private final ChildProcess process;

    private SshAgent(Path socket, ChildProcess process) {
        this.socket = socket;
        this.process = process;
    }

    public static SshAgent start(Path dir) {
        Path socket = dir.resolve("agent.sock");
        // -D keeps the agent in the foreground, so the PID we hold is the agent's.
        ChildProcess p = ChildProcess.start("ssh-agent", List.of(Prerequisites.command("ssh-agent").toString(),
                "-D", "-a", socket.toString()), dir.resolve("ssh-agent.log"));
        SshAgent agent = new SshAgent(socket, p);
        try {
            Await.until(Duration.ofSeconds(10), "ssh-agent's socket " + socket, () -> Files.exists(socket), p::output);
        } catch (AssertionError e) {
            p.stop();
            throw e;
        }
        return agent;
    }

    public Path socket() {
        return socket;
    }

    public void add(TestKeys.Key key) {
        Commands.run(List.of(Prerequisites.command("ssh-add").toString(), key.privateKey().toString()),
                Map.of("SSH_AUTH_SOCK", socket.toString()), Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        process.stop();
    }
}
