package eltdeck.testvm;

import eltdeck.ssh.HostKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Debian OpenSSH sshd started by the test ({@code /usr/sbin/sshd -D -e -f CONFIG}) with a config, an
 * ed25519 host key and an authorized_keys file of its own; it lets root in by key. {@link #restart()} keeps
 * port and host key. Needs root ({@link Prerequisites#requireOpenSshd()}).
 */
public final class OpenSshd implements TestSshServer {
    private final Path dir;
    private final Path config;
    private final List<String> launcher;
    private final String address;
    private final int port;
    private final HostKey hostKey;
    private ChildProcess process;
    private int starts;

    private OpenSshd(Path dir, Path config, List<String> launcher, String address, int port, HostKey hostKey) {
        this.dir = dir;
        this.config = config;
        this.launcher = launcher;
        this.address = address;
        this.port = port;
        this.hostKey = hostKey;
    }

    /** On 127.0.0.1 at a free port. */
    public static OpenSshd onLoopback(Path dir, Path authorizedKeys) {
        return start(dir, authorizedKeys, List.of(), "127.0.0.1", FreePort.find(), Map.of());
    }

    /**
     * @param launcher           what runs sshd, e.g. {@code ip netns exec NAME}; empty for this machine's network
     * @param sessionEnvironment variables every session gets (sshd's SetEnv, which overrides sshd's own, PATH included)
     */
    public static OpenSshd start(Path dir, Path authorizedKeys, List<String> launcher, String address, int port,
                                 Map<String, String> sessionEnvironment) {
        try {
            Files.createDirectories(dir);
            Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege separation directory
            Path key = dir.resolve("ssh_host_ed25519_key");
            Commands.run(Prerequisites.command("ssh-keygen").toString(), "-q", "-t", "ed25519", "-N", "", "-C", "test-vm",
                    "-f", key.toString());
            String[] pub = Files.readString(key.resolveSibling(key.getFileName() + ".pub"), StandardCharsets.US_ASCII).split(" ");
            Path config = dir.resolve("sshd_config");
            List<String> lines = new ArrayList<>(List.of(
                    "# A test VM's sshd: port, host key and authorized_keys of its own, nothing of the machine's.",
                    "Port " + port,
                    "ListenAddress " + address,
                    "HostKey " + key.toAbsolutePath(),
                    "AuthorizedKeysFile " + authorizedKeys.toAbsolutePath(),
                    "PidFile none",
                    "# The test's files live in world-writable /tmp.",
                    "StrictModes no",
                    "UsePAM no",
                    "PermitRootLogin prohibit-password",
                    "PubkeyAuthentication yes",
                    "PasswordAuthentication no",
                    "KbdInteractiveAuthentication no",
                    "AllowTcpForwarding yes",
                    "X11Forwarding no",
                    "PrintMotd no",
                    "UseDNS no",
                    "MaxStartups 100"));
            if (!sessionEnvironment.isEmpty()) {
                // One line for all: sshd takes the first SetEnv line only.
                lines.add("SetEnv " + String.join(" ", sessionEnvironment.entrySet().stream()
                        .map(e -> setEnvArgument(e.getKey(), e.getValue())).sorted().toList()));
            }
            Files.write(config, lines, StandardCharsets.US_ASCII);
            OpenSshd sshd = new OpenSshd(dir, config, List.copyOf(launcher), address, port, HostKey.fromBase64(pub[0], pub[1].strip()));
            sshd.launch();
            return sshd;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String setEnvArgument(String name, String value) {
        String argument = name + "=" + value;
        if (!argument.matches("[A-Za-z_][A-Za-z0-9_]*=[^\\s\"'#]*")) {
            throw new IllegalArgumentException("Not writable as an unquoted sshd SetEnv argument: " + argument);
        }
        return argument;
    }

    @Override
    public String host() {
        return address;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String user() {
        return "root";
    }

    @Override
    public HostKey hostKey() {
        return hostKey;
    }

    /** The listener's PID, or -1 while stopped. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    /** sshd's log since its last start. */
    public String log() {
        ChildProcess p = process;
        return p == null ? "" : p.output();
    }

    /** Ends sshd and every session it forked (their processes outlive the listener), by PID. */
    @Override
    public synchronized void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    @Override
    public synchronized void startAgain() {
        if (process == null) {
            launch();
        }
    }

    private synchronized void launch() {
        starts++;
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of(Prerequisites.command("sshd").toString(), "-D", "-e", "-f", config.toAbsolutePath().toString()));
        process = ChildProcess.start("sshd on " + address + ":" + port, command, dir.resolve("sshd-" + starts + ".log"));
        process.awaitOutput("Server listening on " + address + " port " + port, Duration.ofSeconds(20));
    }
}
