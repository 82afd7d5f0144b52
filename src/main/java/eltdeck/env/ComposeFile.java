package eltdeck.env;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * What a {@code docker-compose.yml} says about the {@code .env}: the names the agent service receives
 * through its {@code environment:} (list form {@code - NAME} / {@code - NAME=value} or map form
 * {@code NAME: value}; anchors and merge keys resolved), and every {@code ${NAME}} the file
 * interpolates, with its line; and its services as the deploy needs them (which build, which pull an
 * image). A file that is not YAML, not a mapping, or has no agent service is not an exception: it
 * gives a finding in {@link #problems()}, and the checks that need it are skipped.
 */
public final class ComposeFile {
    /** A variable the compose file interpolates, at a 1-based line. */
    public record VariableUse(String name, int line, boolean fallback) {
    }

    /** A service of the file: the image it names ({@code null} when none), and whether it has something to build. */
    public record Service(String name, String image, boolean builds) {
        /** Pulled from a registry: it names an image and has nothing to build. */
        public boolean pulls() {
            return image != null && !builds;
        }
    }

    private final String agentService;
    private final List<VariableUse> uses;
    private final List<Service> services;
    private final Optional<Set<String>> agentEnvironment;
    private final List<Finding> problems;

    private ComposeFile(String agentService, List<VariableUse> uses, List<Service> services, Optional<Set<String>> agentEnvironment,
                        List<Finding> problems) {
        this.agentService = agentService;
        this.uses = List.copyOf(uses);
        this.services = List.copyOf(services);
        this.agentEnvironment = agentEnvironment.map(Set::copyOf);
        this.problems = List.copyOf(problems);
    }

    public static ComposeFile parse(String yaml, String agentService) {
        YamlReader.Document document;
        try {
            document = YamlReader.read(yaml);
        } catch (JacksonException e) {
            // At the end of the stream the parser points past the last line.
            int lastLine = (int) Math.max(1, yaml.lines().count());
            return invalid(agentService, Math.min(line(e), lastLine), "the compose file is not valid YAML: " + problem(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String does no I/O
        }
        JsonNode root = document.root();
        if (root == null) {
            return invalid(agentService, 1, "the compose file is empty");
        }
        if (!root.isObject()) {
            return invalid(agentService, 1, "the compose file is not a mapping of top-level keys (services:, volumes: ...)");
        }
        List<VariableUse> uses = new ArrayList<>();
        for (YamlReader.LocatedString string : document.strings()) {
            Interpolation.references(string.text()).forEach(ref -> uses.add(new VariableUse(ref.name(), string.line(), ref.fallback())));
        }
        JsonNode services = root.path("services");
        List<Service> declared = declaredServices(services);
        JsonNode service = services.path(agentService);
        if (!service.isObject()) {
            String found = services.isObject() ? "services: has " + String.join(", ", fieldNames(services))
                    : "there is no services: mapping";
            Finding missing = Rule.AGENT_SERVICE_MISSING.at(Source.COMPOSE, document.topLevelKeyLines().getOrDefault("services", 1),
                    "no service '" + agentService + "' to check the agent's environment against (" + found + ")",
                    Fix.advice("Name the Prefect agent's service with --agent-service, or add that service."));
            return new ComposeFile(agentService, uses, declared, Optional.empty(), List.of(missing));
        }
        return new ComposeFile(agentService, uses, declared, Optional.of(environmentNames(service.path("environment"))), List.of());
    }

    private static ComposeFile invalid(String agentService, int line, String message) {
        Finding finding = Rule.COMPOSE_INVALID.at(Source.COMPOSE, line, message,
                Fix.advice("Correct the YAML near this line; until then the checks against the compose file are skipped."));
        return new ComposeFile(agentService, List.of(), List.of(), Optional.empty(), List.of(finding));
    }

    private static List<Service> declaredServices(JsonNode services) {
        List<Service> declared = new ArrayList<>();
        services.properties().forEach(entry -> {
            JsonNode image = entry.getValue().path("image");
            declared.add(new Service(entry.getKey(), image.isTextual() ? image.asText() : null, entry.getValue().has("build")));
        });
        return declared;
    }

    private static Set<String> environmentNames(JsonNode environment) {
        Set<String> names = new HashSet<>();
        if (environment.isArray()) {
            environment.forEach(item -> names.add(item.asText().split("=", 2)[0].strip()));
        } else if (environment.isObject()) {
            names.addAll(fieldNames(environment));
        }
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static int line(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return yaml.getProblemMark().getLine() + 1;
        }
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    /** The parser's problem in words, without the snippet of the file it quotes (it may hold a secret). */
    private static String problem(JacksonException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblem() != null) {
            return yaml.getProblem();
        }
        return e.getOriginalMessage().lines().findFirst().orElse("unreadable");
    }

    /** The name of the service that runs the Prefect agent. */
    public String agentService() {
        return agentService;
    }

    public List<VariableUse> variableUses() {
        return uses;
    }

    /** Whether the agent's {@code environment:} could be read (the file is valid and the service exists). */
    public boolean hasAgent() {
        return agentEnvironment.isPresent();
    }

    public boolean agentReceives(String name) {
        return agentEnvironment.map(names -> names.contains(name)).orElse(false);
    }

    /** The services in the order the file declares them; none when the file is not valid. */
    public List<Service> services() {
        return services;
    }

    public boolean anyBuilds() {
        return services.stream().anyMatch(Service::builds);
    }

    public List<Service> pulled() {
        return services.stream().filter(Service::pulls).toList();
    }

    /** The compose file's own problems: not YAML, not a mapping, no agent service. */
    public List<Finding> problems() {
        return problems;
    }
}
