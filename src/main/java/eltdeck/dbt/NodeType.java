package eltdeck.dbt;

import java.util.Locale;
import java.util.Optional;

/** The kinds of node in a dbt graph, named as dbt's unique ids begin ({@code model.elt_demo.stg_orders}). */
public enum NodeType {
    MODEL, SOURCE, TEST, SEED, SNAPSHOT;

    public String prefix() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a unique id, or empty for kinds the console does not draw (macros, exposures, …). */
    public static Optional<NodeType> ofUniqueId(String uniqueId) {
        String prefix = uniqueId.substring(0, Math.max(0, uniqueId.indexOf('.')));
        for (NodeType t : values()) {
            if (t.prefix().equals(prefix)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
