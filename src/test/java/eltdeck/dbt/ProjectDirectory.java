package eltdeck.dbt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A dbt project on disk read as the console reads one from the VM: its text files, without build output or packages. */
public final class ProjectDirectory {
    private ProjectDirectory() {
    }

    /** The reference stack's dbt project at the top of the repository. */
    public static ProjectFiles reference() {
        return load(Path.of("dbt"));
    }

    public static ProjectFiles load(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (rel.matches(".*\\.(sql|yml|yaml)") && !rel.matches("(target|dbt_packages|logs)/.*")) {
                    files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ProjectFiles.of(files);
    }
}
