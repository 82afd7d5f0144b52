package eltdeck.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Iterator;

/**
 * Writes a local file so that it is never half written: a temporary file beside the target, then a rename over
 * it. An existing file survives a failed write.
 */
public final class AtomicFile {
    private AtomicFile() {
    }

    /**
     * Writes the lines (each ended by LF, UTF-8).
     *
     * @param ownerOnly mode 0600 for the file where the OS has modes
     */
    public static void writeLines(Path target, Iterator<String> lines, boolean ownerOnly) throws IOException {
        write(target, ownerOnly, temp -> {
            try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                while (lines.hasNext()) {
                    writer.write(lines.next());
                    writer.write('\n');
                }
            }
        });
    }

    /** Writes the bytes exactly as given (a pulled {@code .env} keeps its line endings and BOM). */
    public static void writeBytes(Path target, byte[] content, boolean ownerOnly) throws IOException {
        write(target, ownerOnly, temp -> Files.write(temp, content));
    }

    private static void write(Path target, boolean ownerOnly, Filler filler) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            if (ownerOnly) {
                restrict(temp, "rw-------");
            }
            filler.fill(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Creates the directory (and its parents) readable by the owner only, as ~/.ssh must be. */
    public static void createPrivateDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            restrict(dir, "rwx------");
        }
    }

    private static void restrict(Path p, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user profile's ACLs apply.
        }
    }

    /** Writes the new content into the temporary file. */
    private interface Filler {
        void fill(Path temp) throws IOException;
    }
}
