package eltdeck.dbt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a model's SQL says about the graph, read from its Jinja without rendering it: {@code ref()} (one or two
 * names, a version argument tolerated), {@code source()}, and {@code config(materialized=…, tags=…)}.
 * Jinja comments are removed first, so a commented-out ref does not count.
 */
public record SqlScan(List<Ref> refs, List<SourceRef> sources, Optional<String> materialized, List<String> tags) {
    private static final Pattern COMMENT = Pattern.compile("\\{#.*?#}", Pattern.DOTALL);
    private static final String STRING = "\\s*(['\"])([^'\"]+)\\";
    private static final Pattern REF = Pattern.compile("\\bref\\s*\\(" + STRING + "1\\s*(?:," + STRING
            + "3\\s*)?(?:,\\s*(?:v|version)\\s*=\\s*[^)]*)?\\)");
    private static final Pattern SOURCE = Pattern.compile("\\bsource\\s*\\(" + STRING + "1\\s*," + STRING + "3\\s*\\)");
    private static final Pattern CONFIG = Pattern.compile("\\bconfig\\s*\\((.*?)\\)\\s*}}", Pattern.DOTALL);
    private static final Pattern MATERIALIZED = Pattern.compile("materialized\\s*=\\s*['\"](\\w+)['\"]");
    private static final Pattern TAGS = Pattern.compile("tags\\s*=\\s*(\\[[^]]*]|['\"][^'\"]*['\"])");
    private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]");

    /** {@code ref('model')} or {@code ref('package', 'model')}. */
    public record Ref(String packageName, String model) {
        @Override
        public String toString() {
            return packageName == null ? "ref('" + model + "')" : "ref('" + packageName + "', '" + model + "')";
        }
    }

    public record SourceRef(String source, String table) {
        @Override
        public String toString() {
            return "source('" + source + "', '" + table + "')";
        }
    }

    public static SqlScan of(String sql) {
        String code = COMMENT.matcher(sql).replaceAll(" ");
        LinkedHashSet<Ref> refs = new LinkedHashSet<>();
        for (Matcher m = REF.matcher(code); m.find(); ) {
            refs.add(m.group(4) == null ? new Ref(null, m.group(2)) : new Ref(m.group(2), m.group(4)));
        }
        LinkedHashSet<SourceRef> sources = new LinkedHashSet<>();
        for (Matcher m = SOURCE.matcher(code); m.find(); ) {
            sources.add(new SourceRef(m.group(2), m.group(4)));
        }
        Optional<String> materialized = Optional.empty();
        List<String> tags = new ArrayList<>();
        for (Matcher m = CONFIG.matcher(code); m.find(); ) {
            Matcher mat = MATERIALIZED.matcher(m.group(1));
            if (mat.find()) {
                materialized = Optional.of(mat.group(1));
            }
            Matcher t = TAGS.matcher(m.group(1));
            if (t.find()) {
                for (Matcher q = QUOTED.matcher(t.group(1)); q.find(); ) {
                    tags.add(q.group(1));
                }
            }
        }
        return new SqlScan(List.copyOf(refs), List.copyOf(sources), materialized, List.copyOf(tags));
    }
}
