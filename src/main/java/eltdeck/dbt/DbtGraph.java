package eltdeck.dbt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dependency graph of a project: its nodes (models, sources, seeds, snapshots, tests) and the edges from each
 * node's parents to it, with a topological order, the first cycle found, and a layer per node for drawing left to
 * right (a node sits one layer right of its furthest parent).
 */
public final class DbtGraph {
    /** An edge from a parent to the node that selects from it. */
    public record Edge(String from, String to) {
    }

    private final Map<String, DbtNode> nodes;
    private final List<Edge> edges;
    private final Map<String, List<String>> children = new LinkedHashMap<>();

    private DbtGraph(Map<String, DbtNode> nodes, List<Edge> edges) {
        this.nodes = nodes;
        this.edges = List.copyOf(edges);
        nodes.keySet().forEach(id -> children.put(id, new ArrayList<>()));
        edges.forEach(e -> children.get(e.from()).add(e.to()));
    }

    /** The graph of {@code project}, tests left out when {@code withTests} is false (the drawing shows them in the detail). */
    public static DbtGraph of(DbtProject project, boolean withTests) {
        Map<String, DbtNode> nodes = new LinkedHashMap<>();
        project.nodes().values().stream().filter(n -> withTests || n.type() != NodeType.TEST)
                .forEach(n -> nodes.put(n.uniqueId(), n));
        List<Edge> edges = new ArrayList<>();
        for (DbtNode node : nodes.values()) {
            node.dependsOn().stream().filter(nodes::containsKey).distinct().forEach(p -> edges.add(new Edge(p, node.uniqueId())));
        }
        return new DbtGraph(nodes, edges);
    }

    public Map<String, DbtNode> nodes() {
        return Collections.unmodifiableMap(nodes);
    }

    public List<Edge> edges() {
        return edges;
    }

    /** Parents before children (Kahn's algorithm, in reading order among equals); nodes on a cycle are left out. */
    public List<String> topologicalOrder() {
        Map<String, Integer> indegree = new HashMap<>();
        nodes.keySet().forEach(id -> indegree.put(id, 0));
        edges.forEach(e -> indegree.merge(e.to(), 1, Integer::sum));
        Deque<String> ready = new ArrayDeque<>();
        nodes.keySet().stream().filter(id -> indegree.get(id) == 0).forEach(ready::add);
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String child : children.get(id)) {
                if (indegree.merge(child, -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        return order;
    }

    /** The first cycle found, as a path that ends where it starts ({@code a → b → a}); empty when there is none. */
    public Optional<List<String>> cycle() {
        Set<String> done = new HashSet<>();
        for (String start : nodes.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = walk(start, path, new HashSet<>(), done);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> walk(String id, List<String> path, Set<String> onPath, Set<String> done) {
        if (onPath.contains(id)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
            cycle.add(id);
            return Optional.of(cycle);
        }
        if (!done.add(id)) {
            return Optional.empty();
        }
        path.add(id);
        onPath.add(id);
        for (String child : children.get(id)) {
            Optional<List<String>> found = walk(child, path, onPath, done);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        onPath.remove(id);
        return Optional.empty();
    }

    /** Layer per node: 0 for nodes without parents, else one more than the furthest parent; a cycle's nodes go last. */
    public Map<String, Integer> layers() {
        Map<String, Integer> layer = new LinkedHashMap<>();
        List<String> order = topologicalOrder();
        for (String id : order) {
            int l = nodes.get(id).dependsOn().stream().filter(layer::containsKey).mapToInt(p -> layer.get(p) + 1).max().orElse(0);
            layer.put(id, l);
        }
        int last = layer.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        nodes.keySet().forEach(id -> layer.putIfAbsent(id, last));
        return layer;
    }
}
