package eltdeck.testvm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a test of the real test VM can run here. What is missing makes the test skip with a message,
 * except when {@code CI=true}: there it fails, so CI never passes by skipping.
 */
public final class Prerequisites {
    /** Debian package of each tool, for the message (and for .ci/run). */
    private static final Map<String, String> PACKAGES = Map.ofEntries(
            Map.entry("sshd", "openssh-server"), Map.entry("ssh-keygen", "openssh-client"),
            Map.entry("ssh-agent", "openssh-client"), Map.entry("ssh-add", "openssh-client"),
            Map.entry("ip", "iproute2"), Map.entry("ss", "iproute2"), Map.entry("iptables", "iptables"),
            Map.entry("dockerd", "docker.io"), Map.entry("docker", "docker.io"), Map.entry("containerd", "containerd"),
            Map.entry("docker-compose", "docker-compose"), Map.entry("busybox", "busybox-static"),
            Map.entry("git", "git"), Map.entry("nsenter", "util-linux"), Map.entry("umount", "mount"),
            Map.entry("python3", "python3"));
    /** Where Debian's packages install tools; searched after PATH, as a user's PATH may lack the sbin ones. */
    private static final List<String> PACKAGE_DIRS = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

    private Prerequisites() {
    }

    public static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Skips (or on CI fails) the test when {@code met} is false, naming what is missing. */
    public static void require(boolean met, String missing) {
        if (!met && !onCi()) {
            // Surefire does not show why a whole class was skipped: say it in the build log.
            System.err.println("SKIPPED: test VM prerequisite missing: " + missing);
        }
        require(met, missing, onCi());
    }

    static void require(boolean met, String missing, boolean onCi) {
        if (met) {
            return;
        }
        String message = "Test VM prerequisite missing: " + missing;
        if (onCi) {
            throw new AssertionError(message + " (CI=true: these tests must run, not skip)");
        }
        Assumptions.abort(message);
    }

    /** ssh-keygen (and ssh-agent, ssh-add): no root needed. */
    public static void requireOpenSshClient() {
        requireCommands("ssh-keygen", "ssh-agent", "ssh-add");
    }

    /** A real OpenSSH sshd: root, because it logs in as root and needs /run/sshd. */
    public static void requireOpenSshd() {
        requireRoot("a real OpenSSH sshd logs in as root and needs /run/sshd");
        requireCommands("sshd", "ssh-keygen");
    }

    /** The namespace VM: a real sshd plus ip netns, veth and iptables. */
    public static void requireNamespaceVm() {
        requireRoot("ip netns, veth pairs and iptables need root");
        requireCommands("sshd", "ssh-keygen", "ip", "iptables");
    }

    /** The namespace VM with a Docker engine: dockerd, compose v1, a static busybox for images, git for the stack. */
    public static void requireDockerVm() {
        requireNamespaceVm();
        requireCommands("dockerd", "containerd", "docker-compose", "busybox", "git", "nsenter", "umount");
        require(findPackaged("docker") != null, "command(s) not found: docker (Debian package docker.io)");
        require(cgroupsMounted(), "cgroup file systems, which dockerd needs, are not mounted here; a build started"
                + " through `ip netns exec` has its own /sys without them: enter the namespace with"
                + " `nsenter --net=/run/netns/NAME` instead");
    }

    private static boolean cgroupsMounted() {
        try (Stream<String> mounts = Files.lines(Path.of("/proc/self/mountinfo"))) {
            return mounts.anyMatch(line -> line.contains(" - cgroup ") || line.contains(" - cgroup2 "));
        } catch (IOException e) {
            return false;
        }
    }

    public static void requireRoot(String why) {
        require(isRoot(), "root (" + why + "); running as " + System.getProperty("user.name"));
    }

    public static void requireCommands(String... names) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (find(name) == null) {
                missing.add(name + " (Debian package " + PACKAGES.getOrDefault(name, "?") + ")");
            }
        }
        require(missing.isEmpty(), "command(s) not found: " + String.join(", ", missing));
    }

    /** The absolute path of a tool, looking in PATH and the sbin directories (not in a user's PATH). */
    public static Path command(String name) {
        return found(find(name), name);
    }

    /**
     * A tool where Debian's packages put it, never a newer build that a machine has in /usr/local/bin or on a
     * user's PATH: the docker client, whose output changes between versions, must be the VM's own.
     */
    public static Path packagedCommand(String name) {
        return found(findPackaged(name), name);
    }

    private static Path found(Path p, String name) {
        if (p == null) {
            throw new IllegalStateException(name + " not found (Debian package " + PACKAGES.getOrDefault(name, "?") + ")");
        }
        return p;
    }

    /** A PATH of {@link #packagedCommand}'s directories only. */
    public static String packagePath() {
        return String.join(":", PACKAGE_DIRS);
    }

    private static Path find(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(PACKAGE_DIRS);
        return findIn(dirs, name);
    }

    private static Path findPackaged(String name) {
        return findIn(PACKAGE_DIRS, name);
    }

    private static Path findIn(List<String> dirs, String name) {
        for (String dir : dirs) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static boolean isRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
