package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Real processes standing in for xdg-open: one that takes the folder, one that finds no file manager. */
@DisabledOnOs(OS.WINDOWS)
class FolderOpenerTest {
    @TempDir
    Path dir;

    @Test
    void handsTheFolderToTheToolAndSaysItOpened() throws Exception {
        Path received = dir.resolve("received");
        Path tool = script("opener", "printf '%s' \"$1\" > '" + received + "'\n");
        Path folder = Files.createDirectories(dir.resolve("logs folder"));

        assertThat(new FolderOpener(Optional.of(tool), true).open(folder)).isTrue();
        assertThat(Files.readString(received)).isEqualTo(folder.toString());
    }

    @Test
    void aToolThatFindsNoFileManagerIsAFailure() throws Exception {
        // xdg-open exits 3 when no application handles the folder.
        Path tool = script("xdg-open", "exit 3\n");

        assertThat(new FolderOpener(Optional.of(tool), true).open(dir)).isFalse();
        assertThat(new FolderOpener(Optional.of(tool), false).open(dir)).as("Explorer's exit code means nothing").isTrue();
    }

    @Test
    void noToolOrOneThatCannotStartIsAFailure() {
        assertThat(new FolderOpener(Optional.empty(), true).open(dir)).isFalse();
        assertThat(new FolderOpener(Optional.of(dir.resolve("missing")), true).open(dir)).isFalse();
    }

    private Path script(String name, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
