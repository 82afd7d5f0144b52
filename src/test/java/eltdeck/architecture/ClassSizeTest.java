package eltdeck.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A class past 400 lines holds more than one job: split it by job (docs/ARCHITECTURE.md), not by squeezing lines. */
class ClassSizeTest {
    private static final int MOST_LINES = 400;

    @Test
    void noSourceFileIsOver400Lines() throws IOException {
        Path sources = Path.of("src/main/java");
        assertThat(sources).isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MOST_LINES)
                    .map(f -> sources.relativize(f) + " (" + lines(f) + " lines)")
                    .toList();
            assertThat(tooLong).as("source files over %d lines", MOST_LINES).isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
