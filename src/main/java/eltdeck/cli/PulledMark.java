package eltdeck.cli;

import eltdeck.files.AtomicFile;
import eltdeck.stack.RemoteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code env pull} saw on the VM, kept beside the local copy in {@code FILE.eltdeck-pulled}: the remote path and
 * the hash of its content, never the content, so that a push can tell whether the VM's file changed since.
 */
record PulledMark(String remotePath, String sha256) {
    private static final String SUFFIX = ".eltdeck-pulled";

    static PulledMark of(RemoteFiles.Snapshot pulled) {
        return new PulledMark(pulled.path(), pulled.sha256());
    }

    static Optional<PulledMark> readBeside(Path file) throws IOException {
        Path mark = sidecar(file);
        if (!Files.isRegularFile(mark)) {
            return Optional.empty();
        }
        Map<String, String> fields = Files.readAllLines(mark).stream().filter(line -> line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(0, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1),
                        (first, second) -> second));
        if (!fields.containsKey("remote") || !fields.containsKey("sha256")) {
            throw new IllegalArgumentException(mark + " is damaged; pull again (eltdeck env pull NAME --out FILE).");
        }
        return Optional.of(new PulledMark(fields.get("remote"), fields.get("sha256")));
    }

    void writeBeside(Path file) throws IOException {
        AtomicFile.writeLines(sidecar(file), List.of("remote=" + remotePath, "sha256=" + sha256).iterator(), false);
    }

    /** Why pushing over {@code current} would lose someone's change, or empty when it would not. */
    Optional<String> conflictWith(String path, Optional<RemoteFiles.Snapshot> current) {
        if (!remotePath.equals(path)) {
            return Optional.of("the file was pulled from " + remotePath + ", not from " + path + ".");
        }
        if (current.isEmpty()) {
            return Optional.of(path + " was deleted on the VM since the pull.");
        }
        if (!current.get().sha256().equals(sha256)) {
            return Optional.of(path + " changed on the VM since the pull.");
        }
        return Optional.empty();
    }

    static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }
}
