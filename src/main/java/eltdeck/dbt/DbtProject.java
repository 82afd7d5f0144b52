package eltdeck.dbt;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dbt project as read: its configuration, every node by unique id, the models of installed packages
 * ({@code package.model}), and what could not be read (a broken schema file) as findings.
 */
public record DbtProject(ProjectConfig config, Map<String, DbtNode> nodes, Set<String> packageModels,
                         boolean packagesInstalled, boolean fromManifest, List<Finding> readFindings) {

    public DbtProject {
        nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
        packageModels = Set.copyOf(packageModels);
        readFindings = List.copyOf(readFindings);
    }

    public String name() {
        return config.name();
    }

    public Optional<DbtNode> node(String uniqueId) {
        return Optional.ofNullable(nodes.get(DbtIds.normalize(uniqueId)));
    }

    public List<DbtNode> ofType(NodeType type) {
        return nodes.values().stream().filter(n -> n.type() == type).toList();
    }

    /** The tests that check {@code nodeId}: attached to it, or (singular tests) selecting from it. */
    public List<DbtNode> testsOf(String nodeId) {
        return ofType(NodeType.TEST).stream().filter(t -> nodeId.equals(t.test().attachedNode())
                || t.test().singular() && t.dependsOn().contains(nodeId)).toList();
    }

    /**
     * The node a ref points at: a model, seed or snapshot of this project by name, or of the named package; a ref
     * to an installed package's model resolves to {@code package.model} (not drawn).
     */
    public Optional<String> resolve(SqlScan.Ref ref) {
        if (ref.packageName() != null && !ref.packageName().equals(name())) {
            String key = ref.packageName() + "." + ref.model();
            return packageModels.contains(key) ? Optional.of(key) : Optional.empty();
        }
        Optional<String> own = resolveName(ref.model(), nodes.values());
        return own.isPresent() ? own : packageModels.stream().filter(k -> k.endsWith("." + ref.model())).findFirst();
    }

    public Optional<String> resolve(SqlScan.SourceRef ref) {
        String id = DbtIds.source(name(), ref.source(), ref.table());
        return nodes.containsKey(id) ? Optional.of(id) : Optional.empty();
    }

    private static Optional<String> resolveName(String name, Collection<DbtNode> nodes) {
        return nodes.stream().filter(n -> n.name().equals(name) && (n.type() == NodeType.MODEL || n.type() == NodeType.SEED
                || n.type() == NodeType.SNAPSHOT)).map(DbtNode::uniqueId).findFirst();
    }
}
