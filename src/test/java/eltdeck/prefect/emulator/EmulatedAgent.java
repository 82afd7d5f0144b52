package eltdeck.prefect.emulator;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A Prefect 1 agent: registers (which fails without a tenant), then polls a few times a second, which updates
 * its {@code last_queried}, and starts a flow runner for each due {@code Scheduled} run whose labels it has.
 */
final class EmulatedAgent implements AutoCloseable {
    private final EmulatedServer server;
    private final String id;
    private final List<String> labels;
    private final Supplier<RunScript> script;
    private final Set<Object> started = new HashSet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(daemon("emulated-agent"));
    private final ExecutorService runners = Executors.newCachedThreadPool(daemon("emulated-flow-runner"));
    private final ScheduledExecutorService uploads = Executors.newSingleThreadScheduledExecutor(daemon("emulated-log-upload"));

    EmulatedAgent(EmulatedServer server, List<String> labels, Supplier<RunScript> script) {
        this.server = server;
        this.labels = List.copyOf(labels);
        this.script = script;
        this.id = server.registerAgent(Map.of("labels", labels, "type", "LocalAgent", "name", "agent"));
        poller.scheduleWithFixedDelay(this::poll, 0, 250, TimeUnit.MILLISECONDS);
    }

    String id() {
        return id;
    }

    @SuppressWarnings("unchecked")
    private void poll() {
        List<Map<String, Object>> due;
        synchronized (server) {
            server.agentQueried(id);
            Instant now = server.now();
            due = server.tables.where("flow_run", r -> "Scheduled".equals(r.get("state")) && !started.contains(r.get("id"))
                    && !((Instant) r.get("scheduled_start_time")).isAfter(now) && labels.containsAll((List<String>) r.get("labels")));
            due.forEach(r -> {
                started.add(r.get("id"));
                r.put("agent_id", id);
            });
        }
        due.forEach(r -> runners.execute(new RunPlayer(server, (String) r.get("id"), script.get(), uploads)));
    }

    @Override
    public void close() {
        poller.shutdownNow();
        runners.shutdownNow();
        uploads.shutdownNow();
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
