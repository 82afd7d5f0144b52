package eltdeck.prefect.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The flow runner an agent starts for one run: states, a task run, and logs of one or more processes arriving in late batches. */
final class RunPlayer implements Runnable {
    private static final long CANCEL_CHECK_MS = 300;
    private static final int HANG_LIMIT = 100_000;

    private final EmulatedServer server;
    private final String runId;
    private final RunScript script;
    private final ScheduledExecutorService uploads;
    private final Random lateness;

    RunPlayer(EmulatedServer server, String runId, RunScript script, ScheduledExecutorService uploads) {
        this.server = server;
        this.runId = runId;
        this.script = script;
        this.uploads = uploads;
        this.lateness = new Random(script.seed());
    }

    @Override
    public void run() {
        try {
            play();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void play() throws InterruptedException {
        server.writeLogs(List.of(log("agent", "Deploying flow run " + runId + " to execution environment...")));
        transition("Submitted", "Submitted for execution");
        transition("Running", "Running flow.");
        server.writeLogs(List.of(log("prefect.CloudFlowRunner", "Beginning Flow run")));
        String taskRun = server.startTaskRun(runId, "etl-step");
        boolean hang = "Hang".equals(script.outcome());
        int total = hang ? HANG_LIMIT : script.lines();
        List<List<Map<String, Object>>> batches = new ArrayList<>();
        script.uploaders().forEach(u -> batches.add(new ArrayList<>()));
        for (int n = 1; n <= total; n++) {
            if (cancelling()) {
                Thread.sleep(CANCEL_CHECK_MS);
                uploadAll(batches);
                server.writeLogs(List.of(log("prefect.CloudFlowRunner", "Flow run is cancelled")));
                server.finishTaskRun(taskRun, "Cancelled");
                transition("Cancelled", "Flow run is cancelled");
                return;
            }
            Map<String, Object> line = log("prefect.TaskRunner", RunScript.lineText(n, script.lines()));
            line.put("task_run_id", taskRun);
            int uploader = (n - 1) % batches.size();
            List<Map<String, Object>> batch = batches.get(uploader);
            batch.add(line);
            if (batch.size() == script.batchSize()) {
                upload(uploader, batch);
                server.writeLogs(List.of(log("prefect.CloudFlowRunner", "Heartbeat after line " + n)));
            }
            Thread.sleep(script.lineEvery().toMillis());
        }
        String outcome = script.outcome();
        server.finishTaskRun(taskRun, outcome);
        transition(outcome, "Success".equals(outcome) ? "All reference tasks succeeded." : "Some reference tasks failed.");
        // The last batches go up after the final state, as a runner's log handler flushes at exit.
        uploadAll(batches);
    }

    private boolean cancelling() {
        synchronized (server) {
            return "Cancelling".equals(server.tables.byId("flow_run", runId).get("state"));
        }
    }

    private void transition(String state, String message) {
        synchronized (server) {
            server.setState(server.tables.byId("flow_run", runId), state, message);
        }
    }

    private void uploadAll(List<List<Map<String, Object>>> batches) {
        for (int i = 0; i < batches.size(); i++) {
            upload(i, batches.get(i));
        }
    }

    /** Sends the uploader's batch on its way, as late as the uploader is, and empties it. */
    private void upload(int uploader, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Map<String, Object>> copy = List.copyOf(batch);
        batch.clear();
        RunScript.Uploader process = script.uploaders().get(uploader);
        long late = process.delay().toMillis() + (long) (lateness.nextDouble() * process.jitter().toMillis());
        uploads.schedule(() -> server.writeLogs(copy), late, TimeUnit.MILLISECONDS);
    }

    private Map<String, Object> log(String name, String message) {
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("flow_run_id", runId);
        log.put("timestamp", server.now());
        log.put("level", "INFO");
        log.put("name", name);
        log.put("message", message);
        return log;
    }
}
