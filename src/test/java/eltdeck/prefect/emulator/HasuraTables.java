package eltdeck.prefect.emulator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The emulator's Postgres: rows of each table as maps, the relationships between tables, and Hasura's query
 * arguments ({@code where} bool_exp, {@code order_by}, {@code limit}, {@code offset}) evaluated over them.
 * A comparison with a null value is no condition ({@code V1_BOOLEAN_NULL_COLLAPSE}, as Prefect's compose sets it).
 */
final class HasuraTables {
    /** {@code table.field} → the table it leads to, joined on {@code localKey = remoteKey}. */
    record Relationship(String target, String localKey, String remoteKey, boolean array) {
    }

    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
    private final Map<String, Map<String, Relationship>> relationships = new LinkedHashMap<>();

    HasuraTables() {
        for (String t : List.of("tenant", "agent", "project", "flow_group", "flow", "flow_run", "flow_run_state", "task",
                "task_run", "log")) {
            rows.put(t, new ArrayList<>());
            relationships.put(t, new LinkedHashMap<>());
        }
        object("flow_group", "tenant", "tenant", "tenant_id");
        array("flow_group", "flows", "flow", "flow_group_id");
        object("flow", "flow_group", "flow_group", "flow_group_id");
        object("flow", "project", "project", "project_id");
        object("flow", "tenant", "tenant", "tenant_id");
        array("flow", "flow_runs", "flow_run", "flow_id");
        array("flow", "tasks", "task", "flow_id");
        object("flow_run", "flow", "flow", "flow_id");
        object("flow_run", "agent", "agent", "agent_id");
        object("flow_run", "tenant", "tenant", "tenant_id");
        array("flow_run", "states", "flow_run_state", "flow_run_id");
        array("flow_run", "task_runs", "task_run", "flow_run_id");
        array("flow_run", "logs", "log", "flow_run_id");
        object("flow_run_state", "flow_run", "flow_run", "flow_run_id");
        object("task", "flow", "flow", "flow_id");
        object("task_run", "flow_run", "flow_run", "flow_run_id");
        object("task_run", "task", "task", "task_id");
        array("task_run", "logs", "log", "task_run_id");
    }

    private void object(String table, String field, String target, String localKey) {
        relationships.get(table).put(field, new Relationship(target, localKey, "id", false));
    }

    private void array(String table, String field, String target, String remoteKey) {
        relationships.get(table).put(field, new Relationship(target, "id", remoteKey, true));
    }

    Map<String, Map<String, Relationship>> relationships() {
        return relationships;
    }

    List<Map<String, Object>> all(String table) {
        return rows.get(table);
    }

    void insert(String table, Map<String, Object> row) {
        rows.get(table).add(row);
    }

    Map<String, Object> byId(String table, Object id) {
        return rows.get(table).stream().filter(r -> Objects.equals(r.get("id"), id)).findFirst().orElse(null);
    }

    List<Map<String, Object>> where(String table, Predicate<Map<String, Object>> condition) {
        return rows.get(table).stream().filter(condition).toList();
    }

    void delete(String table, Predicate<Map<String, Object>> condition) {
        rows.get(table).removeIf(condition);
    }

    /** What a relationship field of {@code row} holds: a row (or null), or the list of related rows. */
    Object follow(String table, Map<String, Object> row, String field) {
        Relationship rel = relationships.get(table).get(field);
        Object key = row.get(rel.localKey());
        List<Map<String, Object>> related = rows.get(rel.target()).stream()
                .filter(r -> key != null && key.equals(r.get(rel.remoteKey()))).toList();
        return rel.array() ? related : related.stream().findFirst().orElse(null);
    }

    /** A select: {@code where}, then {@code order_by}, then {@code offset} and {@code limit}. */
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> select(String table, Collection<Map<String, Object>> candidates, Map<String, Object> args) {
        Map<String, Object> where = (Map<String, Object>) args.get("where");
        List<Map<String, Object>> out = new ArrayList<>(candidates.stream().filter(r -> where == null || matches(table, r, where)).toList());
        Object orderBy = args.get("order_by");
        if (orderBy != null) {
            out.sort(ordering(table, (List<Map<String, Object>>) orderBy));
        }
        int offset = args.get("offset") == null ? 0 : (Integer) args.get("offset");
        int limit = args.get("limit") == null ? Integer.MAX_VALUE : (Integer) args.get("limit");
        return out.stream().skip(offset).limit(limit).toList();
    }

    @SuppressWarnings("unchecked")
    boolean matches(String table, Map<String, Object> row, Map<String, Object> exp) {
        for (Map.Entry<String, Object> e : exp.entrySet()) {
            Object value = e.getValue();
            if (value == null) {
                continue;
            }
            boolean ok = switch (e.getKey()) {
                case "_and" -> ((List<Map<String, Object>>) value).stream().allMatch(x -> matches(table, row, x));
                case "_or" -> ((List<Map<String, Object>>) value).isEmpty()
                        || ((List<Map<String, Object>>) value).stream().anyMatch(x -> matches(table, row, x));
                case "_not" -> !matches(table, row, (Map<String, Object>) value);
                default -> field(table, row, e.getKey(), (Map<String, Object>) value);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private boolean field(String table, Map<String, Object> row, String name, Map<String, Object> condition) {
        Relationship rel = relationships.get(table).get(name);
        if (rel != null) {
            Object related = follow(table, row, name);
            if (rel.array()) {
                return ((List<Map<String, Object>>) related).stream().anyMatch(r -> matches(rel.target(), r, condition));
            }
            return related != null && matches(rel.target(), (Map<String, Object>) related, condition);
        }
        Object actual = row.get(name);
        for (Map.Entry<String, Object> c : condition.entrySet()) {
            Object expected = c.getValue();
            if (expected == null) {
                continue;
            }
            if (!compare(c.getKey(), actual, expected)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean compare(String op, Object actual, Object expected) {
        switch (op) {
            case "_is_null":
                return (actual == null) == (Boolean) expected;
            case "_eq":
                return actual != null && actual.equals(expected);
            case "_neq":
                return actual != null && !actual.equals(expected);
            case "_in":
                return actual != null && ((List<Object>) expected).contains(actual);
            case "_nin":
                return actual != null && !((List<Object>) expected).contains(actual);
            case "_gt":
                return actual != null && ((Comparable) actual).compareTo(expected) > 0;
            case "_gte":
                return actual != null && ((Comparable) actual).compareTo(expected) >= 0;
            case "_lt":
                return actual != null && ((Comparable) actual).compareTo(expected) < 0;
            case "_lte":
                return actual != null && ((Comparable) actual).compareTo(expected) <= 0;
            case "_like":
            case "_ilike":
                return actual != null && like((String) expected, op.equals("_ilike")).matcher((String) actual).matches();
            case "_has_key":
                return actual instanceof Map<?, ?> m && m.containsKey(expected);
            case "_contains":
                return contains(actual, expected);
            default:
                throw new IllegalArgumentException("the emulator does not evaluate " + op);
        }
    }

    private static Pattern like(String pattern, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (char ch : pattern.toCharArray()) {
            regex.append(ch == '%' ? ".*" : ch == '_' ? "." : Pattern.quote(String.valueOf(ch)));
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.DOTALL : Pattern.DOTALL);
    }

    /** Postgres {@code @>} on jsonb: every element of a list, every key of an object. */
    private static boolean contains(Object actual, Object expected) {
        if (expected instanceof List<?> want) {
            return actual instanceof List<?> have && want.stream().allMatch(w -> have.stream().anyMatch(h -> contains(h, w)));
        }
        if (expected instanceof Map<?, ?> want) {
            return actual instanceof Map<?, ?> have && want.entrySet().stream()
                    .allMatch(w -> have.containsKey(w.getKey()) && contains(have.get(w.getKey()), w.getValue()));
        }
        return Objects.equals(actual, expected);
    }

    @SuppressWarnings("unchecked")
    private Comparator<Map<String, Object>> ordering(String table, List<Map<String, Object>> orderBy) {
        Comparator<Map<String, Object>> result = (a, b) -> 0;
        for (Map<String, Object> item : orderBy) {
            for (Map.Entry<String, Object> e : item.entrySet()) {
                Relationship rel = relationships.get(table).get(e.getKey());
                Comparator<Map<String, Object>> next;
                if (rel != null) {
                    Comparator<Map<String, Object>> inner = ordering(rel.target(), List.of((Map<String, Object>) e.getValue()));
                    next = (a, b) -> inner.compare((Map<String, Object>) follow(table, a, e.getKey()),
                            (Map<String, Object>) follow(table, b, e.getKey()));
                } else {
                    next = column(e.getKey(), e.getValue().toString());
                }
                result = result.thenComparing(next);
            }
        }
        return result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Map<String, Object>> column(String name, String direction) {
        boolean desc = direction.startsWith("desc");
        // Postgres puts nulls last ascending and first descending, unless told otherwise.
        boolean nullsFirst = direction.endsWith("nulls_first") || (desc && !direction.endsWith("nulls_last"));
        Comparator<Object> values = (a, b) -> ((Comparable) a).compareTo(b);
        Comparator<Object> directed = desc ? values.reversed() : values;
        Comparator<Object> withNulls = nullsFirst ? Comparator.nullsFirst(directed) : Comparator.nullsLast(directed);
        return (a, b) -> withNulls.compare(a.get(name), b.get(name));
    }
}
