package eltdeck.prefect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import eltdeck.testvm.FreePort;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrefectServerTest {
    private PrefectEmulator emulator;
    private GraphQlClient client;
    private PrefectServer server;

    @BeforeEach
    void start() throws Exception {
        emulator = PrefectEmulator.start(PrefectReference.requireSdl(), 0);
        client = new GraphQlClient(URI.create(emulator.url()));
        server = new PrefectServer(client);
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void identifiesAPrefect1Server() throws Exception {
        assertThat(server.hello()).isTrue();
        ServerInfo info = server.info();
        assertThat(info.isPrefect1Server()).isTrue();
        assertThat(info.coreVersion()).isEqualTo("1.4.1");
    }

    @Test
    void aStackWithoutTenantGetsTheDefaultOneAndThenItsAgentCanRegister() throws Exception {
        assertThat(server.tenants()).isEmpty();
        assertThatThrownBy(() -> emulator.startAgent(List.of("etl"))).hasMessageContaining("has no tenants");

        String id = server.ensureTenant();

        assertThat(server.tenants()).containsExactly(new Tenant(id, "default", "default"));
        assertThat(server.ensureTenant()).isEqualTo(id);
        emulator.startAgent(List.of("etl"));
        List<Agent> agents = server.agents();
        assertThat(agents).hasSize(1);
        assertThat(agents.get(0).labels()).containsExactly("etl");
        assertThat(agents.get(0).isRecent(Instant.now())).isTrue();
        assertThat(agents.get(0).serves(List.of("etl"))).isTrue();
        assertThat(agents.get(0).serves(List.of("etl", "gpu"))).isFalse();
    }

    @Test
    void aSecondDefaultTenantIsRefusedWithTheServersMessage() throws Exception {
        server.createDefaultTenant();
        assertThatThrownBy(server::createDefaultTenant).isInstanceOf(PrefectApiException.class)
                .hasMessageContaining("Uniqueness violation")
                .satisfies(e -> assertThat(((PrefectApiException) e).kind()).isEqualTo(PrefectApiException.Kind.GRAPHQL));
    }

    @Test
    void anInvalidDocumentIsAGraphQlErrorNamingTheProblem() {
        assertThatThrownBy(() -> client.execute("query { no_such_table { id } }", Map.of()))
                .isInstanceOf(PrefectApiException.class).hasMessageContaining("no_such_table");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedWith400AsApolloDoes() throws Exception {
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(emulator.url()))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\": \"query { hello }\", \"variables\": {\"a\":\"{\"b\"}}"))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("POST body sent invalid JSON.");
    }

    @Test
    void nothingListeningIsUnreachableWithAHint() throws Exception {
        int port = FreePort.find();
        GraphQlClient nowhere = new GraphQlClient(URI.create("http://127.0.0.1:" + port + "/graphql"));
        assertThatThrownBy(() -> new PrefectServer(nowhere).hello()).isInstanceOf(PrefectApiException.class)
                .hasMessageContaining("connection was refused").hasMessageContaining("tunnel to port 4200")
                .satisfies(e -> assertThat(((PrefectApiException) e).kind()).isEqualTo(PrefectApiException.Kind.UNREACHABLE));
    }

    @Test
    void aServerThatIsNotPrefectIsNamedByItsStatus() throws Exception {
        try (eltdeck.testvm.HttpStandIn other = eltdeck.testvm.HttpStandIn.start(0)) {
            GraphQlClient wrong = new GraphQlClient(URI.create("http://127.0.0.1:" + other.port() + "/graphql"));
            assertThatThrownBy(() -> new PrefectServer(wrong).hello()).isInstanceOf(PrefectApiException.class)
                    .hasMessageContaining("did not answer with JSON").hasMessageContaining("stand-in");
        }
    }

    @Test
    void aUrlThatIsNotHttpIsRefusedAtOnce() {
        assertThatThrownBy(() -> new GraphQlClient(URI.create("ftp://host/graphql")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http(s)://HOST:PORT/graphql");
    }
}
