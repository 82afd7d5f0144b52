package eltdeck.env;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables a stack's {@code .env} should hold, read from the repository's {@code .env.example}.
 *
 * <p>Each {@code NAME=example} line of the example is documented by the comment lines right above it
 * (a blank line ends the block). Those comments are its description, except a comment line that is
 * nothing but a bracketed list of markers:
 * <pre>
 * # Password of the Snowflake user the flows log in as.
 * # [required, secret]
 * SNOWFLAKE_PASSWORD=
 * </pre>
 * Markers are separated by commas or spaces, in any case:
 * <ul>
 * <li>{@code required}: the {@code .env} must set the variable to a non-empty value;</li>
 * <li>{@code optional}: it may be missing or empty (what an unmarked variable is);</li>
 * <li>{@code secret}: its value is masked wherever ELT Deck shows it.</li>
 * </ul>
 * A variable whose name contains TOKEN, PASSW, SECRET or KEY is secret without a marker, and so is
 * any such name the schema does not list. An unknown marker, {@code required} together with
 * {@code optional}, or a marker line with no variable under it is reported (rule example-marker)
 * and otherwise ignored.
 */
public final class EnvSchema {
    /** No {@code .env.example}: nothing is required, secrets are known by their names only. */
    public static final EnvSchema EMPTY = new EnvSchema(Map.of(), List.of());

    static final String MASK = "****";

    private static final Pattern MARKER_LINE = Pattern.compile("\\s*#\\s*\\[([^\\]]*)\\]\\s*");
    private static final Set<String> MARKERS = Set.of("required", "optional", "secret");

    private final Map<String, SchemaVariable> variables;
    private final List<Finding> problems;

    private EnvSchema(Map<String, SchemaVariable> variables, List<Finding> problems) {
        this.variables = variables;
        this.problems = problems;
    }

    public static EnvSchema parse(String exampleText) {
        Map<String, SchemaVariable> variables = new LinkedHashMap<>();
        List<Finding> problems = new ArrayList<>();
        List<Integer> block = new ArrayList<>();
        EnvFile example = EnvParser.parse(exampleText);
        for (int number = 1; number <= example.lines().size(); number++) {
            EnvLine line = example.line(number);
            if (line.kind() == EnvLine.Kind.COMMENT) {
                block.add(number);
                continue;
            }
            if (line.isEntry()) {
                variables.put(line.name(), variable(example, block, number, problems));
            } else {
                reportOrphanMarkers(example, block, problems);
            }
            block.clear();
        }
        reportOrphanMarkers(example, block, problems);
        return new EnvSchema(Collections.unmodifiableMap(variables), List.copyOf(problems));
    }

    private static void reportOrphanMarkers(EnvFile example, List<Integer> block, List<Finding> problems) {
        block.stream().filter(n -> MARKER_LINE.matcher(example.line(n).text()).matches()).forEach(n -> problems.add(
                Rule.EXAMPLE_MARKER.at(Source.EXAMPLE, n, "this marker list is not attached to a variable",
                        Fix.advice("Put it in the comment block directly above the variable it describes, with no blank line between."))));
    }

    private static SchemaVariable variable(EnvFile example, List<Integer> block, int number, List<Finding> problems) {
        String name = example.line(number).name();
        List<String> description = new ArrayList<>();
        Set<String> markers = new HashSet<>();
        for (int n : block) {
            String text = example.line(n).text();
            Matcher marker = MARKER_LINE.matcher(text);
            if (!marker.matches()) {
                description.add(text.stripLeading().substring(1).strip());
                continue;
            }
            for (String token : marker.group(1).toLowerCase(Locale.ROOT).split("[,\\s]+")) {
                if (MARKERS.contains(token)) {
                    markers.add(token);
                } else if (!token.isEmpty()) {
                    problems.add(Rule.EXAMPLE_MARKER.at(Source.EXAMPLE, n, "unknown marker '" + token + "' for " + name,
                            Fix.advice("Use required, optional or secret.")));
                }
            }
        }
        if (markers.contains("required") && markers.contains("optional")) {
            problems.add(Rule.EXAMPLE_MARKER.at(Source.EXAMPLE, number, name + " is marked both required and optional",
                    Fix.advice("Keep one of the two markers.")));
        }
        boolean secret = markers.contains("secret") || EnvNames.looksSecret(name);
        return new SchemaVariable(name, String.join(" ", description), markers.contains("required"), secret, number);
    }

    /** The variables in the order the example first lists them. */
    public List<SchemaVariable> variables() {
        return List.copyOf(variables.values());
    }

    public Optional<SchemaVariable> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** Problems with the markers of the example itself. */
    public List<Finding> problems() {
        return problems;
    }

    /** Marked secret in the example, or named like a secret. */
    public boolean isSecret(String name) {
        return variable(name).map(SchemaVariable::secret).orElse(false) || EnvNames.looksSecret(name);
    }

    /** {@code NAME=value} as it may be shown: the value is masked when the variable is secret. */
    public String shownLine(String name, String value) {
        return name + "=" + (isSecret(name) ? MASK : value);
    }
}
