package eltdeck.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts dbt's own view from {@code target/manifest.json} over a project read from its files: the edges
 * ({@code parent_map}, else each node's {@code depends_on.nodes}), the materialization dbt resolved, the models of
 * installed packages, and nodes the files only list (seeds). A node whose file is gone is not brought back from an
 * old manifest. Read leniently: fields added by newer dbt versions are ignored.
 */
final class ManifestOverlay {
    private ManifestOverlay() {
    }

    static DbtProject apply(DbtProject project, JsonNode manifest, ProjectFiles files) {
        if (!manifest.path("nodes").isObject()) {
            throw new IllegalArgumentException("has no 'nodes': it is not a dbt manifest.");
        }
        Map<String, DbtNode> nodes = new LinkedHashMap<>(project.nodes());
        Set<String> packageModels = new LinkedHashSet<>(project.packageModels());
        List<JsonNode> entries = new ArrayList<>();
        manifest.path("nodes").forEach(entries::add);
        manifest.path("sources").forEach(entries::add);
        for (JsonNode entry : entries) {
            String id = DbtIds.normalize(entry.path("unique_id").asText());
            if (NodeType.ofUniqueId(id).isEmpty()) {
                continue;
            }
            if (!project.name().equals(entry.path("package_name").asText(project.name()))) {
                packageModels.add(entry.path("package_name").asText() + "." + entry.path("name").asText());
                continue;
            }
            DbtNode known = nodes.get(id);
            String file = entry.path("original_file_path").asText("");
            if (known == null && (files.files().containsKey(file) || files.listed().contains(file))) {
                known = fromManifest(id, entry);
            }
            if (known != null) {
                JsonNode materialized = entry.path("config").path("materialized");
                nodes.put(id, (materialized.isTextual() && known.type() == NodeType.MODEL
                        ? known.withMaterialized(materialized.asText()) : known).withDependsOn(parents(manifest, entry, id)));
            }
        }
        return new DbtProject(project.config(), nodes, packageModels, project.packagesInstalled(), true, project.readFindings());
    }

    private static List<String> parents(JsonNode manifest, JsonNode entry, String id) {
        JsonNode parents = manifest.path("parent_map").path(entry.path("unique_id").asText());
        if (parents.isMissingNode()) {
            parents = entry.path("depends_on").path("nodes");
        }
        List<String> out = new ArrayList<>();
        parents.forEach(p -> {
            String parent = DbtIds.normalize(p.asText());
            if (NodeType.ofUniqueId(parent).isPresent() && !parent.equals(id)) {
                out.add(parent);
            }
        });
        return out;
    }

    private static DbtNode fromManifest(String id, JsonNode entry) {
        NodeType type = NodeType.ofUniqueId(id).orElseThrow();
        String name = entry.path("name").asText();
        return new DbtNode(id, type, name, entry.path("original_file_path").asText(), entry.path("description").asText(""),
                entry.path("config").path("materialized").asText(type.prefix()), List.of(), List.of(),
                entry.path("raw_code").asText(entry.path("raw_sql").asText("")), List.of(), List.of(), List.of(),
                type == NodeType.TEST ? testInfo(entry) : null, null);
    }

    private static DbtNode.TestInfo testInfo(JsonNode entry) {
        JsonNode attached = entry.path("attached_node");
        return new DbtNode.TestInfo(entry.path("test_metadata").path("name").asText("singular"),
                attached.isTextual() ? DbtIds.normalize(attached.asText()) : null, entry.path("column_name").asText(null),
                entry.path("test_metadata").path("kwargs").toString());
    }
}
