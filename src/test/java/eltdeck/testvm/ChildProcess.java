package eltdeck.testvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A server a test started (sshd, ssh-agent, an HTTP stand-in). Its output goes to a log file; {@link #stop()}
 * ends it and every process it forked, each by its PID. A shutdown hook stops what a crashed test left.
 */
public final class ChildProcess implements AutoCloseable {
    private static final Set<ChildProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LIVE).forEach(ChildProcess::stop), "testvm-stop-servers"));
    }

    private final String name;
    private final Process process;
    private final Path log;

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    public static ChildProcess start(String name, List<String> command, Path log) {
        return start(name, command, log, Map.of());
    }

    public static ChildProcess start(String name, List<String> command, Path log, Map<String, String> env) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env);
            ChildProcess child = new ChildProcess(name, pb.start(), log);
            LIVE.add(child);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + ": " + command, e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Waits until the output has {@code count} lines containing {@code text}; fails early if the process dies. */
    public void awaitOutput(String text, int count, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            String out = output();
            if (out.lines().filter(l -> l.contains(text)).count() >= count) {
                return;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " (pid " + pid() + ") exited with " + process.exitValue()
                        + " before printing '" + text + "':\n" + out);
            }
            if (System.nanoTime() > end) {
                stop();
                throw new IllegalStateException(name + " did not print '" + text + "' within " + timeout + ":\n" + out);
            }
            sleep(20);
        }
    }

    public void awaitOutput(String text, Duration timeout) {
        awaitOutput(text, 1, timeout);
    }

    /**
     * SIGTERM to every descendant, then to the process, by PID; SIGKILL to whatever is left after 3 s.
     * Descendants matter: sshd's per-connection processes outlive their listener.
     */
    public void stop() {
        LIVE.remove(this);
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process.toHandle());
        family.forEach(ProcessHandle::destroy);
        for (ProcessHandle h : family) {
            try {
                h.onExit().get(3, TimeUnit.SECONDS);
            } catch (Exception e) {
                h.destroyForcibly();
            }
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * SIGTERM to the process alone, for a daemon that shuts down in its own order (dockerd stops its port proxies
     * after the containers' networks); then {@link #stop()} for whatever of its family is left after {@code grace}.
     */
    public void terminate(Duration grace) {
        process.toHandle().destroy();
        try {
            process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
