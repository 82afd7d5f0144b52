package eltdeck.airbyte;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The connections of every workspace with their last sync: from {@code web_backend/connections/list} (one call per
 * workspace), or, where a server lacks that unversioned endpoint, from {@code connections/list} with the source and
 * destination names and the newest sync job read one by one.
 */
public final class AirbyteConnections {
    private final AirbyteClient client;

    public AirbyteConnections(AirbyteClient client) {
        this.client = client;
    }

    public List<AirbyteConnection> list() throws AirbyteApiException {
        List<AirbyteConnection> all = new ArrayList<>();
        for (JsonNode workspace : client.post("/v1/workspaces/list", null).path("workspaces")) {
            all.addAll(inWorkspace(workspace.path("workspaceId").asText()));
        }
        return all;
    }

    /** The connection with this id, or else the only one with this name. */
    public AirbyteConnection find(String idOrName) throws AirbyteApiException {
        List<AirbyteConnection> all = list();
        List<AirbyteConnection> named = all.stream().filter(c -> c.id().equals(idOrName)).toList();
        if (named.isEmpty()) {
            named = all.stream().filter(c -> c.name().equals(idOrName)).toList();
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        throw new IllegalArgumentException(named.isEmpty()
                ? "No Airbyte connection has the id or name '" + idOrName + "'; the connections: "
                        + String.join(", ", all.stream().map(AirbyteConnection::name).toList())
                : named.size() + " Airbyte connections are named '" + idOrName + "'; give the id of one: "
                        + String.join(", ", named.stream().map(AirbyteConnection::id).toList()));
    }

    private List<AirbyteConnection> inWorkspace(String workspaceId) throws AirbyteApiException {
        JsonNode answer;
        try {
            answer = client.post("/v1/web_backend/connections/list", Map.of("workspaceId", workspaceId));
        } catch (AirbyteApiException e) {
            if (e.kind() != AirbyteApiException.Kind.NOT_FOUND) {
                throw e;
            }
            return portable(workspaceId); // an unknown workspace fails here too, with the server's message
        }
        List<AirbyteConnection> out = new ArrayList<>();
        for (JsonNode c : answer.path("connections")) {
            out.add(new AirbyteConnection(c.path("connectionId").asText(), c.path("name").asText(), workspaceId,
                    c.path("source").path("name").asText("?"), c.path("destination").path("name").asText("?"),
                    SyncSchedule.of(c), c.path("status").asText("unknown"), JobJson.text(c, "latestSyncJobStatus"),
                    JobJson.seconds(c, "latestSyncJobCreatedAt")));
        }
        return out;
    }

    private List<AirbyteConnection> portable(String workspaceId) throws AirbyteApiException {
        SyncJobs jobs = new SyncJobs(client);
        Map<String, String> names = new HashMap<>();
        List<AirbyteConnection> out = new ArrayList<>();
        for (JsonNode c : client.post("/v1/connections/list", Map.of("workspaceId", workspaceId)).path("connections")) {
            String id = c.path("connectionId").asText();
            List<SyncJob> latest = jobs.history(id, 1);
            out.add(new AirbyteConnection(id, c.path("name").asText(), workspaceId,
                    name(names, "sources", "sourceId", c.path("sourceId").asText()),
                    name(names, "destinations", "destinationId", c.path("destinationId").asText()),
                    SyncSchedule.of(c), c.path("status").asText("unknown"),
                    latest.isEmpty() ? null : latest.get(0).status(), latest.isEmpty() ? null : latest.get(0).createdAt()));
        }
        return out;
    }

    private String name(Map<String, String> known, String kind, String idField, String id) throws AirbyteApiException {
        String name = known.get(id);
        if (name == null) {
            name = client.post("/v1/" + kind + "/get", Map.of(idField, id)).path("name").asText("?");
            known.put(id, name);
        }
        return name;
    }
}
