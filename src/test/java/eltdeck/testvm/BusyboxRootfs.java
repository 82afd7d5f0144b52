package eltdeck.testvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A root file system with nothing but Debian's static busybox: its applets as links in /bin, /sbin, /usr/bin
 * and /usr/sbin, a root user, /tmp. Enough for shell-script services in containers.
 */
final class BusyboxRootfs {
    private BusyboxRootfs() {
    }

    static Path create(Path rootfs) {
        try {
            for (String d : List.of("bin", "sbin", "usr/bin", "usr/sbin", "etc", "root", "tmp")) {
                Files.createDirectories(rootfs.resolve(d));
            }
            // Sticky and world-writable, as /tmp is; Java's file permissions have no sticky bit.
            Commands.run(Prerequisites.command("chmod").toString(), "1777", rootfs.resolve("tmp").toString());
            Files.copy(Prerequisites.packagedCommand("busybox"), rootfs.resolve("bin/busybox"), StandardCopyOption.COPY_ATTRIBUTES);
            Files.write(rootfs.resolve("etc/passwd"), List.of("root:x:0:0:root:/root:/bin/sh"), StandardCharsets.US_ASCII);
            Files.write(rootfs.resolve("etc/group"), List.of("root:x:0:"), StandardCharsets.US_ASCII);
            installApplets(rootfs);
            return rootfs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Inside a chroot, so that the links point at /bin/busybox and not at this machine's path of the copy; this
     * also proves the binary runs with no libraries around it.
     */
    private static void installApplets(Path rootfs) {
        try {
            Commands.run(Prerequisites.command("chroot").toString(), rootfs.toString(), "/bin/busybox", "--install", "-s");
        } catch (IllegalStateException e) {
            throw new IllegalStateException("busybox does not run on its own in an empty root file system; it must be"
                    + " the statically linked one of Debian's busybox-static: " + e.getMessage(), e);
        }
    }
}
