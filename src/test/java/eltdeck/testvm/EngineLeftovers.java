package eltdeck.testvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Docker engine can leave behind when it dies rather than stops: containerd shims, which outlive
 * containerd (init adopts them) together with the containers under them and their sockets, and mounts under its
 * directory (the bind mount of its data root, containers' overlay and network-namespace mounts). Found by the
 * engine's directory, which every one of them names, and ended by PID.
 */
public final class EngineLeftovers {
    private static final Pattern OCTAL_ESCAPE = Pattern.compile("\\\\([0-7]{3})");

    private EngineLeftovers() {
    }

    /** Processes whose command line names {@code dir} (dockerd, containerd, shims), with their descendants. */
    public static List<ProcessHandle> processes(Path dir) {
        String path = dir.toAbsolutePath().toString();
        List<ProcessHandle> found = new ArrayList<>();
        ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> String.join(" ", args).contains(path)).orElse(false))
                .forEach(p -> {
                    found.addAll(p.descendants().toList());
                    found.add(p);
                });
        return found.stream().distinct().toList();
    }

    /** SIGKILL to each: with its engine gone, nothing is left that could stop them gracefully. */
    static void stopProcesses(Path dir) {
        List<ProcessHandle> left = processes(dir);
        List<Path> shimSockets = left.stream().map(EngineLeftovers::shimSocket).flatMap(Optional::stream).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (left.stream().anyMatch(p -> isRunning(p.pid())) && System.nanoTime() < end) {
            sleep();
        }
        for (Path socket : shimSockets) {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                // A stale socket file under /run is harmless.
            }
        }
    }

    /**
     * The socket a containerd shim listens on, which it removes only when it ends by itself: containerd 1.6 names
     * it /run/containerd/s/ + hex SHA-256 of "ADDRESS/NAMESPACE/ID", whatever containerd's own state directory.
     */
    static Optional<Path> shimSocket(ProcessHandle shim) {
        List<String> args = List.of(shim.info().arguments().orElse(new String[0]));
        int namespace = args.indexOf("-namespace");
        int id = args.indexOf("-id");
        int address = args.indexOf("-address");
        if (!shim.info().command().orElse("").endsWith("containerd-shim-runc-v2")
                || Math.min(namespace, Math.min(id, address)) < 0 || Math.max(namespace, Math.max(id, address)) + 1 >= args.size()) {
            return Optional.empty();
        }
        String key = Path.of(args.get(address + 1), args.get(namespace + 1), args.get(id + 1)).toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return Optional.of(Path.of("/run/containerd/s", HexFormat.of().formatHex(digest)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Alive and not a zombie. Shims and containers end as orphans, and an orphan that has exited stays a zombie
     * until init reaps it, which on some machines takes a second; it runs nothing any more.
     */
    public static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.US_ASCII);
            // The state follows the command name, which is in parentheses and may itself hold spaces or ')'.
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Mount points at or under {@code dir}, as /proc/self/mountinfo lists them. */
    public static List<Path> mounts(Path dir) {
        Path root = dir.toAbsolutePath();
        try {
            List<Path> found = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("/proc/self/mountinfo"), StandardCharsets.UTF_8)) {
                Path mountPoint = Path.of(unescape(line.split(" ")[4]));
                if (mountPoint.startsWith(root)) {
                    found.add(mountPoint);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unmounts everything at or under {@code dir}, deepest first; lazily where something still holds it busy. */
    static void unmount(Path dir) {
        String umount = Prerequisites.command("umount").toString();
        List<Path> mounted = mounts(dir).stream().sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
        for (Path mountPoint : mounted) {
            try {
                Commands.run(umount, mountPoint.toString());
            } catch (IllegalStateException busy) {
                Commands.run(umount, "-l", mountPoint.toString());
            }
        }
    }

    /** mountinfo writes space, tab, newline and backslash as octal escapes. */
    private static String unescape(String field) {
        Matcher m = OCTAL_ESCAPE.matcher(field);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 8))));
        }
        return m.appendTail(out).toString();
    }
}
