package eltdeck.testvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real Docker engine (Debian's docker.io) serving one namespace VM. dockerd enters the VM's network namespace
 * with {@code nsenter --net} ({@code ip netns exec} remounts /sys, and dockerd then finds no devices cgroup), so
 * its bridge, iptables rules and published ports live in the VM and this machine's network is untouched. Data
 * root, exec root, pidfile and socket are its own, under one directory; dockerd starts a containerd of its own
 * under the exec root. {@link #close()} removes the containers, stops dockerd by PID, ends any containerd or
 * shim of this engine still running, and unmounts whatever is still mounted under the directory.
 */
public final class DockerEngine implements AutoCloseable {
    /** Where dockerd finds containerd, runc and docker-proxy: Debian's, whatever else a machine has installed. */
    private static final String DAEMON_PATH = "/usr/sbin:/usr/bin:/sbin:/bin";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Path dir;
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

    /** Starts dockerd in the network namespace {@code /run/netns/NAME}, and waits until its API listens. */
    public synchronized void start(String namespace) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastResort = LastResort.register("testvm-stop-docker-engine", this::close);
        List<String> command = List.of(Prerequisites.command("nsenter").toString(), "--net=/run/netns/" + namespace,
                Prerequisites.packagedCommand("dockerd").toString(),
                "--data-root", dir.resolve("data").toString(),
                "--exec-root", dir.resolve("exec").toString(),
                "--pidfile", dir.resolve("dockerd.pid").toString(),
                "--host", host());
        long begin = System.nanoTime();
        dockerd = ChildProcess.start("dockerd in " + namespace, command, dir.resolve("dockerd.log"), Map.of("PATH", DAEMON_PATH));
        dockerd.awaitOutput("API listen on " + socket(), START_TIMEOUT);
        startupTime = Duration.ofNanos(System.nanoTime() - begin);
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
        return docker(Duration.ofSeconds(60), args);
    }

    public String docker(Duration timeout, String... args) {
        List<String> command = new ArrayList<>(List.of(Prerequisites.packagedCommand("docker").toString()));
        command.addAll(List.of(args));
        // DOCKER_BUILDKIT=0: the classic builder takes FROM images from the engine's own store, never a registry.
        return Commands.run(command, Map.of("DOCKER_HOST", host(), "DOCKER_BUILDKIT", "0"), timeout);
    }

    @Override
    public synchronized void close() {
        if (closed || dockerd == null) {
            return;
        }
        closed = true;
        lastResort.close();
        if (dockerd.isAlive()) {
            removeContainers();
        }
        // dockerd stops its containerd itself when it gets SIGTERM alone.
        dockerd.terminate(Duration.ofSeconds(20));
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

    /** dockerd's log so far, for failure messages. */
    public String log() {
        return dockerd == null ? "" : dockerd.output();
    }
}
