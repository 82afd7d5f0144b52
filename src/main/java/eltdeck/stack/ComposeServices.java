package eltdeck.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The services of a compose file as the deploy needs them: which build, and which run an image from a registry. */
public record ComposeServices(List<Service> services) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public record Service(String name, String image, boolean builds) {
        /** Pulled from a registry: it names an image and has nothing to build. */
        public boolean pulls() {
            return image != null && !builds;
        }
    }

    public static ComposeServices parse(String yaml) {
        try {
            JsonNode services = YAML.readTree(yaml).path("services");
            List<Service> out = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = services.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode image = e.getValue().path("image");
                out.add(new Service(e.getKey(), image.isTextual() ? image.asText() : null, e.getValue().has("build")));
            }
            return new ComposeServices(List.copyOf(out));
        } catch (IOException e) {
            throw new IllegalArgumentException("The compose file is not valid YAML: " + e.getMessage(), e);
        }
    }

    public boolean anyBuilds() {
        return services.stream().anyMatch(Service::builds);
    }

    public List<Service> pulled() {
        return services.stream().filter(Service::pulls).toList();
    }
}
