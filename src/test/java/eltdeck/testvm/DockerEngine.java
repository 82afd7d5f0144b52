package eltdeck.testvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real Docker engine (Debian's docker.io) serving one namespace VM: a containerd and a dockerd of its own,
 * which enter the VM's network namespace with {@code nsenter --net} ({@code ip netns exec} remounts /sys, and
 * dockerd then finds no devices cgroup), so the bridge, iptables rules and published ports live in the VM and
 * this machine's network is untouched. Everything they keep is under one directory: configuration (neither reads
 * /etc/docker or /etc/containerd), data, state, sockets, logs. The storage driver is dockerd's choice: overlay2
 * where the directory is on ext4, as here. {@link #close()} removes the containers, stops
 * dockerd and containerd by PID, ends any shim or container left, and unmounts whatever is mounted under the
 * directory.
 */
public final class DockerEngine implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
    private ChildProcess containerd;
    private ChildProcess dockerd;
    private Duration startupTime;
    private LastResort lastResort;
    private boolean closed;

    /** An engine that will keep everything under {@code dir}; {@link #start} starts it. */
    public DockerEngine(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    public Path socket() {
        return dir.resolve("docker.sock");
    }

    /** The DOCKER_HOST value that reaches this engine. */
    public String host() {
        return "unix://" + socket();
    }

    /** Starts containerd and dockerd in the network namespace {@code /run/netns/NAME}, and waits until the API listens. */
    public synchronized void start(String namespace) {
        lastResort = LastResort.register("testvm-stop-docker-engine", this::close);
        List<String> enter = List.of(Prerequisites.command("nsenter").toString(), "--net=/run/netns/" + namespace);
        long begin = System.nanoTime();
        containerd = launch("containerd in " + namespace, enter, "containerd", "--config", writeContainerdConfig().toString());
        containerd.awaitOutput("containerd successfully booted", START_TIMEOUT);
        dockerd = launch("dockerd in " + namespace, enter, "dockerd",
                "--config-file", writeDaemonConfig().toString(),
                "--containerd", dir.resolve("containerd.sock").toString(),
                "--data-root", dir.resolve("data").toString(),
                "--exec-root", dir.resolve("exec").toString(),
                // Its own pidfile: the default one, /var/run/docker.pid, would stop a second dockerd on the machine.
                "--pidfile", dir.resolve("dockerd.pid").toString(),
                "--host", host());
        dockerd.awaitOutput("API listen on " + socket(), START_TIMEOUT);
        startupTime = Duration.ofNanos(System.nanoTime() - begin);
    }

    private ChildProcess launch(String name, List<String> enter, String daemon, String... args) {
        List<String> command = new ArrayList<>(enter);
        command.add(Prerequisites.packagedCommand(daemon).toString());
        command.addAll(List.of(args));
        // The daemons run runc, the containerd shim and docker-proxy from PATH: Debian's, whatever else a machine has.
        return ChildProcess.start(name, command, dir.resolve(daemon + ".log"), Map.of("PATH", Prerequisites.packagePath()));
    }

    /**
     * containerd's own, as dockerd would write for a containerd it starts itself, but with every path under the
     * engine's directory (the opt plugin would otherwise make /opt/containerd). Started by us rather than by
     * dockerd, because dockerd uses the machine's containerd instead whenever /run/containerd/containerd.sock exists.
     */
    private Path writeContainerdConfig() {
        Path base = dir.resolve("containerd");
        return write(dir.resolve("containerd.toml"), List.of(
                "version = 2",
                "root = " + toml(base.resolve("root")),
                "state = " + toml(base.resolve("state")),
                "disabled_plugins = [\"io.containerd.grpc.v1.cri\"]",
                "[grpc]",
                "  address = " + toml(dir.resolve("containerd.sock")),
                "[plugins.\"io.containerd.internal.v1.opt\"]",
                "  path = " + toml(base.resolve("opt"))));
    }

    /** Instead of the machine's /etc/docker/daemon.json; keeps dockerd's trust key out of /etc/docker too. */
    private Path writeDaemonConfig() {
        return write(dir.resolve("daemon.json"), List.of("{\"deprecated-key-path\": \"" + dir.resolve("key.json") + "\"}"));
    }

    private Path write(Path file, List<String> lines) {
        try {
            Files.createDirectories(dir);
            return Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String toml(Path path) {
        return "\"" + path + "\"";
    }

    /** From starting dockerd to its API listening. */
    public Duration startupTime() {
        return startupTime;
    }

    public long pid() {
        return dockerd.pid();
    }

    /** The directory holding the engine's data, exec root, socket and log. */
    public Path dir() {
        return dir;
    }

    /** Runs Debian's docker client against this engine on this machine; returns its output, fails on an error. */
    public String docker(String... args) {
        List<String> command = new ArrayList<>(List.of(Prerequisites.packagedCommand("docker").toString()));
        command.addAll(List.of(args));
        // DOCKER_BUILDKIT=0: the classic builder takes FROM images from the engine's own store, never a registry.
        return Commands.run(command, Map.of("DOCKER_HOST", host(), "DOCKER_BUILDKIT", "0"), Duration.ofSeconds(60));
    }

    @Override
    public synchronized void close() {
        if (closed || lastResort == null) {
            return;
        }
        closed = true;
        lastResort.close();
        if (dockerd != null && dockerd.isAlive()) {
            removeContainers();
        }
        // SIGTERM to each alone, in this order, so each stops what it runs itself.
        for (ChildProcess daemon : Arrays.asList(dockerd, containerd)) {
            if (daemon != null) {
                daemon.terminate(Duration.ofSeconds(20));
            }
        }
        EngineLeftovers.stopProcesses(dir);
        EngineLeftovers.unmount(dir);
    }

    /** Killed (not stopped) and removed: nothing of ours needs a graceful stop, and it takes a moment instead of 10 s each. */
    private void removeContainers() {
        try {
            List<String> ids = docker("ps", "-aq").lines().filter(l -> !l.isBlank()).toList();
            if (!ids.isEmpty()) {
                List<String> args = new ArrayList<>(List.of("rm", "-f"));
                args.addAll(ids);
                docker(args.toArray(String[]::new));
            }
        } catch (RuntimeException e) {
            // dockerd's own shutdown and the leftover sweep below still end them.
        }
    }

    @Override
    public String toString() {
        return "Docker engine at " + socket() + " (" + (dockerd == null ? "not started" : dockerd) + ")";
    }
}
