package eltdeck.bench;

import eltdeck.testvm.Await;
import eltdeck.testvm.OpenSshd;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user would type instead of opening the .env tab: OpenSSH's {@code ssh USER@HOST COMMAND}, with a connection of
 * its own each time or over a ControlMaster connection kept open ({@link #startMaster}). No machine or user
 * config ({@code -F none}), the test key only, the host key checked.
 */
final class OpenSshClient implements AutoCloseable {
    private final List<String> options;
    private final String destination;
    private final Path controlSocket;
    private final Path log;
    private Process master;

    OpenSshClient(OpenSshd sshd, String user, Path key, Path knownHosts, Path dir) {
        this.options = List.of("-F", "none", "-p", String.valueOf(sshd.port()), "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts, "-o", "IdentitiesOnly=yes",
                "-i", key.toString());
        this.destination = user + "@" + sshd.host();
        this.controlSocket = dir.resolve("control-" + user);
        this.log = dir.resolve("ssh-" + user + ".log");
    }

    /** Runs {@code command} on a new connection; returns its stdout. */
    byte[] run(String command) throws IOException, InterruptedException {
        return exec(List.of(), command);
    }

    /** Runs {@code command} as a session of the master connection; returns its stdout. */
    byte[] runShared(String command) throws IOException, InterruptedException {
        return exec(List.of("-S", controlSocket.toString()), command);
    }

    /** Starts the ControlMaster connection (its process is this object's: {@link #close} ends it). */
    void startMaster() throws IOException {
        List<String> argv = new ArrayList<>(List.of("ssh", "-M", "-N", "-S", controlSocket.toString()));
        argv.addAll(options);
        argv.add(destination);
        master = new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Await.until(Duration.ofSeconds(30), "the ControlMaster's socket", () -> Files.exists(controlSocket) || !master.isAlive());
        if (!master.isAlive()) {
            throw new IOException("The ControlMaster connection ended: " + Files.readString(log));
        }
    }

    private byte[] exec(List<String> extra, String command) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("ssh"));
        argv.addAll(extra);
        argv.addAll(options);
        argv.addAll(List.of(destination, command));
        Process p = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
            throw new IOException("`ssh ... " + command + "` exited " + p.exitValue() + ": " + Files.readString(log));
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        if (master != null) {
            master.destroy();
            master.waitFor();
        }
    }
}
