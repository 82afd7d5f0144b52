package eltdeck.airbyte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Jobs, attempts and schedules as the versions send them, read leniently (unknown fields ignored). */
class JobJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void aNewerJobWithAggregatedStatsAndStructuredLogs() throws Exception {
        SyncJob job = JobJson.job(json("{'job': {'id': 7, 'configType': 'sync', 'configId': 'c1', 'createdAt': 1700000000,"
                + " 'updatedAt': 1700000090, 'startedAt': 1700000010, 'status': 'succeeded', 'somethingNew': {'x': 1},"
                + " 'aggregatedStats': {'recordsEmitted': 10, 'bytesEmitted': 100, 'recordsCommitted': 9, 'bytesCommitted': 90}},"
                + " 'attempts': [{'attempt': {'id': 0, 'status': 'succeeded', 'createdAt': 1700000010, 'updatedAt': 1700000090,"
                + " 'endedAt': 1700000090, 'totalStats': {'recordsEmitted': 3, 'bytesEmitted': 30}}, 'logType': 'structured',"
                + " 'logs': {'events': [{'timestamp': 1, 'message': 'hello', 'level': 'INFO'}], 'version': '1'}}]}"));
        assertThat(job.id()).isEqualTo(7);
        assertThat(job.connectionId()).isEqualTo("c1");
        assertThat(job.createdAt()).isEqualTo(Instant.ofEpochSecond(1700000000));
        assertThat(job.duration(Instant.MAX)).hasSeconds(80);
        assertThat(job.records()).isEqualTo(9);
        assertThat(job.bytes()).isEqualTo(90);
        JobAttempt attempt = job.attempts().get(0);
        assertThat(attempt.records()).isEqualTo(3);
        assertThat(attempt.logLines()).containsExactly("INFO hello");
        assertThat(attempt.failure()).isEmpty();
    }

    @Test
    void anOlderJobSumsItsAttemptsAndSaysWhyTheyFailed() throws Exception {
        SyncJob job = JobJson.job(json("{'job': {'id': 8, 'configId': 'c1', 'createdAt': 1700000000, 'updatedAt': 1700000100,"
                + " 'status': 'failed'}, 'attempts': ["
                + "{'id': 0, 'status': 'failed', 'createdAt': 1, 'updatedAt': 2, 'recordsSynced': 5, 'bytesSynced': 50,"
                + " 'failureSummary': {'failures': [{'failureType': 'config_error', 'externalMessage': 'bad password'}]}},"
                + "{'id': 1, 'status': 'failed', 'createdAt': 3, 'updatedAt': 4, 'recordsSynced': 6, 'bytesSynced': 60,"
                + " 'failureSummary': {'failures': [{'internalMessage': 'boom'}]}}]}"));
        assertThat(job.records()).isEqualTo(11);
        assertThat(job.bytes()).isEqualTo(110);
        assertThat(job.duration(Instant.MAX)).as("from its creation, as it has no startedAt").hasSeconds(100);
        assertThat(job.attempts()).extracting(JobAttempt::failure).containsExactly("config_error: bad password", "boom");
        assertThat(job.attempts().get(1).summary()).isEqualTo("attempt 2: failed, 6 records, 60 B: boom");
        assertThat(job.attempts().get(0).logLines()).isEmpty();
    }

    @Test
    void aJobWithoutAnIdIsABadAnswer() {
        assertThatThrownBy(() -> JobJson.job(json("{'job': {'status': 'running'}}")))
                .isInstanceOf(AirbyteApiException.class).hasMessageContaining("a job without an id");
    }

    @Test
    void schedulesInEveryShape() throws Exception {
        assertThat(SyncSchedule.of(json("{'scheduleType': 'basic', 'scheduleData': {'basicSchedule': {'timeUnit': 'hours', 'units': 1}}}"))
                .text()).isEqualTo("every 1 hour");
        assertThat(SyncSchedule.of(json("{'schedule': {'timeUnit': 'minutes', 'units': 30}}")).text()).isEqualTo("every 30 minutes");
        assertThat(SyncSchedule.of(json("{'scheduleType': 'cron', 'scheduleData': {'cron': {'cronExpression': '0 0 * * * ?'}}}"))
                .text()).isEqualTo("cron 0 0 * * * ?");
        assertThat(SyncSchedule.of(json("{'scheduleType': 'manual', 'schedule': null}"))).isEqualTo(SyncSchedule.MANUAL);
        assertThat(ByteSizes.of(1023)).isEqualTo("1023 B");
        assertThat(ByteSizes.of(5L * 1024 * 1024 * 1024)).isEqualTo("5.0 GB");
    }
}
