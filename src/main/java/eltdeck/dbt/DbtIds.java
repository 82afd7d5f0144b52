package eltdeck.dbt;

/** dbt's unique ids as the console keys nodes: a test's id without the hash dbt appends in the manifest. */
public final class DbtIds {
    private DbtIds() {
    }

    public static String model(String project, String name) {
        return NodeType.MODEL.prefix() + "." + project + "." + name;
    }

    public static String source(String project, String source, String table) {
        return NodeType.SOURCE.prefix() + "." + project + "." + source + "." + table;
    }

    public static String test(String project, String name) {
        return NodeType.TEST.prefix() + "." + project + "." + name;
    }

    /** {@code test.p.name.0a1b2c3d4e} → {@code test.p.name}; any other id as it is. */
    public static String normalize(String uniqueId) {
        if (uniqueId.startsWith("test.") && uniqueId.split("\\.").length == 4) {
            return uniqueId.substring(0, uniqueId.lastIndexOf('.'));
        }
        return uniqueId;
    }

    /** The last part that names the node: {@code model.p.orders} → {@code orders}, a source → {@code src.table}. */
    public static String shortName(String uniqueId) {
        String id = normalize(uniqueId);
        String[] parts = id.split("\\.");
        return id.startsWith("source.") && parts.length >= 4 ? parts[2] + "." + parts[3] : parts[parts.length - 1];
    }
}
