package eltdeck.airbyte;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection's sync jobs: start one (following the running one when the server answers 409), the history
 * ({@code jobs/list}, no logs), the status ({@code jobs/get_light}), attempts with logs ({@code jobs/get}, only when
 * asked: it carries up to a million lines per attempt), and cancel (only after re-checking the job is under way,
 * since the server cancels whatever sync of that connection runs now).
 */
public final class SyncJobs {
    /** How far back a running job is looked for after a 409. */
    private static final int RUNNING_LOOKUP = 20;

    private final AirbyteClient client;

    public SyncJobs(AirbyteClient client) {
        this.client = client;
    }

    public SyncStart sync(String connectionId) throws AirbyteApiException {
        try {
            return new SyncStart(JobJson.job(client.post("/v1/connections/sync", Map.of("connectionId", connectionId))), false);
        } catch (AirbyteApiException e) {
            if (e.kind() != AirbyteApiException.Kind.CONFLICT) {
                throw e;
            }
            for (SyncJob job : history(connectionId, RUNNING_LOOKUP)) {
                if (JobStates.isUnderWay(job.status())) {
                    return new SyncStart(job, true);
                }
            }
            throw new AirbyteApiException(AirbyteApiException.Kind.CONFLICT, e.getMessage()
                    + " (but no sync job of it is under way any more: try again)", e);
        }
    }

    /** The newest {@code limit} sync jobs of the connection, newest first, with attempts but no logs. */
    public List<SyncJob> history(String connectionId, int limit) throws AirbyteApiException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("configTypes", List.of("sync"));
        body.put("configId", connectionId); // required up to 0.50.45
        body.put("pagination", Map.of("pageSize", limit, "rowOffset", 0));
        List<SyncJob> jobs = new ArrayList<>();
        for (JsonNode item : client.post("/v1/jobs/list", body).path("jobs")) {
            jobs.add(JobJson.job(item));
        }
        return jobs;
    }

    /** The job's status and times, without attempts: cheap enough to poll. */
    public SyncJob status(long jobId) throws AirbyteApiException {
        return JobJson.job(client.post("/v1/jobs/get_light", Map.of("id", jobId)));
    }

    /** The job with its attempts and their logs: heavy, read when a page shows logs. */
    public SyncJob withLogs(long jobId) throws AirbyteApiException {
        return JobJson.job(client.post("/v1/jobs/get", Map.of("id", jobId)));
    }

    /** The job with its attempts (no logs), from the history of its connection; the status alone if not found there. */
    public SyncJob withAttempts(SyncJob job) throws AirbyteApiException {
        if (job.connectionId() == null) {
            return job;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("configTypes", List.of("sync"));
        body.put("configId", job.connectionId());
        body.put("includingJobId", job.id());
        for (JsonNode item : client.post("/v1/jobs/list", body).path("jobs")) {
            SyncJob listed = JobJson.job(item);
            if (listed.id() == job.id()) {
                return listed;
            }
        }
        return job;
    }

    public CancelOutcome cancel(long jobId) throws AirbyteApiException {
        SyncJob now = status(jobId);
        if (!JobStates.isUnderWay(now.status())) {
            return new CancelOutcome(now, true);
        }
        return new CancelOutcome(JobJson.job(client.post("/v1/jobs/cancel", Map.of("id", jobId))), false);
    }
}
