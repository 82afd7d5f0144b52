package eltdeck.airbyte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.airbyte.emulator.AirbyteEmulator;
import eltdeck.airbyte.emulator.AirbyteReference;
import eltdeck.airbyte.emulator.JobScript;
import eltdeck.secret.Secret;
import eltdeck.testvm.FreePort;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Airbyte client against the emulator in this JVM, which checks every request and answer against the real spec
 * (0.40.32, and the sync flow against 0.50.56 as well): each test ends with no violation recorded.
 */
class AirbyteClientTest {
    private static final Duration FAST = Duration.ofMillis(100);
    private AirbyteEmulator emulator;

    private AirbyteClient start(String version) throws Exception {
        emulator = AirbyteEmulator.start(AirbyteReference.requireSpec(version), 0);
        return client(AirbyteEmulator.PASSWORD);
    }

    private AirbyteClient client(String password) {
        return new AirbyteClient(URI.create(emulator.apiUrl()), Optional.of(new AirbyteCredentials(AirbyteEmulator.USER, Secret.of(password))));
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            List<String> violations = emulator.violations();
            emulator.close();
            assertThat(violations).as("requests or answers the spec refuses").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {AirbyteReference.V0_40_32, AirbyteReference.V0_50_56})
    void healthAndConnectionsWithTheirLastSync(String version) throws Exception {
        AirbyteClient client = start(version);
        assertThat(client.health()).isTrue();
        assertThat(client.version()).as("the emulator, like Airbyte 0.40, names no version").isEmpty();

        List<AirbyteConnection> connections = new AirbyteConnections(client).list();
        assertThat(connections).extracting(AirbyteConnection::name)
                .containsExactly("orders-to-snowflake", "payments-to-snowflake", "legacy-orders");
        AirbyteConnection orders = connections.get(0);
        assertThat(orders.route()).isEqualTo("Shop Postgres → Warehouse");
        assertThat(orders.schedule().text()).isEqualTo("every 24 hours");
        assertThat(connections.get(1).schedule().text()).isEqualTo("cron 0 0 2 * * ? (UTC)");
        assertThat(connections.get(2).schedule()).isEqualTo(SyncSchedule.MANUAL);
        assertThat(connections.get(2).status()).isEqualTo("inactive");
        assertThat(orders.lastSyncStatus()).isNull();

        Instant before = Instant.now().minusSeconds(1);
        SyncJobs jobs = new SyncJobs(client);
        SyncJob done = new JobFollower(jobs, FAST).follow(jobs.sync(orders.id()).job().id(), j -> { });
        AirbyteConnection after = new AirbyteConnections(client).find("orders-to-snowflake");
        assertThat(after.lastSyncStatus()).isEqualTo("succeeded");
        assertThat(after.lastSyncAt()).isBetween(before, Instant.now()).isEqualTo(done.createdAt());
        assertThat(new AirbyteConnections(client).find(orders.id())).isEqualTo(after);
        assertThat(emulator.requests()).contains("GET /api/v1/health", "POST /api/v1/web_backend/connections/list");
    }

    @ParameterizedTest
    @ValueSource(strings = {AirbyteReference.V0_40_32, AirbyteReference.V0_50_56})
    void withoutWebBackendTheConnectionsComeFromThePortableCalls(String version) throws Exception {
        AirbyteClient client = start(version);
        SyncJobs jobs = new SyncJobs(client);
        new JobFollower(jobs, FAST).follow(jobs.sync(AirbyteEmulator.ORDERS).job().id(), j -> { });
        List<AirbyteConnection> rich = new AirbyteConnections(client).list();
        emulator.webBackend(false);
        List<AirbyteConnection> portable = new AirbyteConnections(client).list();
        assertThat(portable).isEqualTo(rich);
        assertThat(emulator.requests()).contains("POST /api/v1/connections/list", "POST /api/v1/sources/get",
                "POST /api/v1/destinations/get");
    }

    @ParameterizedTest
    @ValueSource(strings = {AirbyteReference.V0_40_32, AirbyteReference.V0_50_56})
    void syncIsFollowedUntilItSucceededWithAttemptsStatsAndLogs(String version) throws Exception {
        AirbyteClient client = start(version);
        SyncJobs jobs = new SyncJobs(client);
        SyncStart start = jobs.sync(AirbyteEmulator.ORDERS);
        assertThat(start.alreadyRunning()).isFalse();
        assertThat(start.job().status()).isEqualTo(JobStates.PENDING);

        List<SyncJob> changes = new ArrayList<>();
        SyncJob end = new JobFollower(jobs, FAST).follow(start.job().id(), changes::add);
        assertThat(changes).extracting(SyncJob::status).containsExactly("pending", "running", "succeeded");
        assertThat(changes.get(1).attempts()).extracting(JobAttempt::status).containsExactly("running");
        assertThat(end.records()).isEqualTo(1200);
        assertThat(end.bytes()).isEqualTo(48_000);
        assertThat(end.attempts().get(0).summary()).isEqualTo("attempt 1: succeeded, 1200 records, 46.9 KB");
        assertThat(end.duration(Instant.now())).isLessThan(Duration.ofSeconds(5));

        SyncJob full = jobs.withLogs(end.id());
        assertThat(full.attempts().get(0).logLines()).hasSize(20).last().asString().endsWith("replication line 020 of 020");
        assertThat(jobs.history(AirbyteEmulator.ORDERS, 10)).extracting(SyncJob::id).containsExactly(end.id());
        long polls = emulator.requests().stream().filter(r -> r.endsWith("/jobs/get_light")).count();
        assertThat(polls).isGreaterThanOrEqualTo(3);
        assertThat(emulator.requests().stream().filter(r -> r.endsWith("/jobs/get")).count())
                .as("logs are read only when asked").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {AirbyteReference.V0_40_32, AirbyteReference.V0_50_56})
    void aSecondSyncFollowsTheRunningJobAndCancelReChecksFirst(String version) throws Exception {
        AirbyteClient client = start(version);
        emulator.playJobsAs(JobScript.hanging());
        SyncJobs jobs = new SyncJobs(client);
        SyncJob first = jobs.sync(AirbyteEmulator.ORDERS).job();
        SyncStart second = jobs.sync(AirbyteEmulator.ORDERS);
        assertThat(second.alreadyRunning()).isTrue();
        assertThat(second.job().id()).isEqualTo(first.id());

        eltdeck.testvm.Await.until(Duration.ofSeconds(10), "the job runs", () -> statusOf(jobs, first.id()).equals("running"));
        CancelOutcome cancel = jobs.cancel(first.id());
        assertThat(cancel.alreadyEnded()).isFalse();
        assertThat(cancel.job().status()).isEqualTo(JobStates.CANCELLED);
        CancelOutcome again = jobs.cancel(first.id());
        assertThat(again.alreadyEnded()).isTrue();
        assertThat(emulator.requests().stream().filter(r -> r.endsWith("/jobs/cancel")).count()).isEqualTo(1);
        assertThat(jobs.withAttempts(jobs.status(first.id())).attempts().get(0).failure())
                .isEqualTo("manual_cancellation (airbyte_platform): The sync was cancelled.");
    }

    @Test
    void aFailedSyncSaysWhy() throws Exception {
        AirbyteClient client = start(AirbyteReference.V0_40_32);
        emulator.playJobsAs(new JobScript(100, 300, 5, "failed", 0, 0));
        SyncJobs jobs = new SyncJobs(client);
        SyncJob end = new JobFollower(jobs, FAST).follow(jobs.sync(AirbyteEmulator.PAYMENTS).job().id(), j -> { });
        assertThat(end.status()).isEqualTo(JobStates.FAILED);
        assertThat(end.attempts().get(0).summary()).contains("failed", "system_error (source): Source timed out reading table orders");
    }

    @Test
    void errorsSayWhatIsWrongWithoutThePassword() throws Exception {
        start(AirbyteReference.V0_40_32);
        assertThatThrownBy(() -> client("wrong-pw").health()).isInstanceOf(AirbyteApiException.class)
                .hasMessageContaining("Wrong Airbyte username/password (basic auth of the proxy in front of Airbyte)")
                .hasMessageNotContaining("wrong-pw")
                .satisfies(e -> assertThat(((AirbyteApiException) e).kind()).isEqualTo(AirbyteApiException.Kind.UNAUTHORIZED));
        assertThatThrownBy(() -> new AirbyteClient(URI.create(emulator.apiUrl()), Optional.empty()).health())
                .hasMessageContaining("asks for a username and password (basic auth of the proxy");

        AirbyteClient client = client(AirbyteEmulator.PASSWORD);
        assertThatThrownBy(() -> new SyncJobs(client).status(99_999)).isInstanceOf(AirbyteApiException.class)
                .hasMessageContaining("Could not find job with id: 99999");
        assertThatThrownBy(() -> new SyncJobs(client).sync("2c4e9b1a-0000-4000-8000-000000000000"))
                .hasMessageContaining("Could not find configuration for STANDARD_SYNC");
        assertThatThrownBy(() -> new AirbyteConnections(client).find("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No Airbyte connection has the id or name 'nope'", "orders-to-snowflake");

        emulator.answerNextWith(422, java.util.Map.of("message", "Some properties contained invalid input.",
                "validationErrors", List.of(java.util.Map.of("propertyPath", "connectionId", "invalidValue", "x",
                        "message", "is not a connection of this workspace"))));
        assertThatThrownBy(() -> new SyncJobs(client).sync(AirbyteEmulator.ORDERS)).isInstanceOf(AirbyteApiException.class)
                .hasMessage("Airbyte refused the input to /v1/connections/sync: Some properties contained invalid input.;"
                        + " connectionId x is not a connection of this workspace")
                .satisfies(e -> assertThat(((AirbyteApiException) e).kind()).isEqualTo(AirbyteApiException.Kind.INVALID_INPUT));
        emulator.answerNextWith(500, java.util.Map.of("message", "Internal Server Error: connection pool exhausted"));
        assertThatThrownBy(() -> new SyncJobs(client).status(100)).hasMessageEndingWith(
                "answered /v1/jobs/get_light with HTTP 500: Internal Server Error: connection pool exhausted");

        int closed = FreePort.find();
        assertThatThrownBy(() -> new AirbyteClient(URI.create("http://127.0.0.1:" + closed + "/api"), Optional.empty()).health())
                .hasMessage("Nothing answers at http://127.0.0.1:" + closed + "/api: is Airbyte running and the tunnel to its"
                        + " port (8001, or 8000) up?");
    }

    @Test
    void theEmulatorRefusesARequestTheSpecRefuses() throws Exception {
        AirbyteClient client = start(AirbyteReference.V0_40_32);
        // 0.40.32 requires configId in jobs/list; leaving it out must be caught.
        assertThatThrownBy(() -> client.post("/v1/jobs/list", java.util.Map.of("configTypes", List.of("sync"))))
                .isInstanceOf(AirbyteApiException.class).hasMessageContaining("HTTP 400").hasMessageContaining("configId");
        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(emulator.apiUrl() + "/v1/jobs/get"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (AirbyteEmulator.USER + ":" + AirbyteEmulator.PASSWORD).getBytes()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"seven\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(400);
        List<String> violations = emulator.violations();
        assertThat(violations).hasSize(2);
        assertThat(violations.get(0)).startsWith("POST /api/v1/jobs/list: ").contains("configId");
        assertThat(violations.get(1)).startsWith("POST /api/v1/jobs/get: ");
        emulator.close();
        emulator = null;
    }

    private static String statusOf(SyncJobs jobs, long id) {
        try {
            return jobs.status(id).status();
        } catch (AirbyteApiException e) {
            throw new AssertionError(e);
        }
    }
}
