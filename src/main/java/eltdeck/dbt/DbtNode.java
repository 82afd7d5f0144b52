package eltdeck.dbt;

import java.util.List;

/**
 * One node of a dbt project as the console shows it. {@code refs} and {@code sourceRefs} are what the SQL asks for;
 * {@code dependsOn} holds the unique ids they resolved to (or the manifest's, when there is one).
 *
 * @param test   set for tests: what kind, on which node and column
 * @param source set for sources: where the table is loaded and how fresh it must be
 */
public record DbtNode(String uniqueId, NodeType type, String name, String file, String description, String materialized,
                      List<String> tags, List<Column> columns, String sql, List<SqlScan.Ref> refs,
                      List<SqlScan.SourceRef> sourceRefs, List<String> dependsOn, TestInfo test, SourceInfo source) {

    public DbtNode {
        tags = List.copyOf(tags);
        columns = List.copyOf(columns);
        refs = List.copyOf(refs);
        sourceRefs = List.copyOf(sourceRefs);
        dependsOn = List.copyOf(dependsOn);
        description = description == null ? "" : description.strip();
    }

    /** What a test checks: a generic test ({@code not_null}, {@code relationships}, a custom one) or a singular one. */
    public record TestInfo(String kind, String attachedNode, String column, String arguments) {
        public boolean singular() {
            return attachedNode == null;
        }
    }

    public record SourceInfo(String sourceName, String table, String schema, String loader, String loadedAtField,
                             Freshness freshness) {
    }

    public DbtNode withDependsOn(List<String> ids) {
        return new DbtNode(uniqueId, type, name, file, description, materialized, tags, columns, sql, refs, sourceRefs,
                ids, test, source);
    }

    public DbtNode withMaterialized(String value) {
        return new DbtNode(uniqueId, type, name, file, description, value, tags, columns, sql, refs, sourceRefs,
                dependsOn, test, source);
    }

    /** The label a list or graph shows: a source as {@code source.table}, anything else by name. */
    public String label() {
        return source == null ? name : source.sourceName() + "." + source.table();
    }
}
