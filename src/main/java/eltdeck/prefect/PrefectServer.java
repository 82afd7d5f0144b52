package eltdeck.prefect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The server itself: is it there, what is it, does it have a tenant, which agents ask it for work. */
public final class PrefectServer {
    /** The tenant {@code prefect server start} creates; a hand-written compose stack has none. */
    public static final String DEFAULT_TENANT = "default";

    private final GraphQlClient client;

    public PrefectServer(GraphQlClient client) {
        this.client = client;
    }

    /** The test query the Core client and the agent send; true when the server answers it. */
    public boolean hello() throws PrefectApiException {
        return client.execute("query { hello }", Map.of()).hasNonNull("hello");
    }

    public ServerInfo info() throws PrefectApiException {
        JsonNode api = client.execute("query { api { backend mode version core_version } }", Map.of()).path("api");
        return new ServerInfo(Json.text(api, "backend"), Json.text(api, "mode"), Json.text(api, "version"),
                Json.text(api, "core_version"));
    }

    public List<Tenant> tenants() throws PrefectApiException {
        List<Tenant> tenants = new ArrayList<>();
        for (JsonNode t : client.execute("query { tenant(order_by: {created: asc}) { id name slug } }", Map.of()).path("tenant")) {
            tenants.add(new Tenant(Json.text(t, "id"), Json.text(t, "name"), Json.text(t, "slug")));
        }
        return tenants;
    }

    /** Creates the {@code default} tenant as {@code prefect server create-tenant} does; returns its id. */
    public String createDefaultTenant() throws PrefectApiException {
        JsonNode data = client.execute("mutation($input: create_tenant_input!) { create_tenant(input: $input) { id } }",
                Map.of("input", Map.of("name", DEFAULT_TENANT, "slug", DEFAULT_TENANT)));
        String id = Json.text(data.path("create_tenant"), "id");
        if (id == null) {
            throw new PrefectApiException(PrefectApiException.Kind.BAD_RESPONSE, "The Prefect API created no tenant and gave no reason.");
        }
        return id;
    }

    /** The existing tenant's id, or a new {@code default} tenant's when there is none. */
    public String ensureTenant() throws PrefectApiException {
        List<Tenant> tenants = tenants();
        return tenants.isEmpty() ? createDefaultTenant() : tenants.get(0).id();
    }

    /** Every agent the server knows, the most recently active first. */
    public List<Agent> agents() throws PrefectApiException {
        List<Agent> agents = new ArrayList<>();
        JsonNode data = client.execute("query { agent(order_by: [{last_queried: desc_nulls_last}]) {"
                + " id name type labels last_queried } }", Map.of());
        for (JsonNode a : data.path("agent")) {
            agents.add(new Agent(Json.text(a, "id"), Json.text(a, "name"), Json.text(a, "type"), Json.strings(a, "labels"),
                    Json.instant(a, "last_queried")));
        }
        return agents;
    }
}
