package eltdeck.dbt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The text of a dbt project's files, keyed by their path relative to the project directory ({@code models/a.sql}),
 * plus files known by path only ({@code listed}): seeds ({@code seeds/x.csv}) and the models of installed packages
 * ({@code dbt_packages/dbt_utils/models/x.sql}), enough to resolve refs to them without reading them.
 */
public record ProjectFiles(Map<String, String> files, List<String> listed, boolean packagesInstalled) {
    public static final String PROJECT_FILE = "dbt_project.yml";
    public static final String MANIFEST = "target/manifest.json";
    public static final String RUN_RESULTS = "target/run_results.json";

    public ProjectFiles {
        files = Map.copyOf(new TreeMap<>(files));
        listed = List.copyOf(listed);
    }

    public static ProjectFiles of(Map<String, String> files) {
        return new ProjectFiles(files, List.of(), false);
    }

    public Optional<String> get(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** A copy with {@code path} set to {@code text} ({@code null} removes it). */
    public ProjectFiles with(String path, String text) {
        Map<String, String> changed = new TreeMap<>(files);
        if (text == null) {
            changed.remove(path);
        } else {
            changed.put(path, text);
        }
        return new ProjectFiles(changed, listed, packagesInstalled);
    }

    /** Files under one of {@code dirs} whose name ends with one of {@code suffixes}, in path order. */
    public List<String> under(List<String> dirs, String... suffixes) {
        return new TreeMap<>(files).keySet().stream()
                .filter(p -> dirs.stream().anyMatch(d -> p.startsWith(d.replaceAll("/+$", "") + "/")))
                .filter(p -> List.of(suffixes).stream().anyMatch(p::endsWith)).toList();
    }
}
