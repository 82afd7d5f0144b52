package eltdeck.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code dbt_project.yml} says that the console needs: names, where things live (with the pre-1.0 names
 * {@code source-paths}/{@code data-paths} understood), and the folder-level {@code +materialized} settings.
 */
public record ProjectConfig(String name, String profile, List<String> modelPaths, List<String> testPaths,
                            List<String> seedPaths, List<String> macroPaths, List<String> snapshotPaths, JsonNode models) {

    public static ProjectConfig parse(String yaml) {
        JsonNode root = Yaml.read(yaml, ProjectFiles.PROJECT_FILE);
        String name = root.path("name").asText("");
        if (name.isBlank()) {
            throw new IllegalArgumentException(ProjectFiles.PROJECT_FILE + " has no 'name': every dbt project needs one"
                    + " (e.g. name: elt_demo).");
        }
        return new ProjectConfig(name, root.path("profile").asText(null),
                paths(root, "model-paths", "source-paths", "models"), paths(root, "test-paths", null, "tests"),
                paths(root, "seed-paths", "data-paths", "seeds"), paths(root, "macro-paths", null, "macros"),
                paths(root, "snapshot-paths", null, "snapshots"), root.path("models"));
    }

    /**
     * The materialization dbt_project.yml gives a model in {@code folders} (its path below the model path): the
     * deepest {@code +materialized} (or {@code materialized}) on the way down from the project's own entry wins;
     * dbt's default is a view.
     */
    public String materializationFor(List<String> folders) {
        JsonNode level = models.path(name);
        String found = materializedAt(level, "view");
        for (String folder : folders) {
            level = level.path(folder);
            if (level instanceof MissingNode) {
                break;
            }
            found = materializedAt(level, found);
        }
        return found;
    }

    /** The {@code +tags} dbt_project.yml gives a model in {@code folders}: every level's on the way down. */
    public List<String> tagsFor(List<String> folders) {
        List<String> tags = new ArrayList<>();
        JsonNode level = models.path(name);
        tagsAt(level, tags);
        for (String folder : folders) {
            level = level.path(folder);
            tagsAt(level, tags);
        }
        return List.copyOf(tags);
    }

    private static void tagsAt(JsonNode level, List<String> tags) {
        JsonNode t = level.has("+tags") ? level.get("+tags") : level.path("tags");
        if (t.isTextual()) {
            tags.add(t.asText());
        }
        t.forEach(v -> tags.add(v.asText()));
    }

    private static String materializedAt(JsonNode level, String otherwise) {
        JsonNode m = level.has("+materialized") ? level.get("+materialized") : level.path("materialized");
        return m.isTextual() ? m.asText() : otherwise;
    }

    private static List<String> paths(JsonNode root, String key, String oldKey, String fallback) {
        JsonNode node = root.has(key) ? root.get(key) : oldKey == null ? MissingNode.getInstance() : root.path(oldKey);
        List<String> out = new ArrayList<>();
        node.forEach(p -> out.add(p.asText().replaceAll("^\\./", "").replaceAll("/+$", "")));
        return out.isEmpty() ? List.of(fallback) : List.copyOf(out);
    }
}
