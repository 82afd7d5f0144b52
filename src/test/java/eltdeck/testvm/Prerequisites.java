package eltdeck.testvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether a test of the real test VM can run here. What is missing makes the test skip with a message,
 * except when {@code CI=true}: there it fails, so CI never passes by skipping.
 */
public final class Prerequisites {
    /** Debian package of each tool, for the message (and for .ci/run). */
    private static final Map<String, String> PACKAGES = Map.of(
            "sshd", "openssh-server", "ssh-keygen", "openssh-client", "ssh-agent", "openssh-client",
            "ssh-add", "openssh-client", "ip", "iproute2", "ss", "iproute2", "iptables", "iptables");
    private static final List<String> SBIN = List.of("/usr/sbin", "/sbin", "/usr/bin", "/bin");

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
        Path p = find(name);
        if (p == null) {
            throw new IllegalStateException(name + " not found (Debian package " + PACKAGES.getOrDefault(name, "?") + ")");
        }
        return p;
    }

    private static Path find(String name) {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(SBIN);
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
