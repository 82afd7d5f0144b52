package eltdeck.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @Test
    void savingReplacesTheTargetInOneStep(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("agent.log");
        Files.writeString(target, "old content that is longer than the new one\n");

        AtomicFile.writeLines(target, List.of("one", "zwei ü").iterator(), false);

        assertThat(Files.readString(target)).isEqualTo("one\nzwei ü\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void bytesAreWrittenExactlyAndOwnerOnly(@TempDir Path dir) throws Exception {
        byte[] content = "\uFEFFA=1\r\n# kept\nB=2".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path target = dir.resolve(".env");

        AtomicFile.writeBytes(target, content, true);

        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void ownerOnlyFilesAndTheirNewDirectoryArePrivate(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("new/known_hosts");
        AtomicFile.createPrivateDirectory(target.getParent());
        AtomicFile.writeLines(target, List.of("line").iterator(), true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporary(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("f"), "old\n");
        java.util.Iterator<String> failing = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public String next() {
                throw new IllegalStateException("source failed");
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AtomicFile.writeLines(target, failing, false))
                .hasMessage("source failed");
        assertThat(Files.readString(target)).isEqualTo("old\n");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
