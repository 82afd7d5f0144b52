package eltdeck.testvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A user account of this machine for a test sshd to log in as instead of root: a plain {@code /bin/bash} and a home made
 * from /etc/skel, as a new VM user has (root's own profile here may start tools on every login). Made on first use and
 * kept, so that every run finds the same account. Its password is {@code *}: none, and not locked (sshd without PAM
 * turns a locked account away even with a key). Needs root.
 */
public record LoginUser(String name, Path home) {
    /** The test VM's ordinary user. */
    public static final String VM_USER = "eltvm";

    /** The user {@code name}, made now if there is none. */
    public static LoginUser ensure(String name) {
        Prerequisites.requireRoot("making the test VM's login user " + name);
        Prerequisites.requireCommands("useradd", "getent");
        if (!exists(name)) {
            try {
                Commands.run(Prerequisites.command("useradd").toString(), "-m", "-s", "/bin/bash", "-p", "*", name);
            } catch (IllegalStateException e) {
                if (!exists(name)) { // another run made it meanwhile otherwise
                    throw e;
                }
            }
        }
        String[] entry = Commands.run(Prerequisites.command("getent").toString(), "passwd", name).strip().split(":");
        return new LoginUser(name, Path.of(entry[5]));
    }

    private static boolean exists(String name) {
        try {
            Commands.run(Prerequisites.command("getent").toString(), "passwd", name);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Makes {@code path} and everything under it this user's. */
    public void own(Path path) {
        Commands.run("chown", "-R", name + ":", path.toString());
    }

    /** Removes {@code tree} (a stack a test put in the user's home), if it is there. */
    public void remove(Path tree) throws IOException {
        if (!tree.startsWith(home)) {
            throw new IllegalArgumentException(tree + " is not in " + name + "'s home");
        }
        if (Files.exists(tree)) {
            try (Stream<Path> all = Files.walk(tree)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Lets this user's login read {@code authorizedKeys} (sshd opens the file as the user logging in): the file
     * readable by all, and its directories up to {@code top} passable (it names public keys only).
     */
    public static Path readableByAll(Path authorizedKeys, Path top) {
        try {
            Files.setPosixFilePermissions(authorizedKeys, PosixFilePermissions.fromString("rw-r--r--"));
            for (Path dir = authorizedKeys.getParent(); dir.startsWith(top); dir = dir.getParent()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
            }
            return authorizedKeys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
