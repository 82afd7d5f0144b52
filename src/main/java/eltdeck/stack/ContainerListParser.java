package eltdeck.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON that lists containers, whichever tool printed it: {@code docker ps --format '{{json .}}'},
 * {@code docker compose ps --format json} up to v2.20 (one array) and from v2.21 (one object per line).
 * Containers are identified by compose labels, never by their names (v1 and v2 name them differently).
 */
public final class ContainerListParser {
    public static final String PROJECT_LABEL = "com.docker.compose.project";
    public static final String SERVICE_LABEL = "com.docker.compose.service";
    private static final Pattern HEALTH_IN_STATUS = Pattern.compile("\\((?:health: )?(healthy|unhealthy|starting)\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ContainerListParser() {
    }

    public static List<ContainerInfo> parse(String output) {
        String text = output == null ? "" : output.trim();
        List<ContainerInfo> out = new ArrayList<>();
        try {
            if (text.startsWith("[")) {
                for (JsonNode node : JSON.readTree(text)) {
                    out.add(container(node));
                }
            } else {
                for (String line : text.split("\\R")) {
                    if (!line.isBlank()) {
                        out.add(container(JSON.readTree(line)));
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The container list from the VM is not the JSON expected: "
                    + e.getOriginalMessage(), e);
        }
        return out;
    }

    private static ContainerInfo container(JsonNode n) {
        Map<String, String> labels = labels(n.path("Labels").asText(""));
        String status = n.path("Status").asText("");
        String health = n.path("Health").asText("");
        if (health.isEmpty()) {
            Matcher m = HEALTH_IN_STATUS.matcher(status);
            health = m.find() ? m.group(1) : "";
        }
        String name = firstNonEmpty(n.path("Name").asText(""), n.path("Names").asText(""));
        return new ContainerInfo(n.path("ID").asText(""), name,
                firstNonEmpty(n.path("Project").asText(""), labels.getOrDefault(PROJECT_LABEL, "")),
                firstNonEmpty(n.path("Service").asText(""), labels.getOrDefault(SERVICE_LABEL, "")),
                n.path("Image").asText(""), n.path("State").asText("").toLowerCase(Locale.ROOT), health, status, ports(n));
    }

    /** docker's "k=v,k2=v2" labels; a value may itself hold commas (config_files), so a piece without '=' continues it. */
    static Map<String, String> labels(String text) {
        Map<String, String> labels = new LinkedHashMap<>();
        String lastKey = null;
        for (String piece : text.split(",")) {
            int eq = piece.indexOf('=');
            if (eq > 0) {
                lastKey = piece.substring(0, eq);
                labels.put(lastKey, piece.substring(eq + 1));
            } else if (lastKey != null) {
                labels.put(lastKey, labels.get(lastKey) + "," + piece);
            }
        }
        return labels;
    }

    private static List<String> ports(JsonNode n) {
        List<String> ports = new ArrayList<>();
        JsonNode publishers = n.path("Publishers");
        if (publishers.isArray() && publishers.size() > 0) {
            for (JsonNode p : publishers) {
                if (p.path("PublishedPort").asInt() > 0) {
                    ports.add(p.path("URL").asText("") + ":" + p.path("PublishedPort").asInt() + "->"
                            + p.path("TargetPort").asInt() + "/" + p.path("Protocol").asText("tcp"));
                }
            }
            return ports;
        }
        String text = n.path("Ports").asText("");
        for (String p : text.split(",\\s*")) {
            if (!p.isBlank()) {
                ports.add(p.trim());
            }
        }
        return ports;
    }

    private static String firstNonEmpty(String a, String b) {
        return a.isEmpty() ? b : a;
    }
}
