package eltdeck.dbt;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dbt project from its files: dbt_project.yml, the models' SQL, the schema files (models, columns, tests,
 * sources), singular tests, snapshots and seeds; then resolves every ref() and source() into the graph's edges.
 * Where {@code target/manifest.json} is there, {@link ManifestOverlay} puts dbt's own view of the graph over it.
 */
public final class DbtProjectReader {
    private static final Pattern SNAPSHOT = Pattern.compile("\\{%-?\\s*snapshot\\s+(\\w+)");
    private static final Pattern GENERIC_TEST_DEFINITION = Pattern.compile("\\{%-?\\s*test\\s+\\w+");

    private final ProjectFiles files;
    private final ProjectConfig config;
    private final Map<String, DbtNode> nodes = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private DbtProjectReader(ProjectFiles files) {
        this.files = files;
        this.config = ProjectConfig.parse(files.get(ProjectFiles.PROJECT_FILE).orElseThrow(() -> new IllegalArgumentException(
                "There is no " + ProjectFiles.PROJECT_FILE + " in the dbt project directory: check the dbt directory"
                        + " of the stack settings (it must point at the folder holding dbt_project.yml).")));
    }

    public static DbtProject read(ProjectFiles files) {
        return new DbtProjectReader(files).read();
    }

    private DbtProject read() {
        readModels();
        readSeeds();
        readSnapshots();
        List<String> propertyDirs = new ArrayList<>(config.modelPaths());
        propertyDirs.addAll(config.seedPaths());
        propertyDirs.addAll(config.snapshotPaths());
        for (String yml : files.under(propertyDirs, ".yml", ".yaml")) {
            readSchemaFile(yml);
        }
        readSingularTests();
        Set<String> packageModels = new LinkedHashSet<>();
        for (String path : files.listed()) {
            Matcher m = Pattern.compile("dbt_packages/([^/]+)/.*?([^/]+)\\.sql").matcher(path);
            if (m.matches()) {
                packageModels.add(m.group(1) + "." + m.group(2));
            }
        }
        Optional<String> manifest = files.get(ProjectFiles.MANIFEST);
        DbtProject parsed = new DbtProject(config, nodes, packageModels, files.packagesInstalled() || !packageModels.isEmpty(),
                false, findings);
        DbtProject resolved = resolveEdges(parsed);
        if (manifest.isEmpty()) {
            return resolved;
        }
        try {
            return ManifestOverlay.apply(resolved, Yaml.json(manifest.get(), ProjectFiles.MANIFEST), files);
        } catch (IllegalArgumentException e) {
            List<Finding> withManifest = new ArrayList<>(resolved.readFindings());
            withManifest.add(Finding.warning(ProjectFiles.MANIFEST, e.getMessage(), "The graph is drawn from the"
                    + " project files; the next dbt run, build or compile writes a new manifest.", null));
            return new DbtProject(config, resolved.nodes(), packageModels, resolved.packagesInstalled(), false, withManifest);
        }
    }

    private void readModels() {
        for (String path : files.under(config.modelPaths(), ".sql")) {
            String sql = files.files().get(path);
            SqlScan scan = SqlScan.of(sql);
            String name = baseName(path, ".sql");
            List<String> folders = folders(path, config.modelPaths());
            List<String> tags = new ArrayList<>(config.tagsFor(folders));
            tags.addAll(scan.tags());
            put(new DbtNode(DbtIds.model(config.name(), name), NodeType.MODEL, name, path, "",
                    scan.materialized().orElse(config.materializationFor(folders)), tags,
                    List.of(), sql, scan.refs(), scan.sources(), List.of(), null, null));
        }
    }

    private void readSeeds() {
        List<String> seeds = new ArrayList<>(files.under(config.seedPaths(), ".csv"));
        files.listed().stream().filter(p -> p.endsWith(".csv") && config.seedPaths().stream()
                .anyMatch(d -> p.startsWith(d + "/"))).forEach(seeds::add);
        for (String path : seeds) {
            String name = baseName(path, ".csv");
            put(new DbtNode(NodeType.SEED.prefix() + "." + config.name() + "." + name, NodeType.SEED, name, path, "", "seed",
                    List.of(), List.of(), "", List.of(), List.of(), List.of(), null, null));
        }
    }

    private void readSnapshots() {
        for (String path : files.under(config.snapshotPaths(), ".sql")) {
            String sql = files.files().get(path);
            Matcher m = SNAPSHOT.matcher(sql);
            if (m.find()) {
                SqlScan scan = SqlScan.of(sql);
                put(new DbtNode(NodeType.SNAPSHOT.prefix() + "." + config.name() + "." + m.group(1), NodeType.SNAPSHOT,
                        m.group(1), path, "", "snapshot", List.of(), List.of(), sql, scan.refs(), scan.sources(), List.of(),
                        null, null));
            }
        }
    }

    private void readSingularTests() {
        for (String path : files.under(config.testPaths(), ".sql")) {
            String sql = files.files().get(path);
            if (GENERIC_TEST_DEFINITION.matcher(sql).find()) {
                continue; // a generic test's definition (tests/generic/…), not a test of its own
            }
            SqlScan scan = SqlScan.of(sql);
            String name = baseName(path, ".sql");
            put(new DbtNode(DbtIds.test(config.name(), name), NodeType.TEST, name, path, "", "test", List.of(), List.of(),
                    sql, scan.refs(), scan.sources(), List.of(), new DbtNode.TestInfo("singular", null, null, ""), null));
        }
    }

    private void readSchemaFile(String path) {
        JsonNode root;
        try {
            root = Yaml.read(files.files().get(path), path);
        } catch (IllegalArgumentException e) {
            findings.add(Finding.error(path, e.getMessage(), "Fix the file; its models, tests and sources are left out"
                    + " until it reads.", null));
            return;
        }
        for (JsonNode model : root.path("models")) {
            documentModel(path, model);
        }
        for (JsonNode source : root.path("sources")) {
            for (JsonNode table : source.path("tables")) {
                addSourceTable(path, source, table);
            }
        }
    }

    private void documentModel(String path, JsonNode doc) {
        String name = doc.path("name").asText();
        String id = DbtIds.model(config.name(), name);
        DbtNode model = nodes.get(id);
        if (model == null) {
            findings.add(Finding.warning(path, "describes model '" + name + "', but no model of that name has a SQL file"
                    + " under " + String.join(", ", config.modelPaths()) + ".", "Rename the entry or add " + name + ".sql.", null));
            return;
        }
        List<String> tags = new ArrayList<>(model.tags());
        tags.addAll(tags(doc));
        JsonNode materialized = doc.path("config").path("materialized");
        nodes.put(id, new DbtNode(id, NodeType.MODEL, name, model.file(), doc.path("description").asText(""),
                materialized.isTextual() ? materialized.asText() : model.materialized(), tags, columns(doc), model.sql(),
                model.refs(), model.sourceRefs(), List.of(), null, null));
        addTests(path, doc, id, name, null, false);
        for (JsonNode column : doc.path("columns")) {
            addTests(path, column, id, name, column.path("name").asText(), false);
        }
    }

    private void addSourceTable(String path, JsonNode source, JsonNode table) {
        String sourceName = source.path("name").asText();
        String tableName = table.path("name").asText();
        String id = DbtIds.source(config.name(), sourceName, tableName);
        String loadedAt = table.path("loaded_at_field").asText(source.path("loaded_at_field").asText(null));
        DbtNode.SourceInfo info = new DbtNode.SourceInfo(sourceName, tableName, source.path("schema").asText(sourceName),
                source.path("loader").asText(null), loadedAt, Freshness.of(source.path("freshness"), table.path("freshness")));
        String description = table.path("description").asText(source.path("description").asText(""));
        List<String> tags = new ArrayList<>(tags(source));
        tags.addAll(tags(table));
        put(new DbtNode(id, NodeType.SOURCE, tableName, path, description, "source", tags, columns(table), "", List.of(),
                List.of(), List.of(), null, info));
        String target = sourceName + "_" + tableName;
        addTests(path, table, id, target, null, true);
        for (JsonNode column : table.path("columns")) {
            addTests(path, column, id, target, column.path("name").asText(), true);
        }
    }

    /** The {@code tests:} and {@code data_tests:} of a model, table or column as test nodes attached to {@code nodeId}. */
    private void addTests(String path, JsonNode owner, String nodeId, String target, String column, boolean onSource) {
        List<JsonNode> entries = new ArrayList<>();
        owner.path("tests").forEach(entries::add);
        owner.path("data_tests").forEach(entries::add);
        for (JsonNode entry : entries) {
            TestSpec spec = TestSpec.parse(entry);
            if (spec == null) {
                findings.add(Finding.warning(path, "a test entry under '" + owner.path("name").asText() + "' is neither a"
                        + " name nor a mapping: " + entry, "Write it as '- not_null' or '- accepted_values: {values: [...]}'.", nodeId));
                continue;
            }
            String name = spec.customName() != null ? spec.customName()
                    : GenericTestName.of(spec.kind(), target, column, spec.arguments(), onSource);
            String relationship = spec.relationshipTarget();
            List<SqlScan.Ref> refs = relationship == null ? List.of() : List.of(new SqlScan.Ref(null, relationship));
            put(new DbtNode(DbtIds.test(config.name(), name), NodeType.TEST, name, path, "", "test", List.of(), List.of(), "",
                    refs, List.of(), List.of(), new DbtNode.TestInfo(spec.kind(), nodeId, column, spec.argumentsText()), null));
        }
    }

    /** Every node's edges: what its refs and sources resolve to, and a generic test's attached node. */
    private static DbtProject resolveEdges(DbtProject project) {
        Map<String, DbtNode> resolved = new LinkedHashMap<>();
        for (DbtNode node : project.nodes().values()) {
            Set<String> parents = new LinkedHashSet<>();
            if (node.test() != null && node.test().attachedNode() != null) {
                parents.add(node.test().attachedNode());
            }
            node.refs().forEach(r -> project.resolve(r).filter(project.nodes()::containsKey).ifPresent(parents::add));
            node.sourceRefs().forEach(s -> project.resolve(s).ifPresent(parents::add));
            resolved.put(node.uniqueId(), node.withDependsOn(List.copyOf(parents)));
        }
        return new DbtProject(project.config(), resolved, project.packageModels(), project.packagesInstalled(), false,
                project.readFindings());
    }

    private void put(DbtNode node) {
        nodes.put(node.uniqueId(), node);
    }

    private static List<Column> columns(JsonNode owner) {
        List<Column> out = new ArrayList<>();
        owner.path("columns").forEach(c -> out.add(new Column(c.path("name").asText(), c.path("description").asText(""))));
        return out;
    }

    private static List<String> tags(JsonNode owner) {
        List<String> out = new ArrayList<>();
        for (JsonNode tags : List.of(owner.path("tags"), owner.path("config").path("tags"))) {
            if (tags.isTextual()) {
                out.add(tags.asText());
            }
            tags.forEach(t -> out.add(t.asText()));
        }
        return out;
    }

    private static String baseName(String path, String suffix) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.substring(0, file.length() - suffix.length());
    }

    /** The folders between the model path and the file: {@code models/staging/x.sql} → [staging]. */
    private static List<String> folders(String path, List<String> roots) {
        String root = roots.stream().filter(r -> path.startsWith(r + "/")).findFirst().orElse("");
        String inner = path.substring(root.length() + 1);
        List<String> parts = new ArrayList<>(List.of(inner.split("/")));
        parts.remove(parts.size() - 1);
        return parts;
    }
}
