package eltdeck.airbyte.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One emulated sync job; its state follows from the time since it was created, its script, a cancel and a finish. */
final class EmulatedJob {
    final long id;
    final String connectionId;
    private final long createdMs;
    private final JobScript script;
    private Long cancelledMs;
    private Long finishedMs;
    private int runningStatusReads;

    EmulatedJob(long id, String connectionId, long createdMs, JobScript script) {
        this.id = id;
        this.connectionId = connectionId;
        this.createdMs = createdMs;
        this.script = script;
    }

    String status(long now) {
        if (now - createdMs < script.pendingMs()) {
            return cancelledMs != null ? "cancelled" : "pending";
        }
        if (cancelledMs != null) {
            return "cancelled";
        }
        return running(now) ? "running" : script.outcome();
    }

    boolean underWay(long now) {
        String s = status(now);
        return s.equals("pending") || s.equals("running");
    }

    void cancel(long now) {
        if (underWay(now)) {
            cancelledMs = now;
        }
    }

    /** Ends a running job now, with its script's outcome: how a test ends a job that would run until cancelled. */
    void finish(long now) {
        if (started(now) && underWay(now)) {
            finishedMs = now;
        }
    }

    /** Counts a read of its status that answered "running"; returns how many there were. */
    int readRunning() {
        return ++runningStatusReads;
    }

    /** Whether it left pending (before it was cancelled, if it was). */
    private boolean started(long now) {
        return (cancelledMs == null ? now : cancelledMs) - createdMs >= script.pendingMs();
    }

    private boolean running(long now) {
        if (finishedMs != null) {
            return false;
        }
        return script.hangs() || now - createdMs < script.pendingMs() + script.runningMs();
    }

    private long endMs(long now) {
        if (cancelledMs != null) {
            return cancelledMs;
        }
        if (finishedMs != null) {
            return finishedMs;
        }
        return running(now) ? now : createdMs + script.pendingMs() + script.runningMs();
    }

    /** JobRead. */
    Map<String, Object> job(long now) {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("id", id);
        job.put("configType", "sync");
        job.put("configId", connectionId);
        job.put("createdAt", createdMs / 1000);
        job.put("updatedAt", (status(now).equals("pending") ? createdMs : endMs(now)) / 1000);
        if (started(now)) {
            job.put("startedAt", (createdMs + script.pendingMs()) / 1000);
        }
        job.put("status", status(now));
        return job;
    }

    /** The attempts: none while pending, else one AttemptRead, with its logs when {@code withLogs} (AttemptInfoRead). */
    List<Map<String, Object>> attempts(long now, boolean withLogs) {
        if (!started(now)) {
            return List.of();
        }
        String status = status(now);
        Map<String, Object> attempt = new LinkedHashMap<>();
        attempt.put("id", 0);
        attempt.put("status", switch (status) {
            case "running" -> "running";
            case "succeeded" -> "succeeded";
            default -> "failed";
        });
        attempt.put("createdAt", (createdMs + script.pendingMs()) / 1000);
        attempt.put("updatedAt", endMs(now) / 1000);
        boolean done = !status.equals("running");
        if (done) {
            attempt.put("endedAt", endMs(now) / 1000);
        }
        long shareOf = done && status.equals("succeeded") ? 1 : 0;
        attempt.put("recordsSynced", script.records() * shareOf);
        attempt.put("bytesSynced", script.bytes() * shareOf);
        attempt.put("totalStats", Map.of("recordsEmitted", script.records() * shareOf, "bytesEmitted", script.bytes() * shareOf,
                "recordsCommitted", script.records() * shareOf));
        attempt.put("streamStats", List.of());
        if (status.equals("failed") || status.equals("cancelled")) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("failureOrigin", status.equals("cancelled") ? "airbyte_platform" : "source");
            failure.put("failureType", status.equals("cancelled") ? "manual_cancellation" : "system_error");
            failure.put("externalMessage", status.equals("cancelled") ? "The sync was cancelled." : "Source timed out reading table orders");
            failure.put("timestamp", endMs(now));
            attempt.put("failureSummary", Map.of("failures", List.of(failure), "partialSuccess", false));
        }
        if (!withLogs) {
            return List.of(attempt);
        }
        return List.of(Map.of("attempt", attempt, "logs", Map.of("logLines", logLines(now))));
    }

    private List<String> logLines(long now) {
        long since = endMs(now) - createdMs - script.pendingMs();
        int shown = (int) Math.min(script.lines(), Math.max(0, since / script.lineMs()));
        if (!running(now) && cancelledMs == null) {
            shown = script.lines();
        }
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= shown; i++) {
            lines.add(String.format("2026-01-01 00:00:%02d INFO replication line %03d of %03d", i % 60, i, script.lines()));
        }
        return lines;
    }
}
