package eltdeck.stack;

import eltdeck.http.Http;
import eltdeck.prefect.PrefectRoute;
import eltdeck.ssh.ChannelSocketFactory;
import eltdeck.ssh.RemoteCommand;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The readiness gate after {@code up}: the agent's log since its container started reaches Prefect's readiness
 * line, the Prefect API answers {@code query { hello }} on 4200, and the UI answers on 8080 (both through the SSH
 * link). Polls each second until all pass or the timeout ends.
 */
public final class Readiness {
    public static final String AGENT_READY = "Waiting for flow runs...";
    static final int UI_PORT = 8080;
    private static final String HELLO = "{\"query\":\"query { hello }\"}";
    private static final int LOG_LINES = 20;
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(5);

    private final RemoteShell shell;
    private final StackPaths paths;
    private final String agentService;
    private OkHttpClient overLink;

    public Readiness(RemoteShell shell, StackPaths paths, String agentService) {
        this.shell = shell;
        this.paths = paths;
        this.agentService = agentService;
    }

    /** Waits; returns normally when ready, else throws {@link NotReadyException} with what failed and the logs. */
    public void await(Duration timeout, BooleanSupplier cancelled, Consumer<String> lines) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean agent = false;
        boolean api;
        boolean ui;
        while (true) {
            // Once seen, the agent's line stays true: a later check would only re-read the same log.
            agent = agent || agentReady();
            api = apiAnswers();
            ui = uiAnswers();
            if ((agent && api && ui) || System.nanoTime() > deadline || cancelled.getAsBoolean()) {
                break;
            }
            Thread.sleep(1000);
        }
        Map<String, Boolean> checks = new LinkedHashMap<>();
        checks.put("the agent's log shows '" + AGENT_READY + "'", agent);
        checks.put("the Prefect API on " + PrefectRoute.VM_PORT + " answers query { hello }", api);
        checks.put("the Prefect UI on " + UI_PORT + " answers", ui);
        checks.forEach((k, ok) -> lines.accept((ok ? "ok: " : "not ready: ") + k));
        if (agent && api && ui) {
            return;
        }
        List<String> failed = checks.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
        throw new NotReadyException("The stack is not ready after " + timeout.toSeconds() + " s: "
                + String.join("; ", failed) + ".", failingLogs(!agent));
    }

    boolean agentReady() throws IOException {
        return shell.run(agentLogCommand(paths.composeProject(), agentService), null, null).ok();
    }

    /**
     * Ready when, in the newest agent container's recent log, the last start-up marker is the ready line: a run
     * that restarted and has not reached it yet shows "Registering agent…" or "Starting …Agent with labels" last.
     * (Reading the log "since the container started" misses lines: a fast start logs before StartedAt is set.)
     * The script gets the markers, the ready line, then the {@code docker ps} that finds the container.
     */
    static RemoteCommand agentLogCommand(String project, String service) {
        List<String> args = new ArrayList<>(List.of("Registering agent|Agent with labels|Waiting for flow runs\\.\\.\\.", AGENT_READY));
        args.addAll(StackControl.psArgv(project, Optional.of(service), "{{.ID}}"));
        return RemoteCommand.script("markers=$1 ready=$2; shift 2; c=$(\"$@\" | head -n 1); [ -n \"$c\" ] && "
                + "docker logs --tail 2000 \"$c\" 2>&1 | grep -E \"$markers\" | tail -n 1 | grep -qF \"$ready\"", args);
    }

    private boolean apiAnswers() {
        Request hello = check(PrefectRoute.VM_PORT, PrefectRoute.API_PATH).post(RequestBody.create(HELLO, Http.JSON)).build();
        try (Response response = Http.execute(overLink(), hello)) {
            return response.code() == 200 && response.body().string().contains("\"hello\"");
        } catch (IOException e) {
            return false;
        }
    }

    private boolean uiAnswers() {
        try (Response response = Http.execute(overLink(), check(UI_PORT, "/").build())) {
            return response.code() >= 200 && response.code() < 500;
        } catch (IOException e) {
            return false;
        }
    }

    /** HTTP through the deploy's own SSH link: no local port, and it works whether or not the tunnels are up. */
    private OkHttpClient overLink() {
        if (overLink == null) {
            overLink = Http.client(new ChannelSocketFactory(shell.link()), CHECK_TIMEOUT);
        }
        return overLink;
    }

    /**
     * A request to a port on the VM's loopback (which the link's channels reach whatever host the URL names), on a
     * connection closed after it: no channel stays open between checks.
     */
    private static Request.Builder check(int port, String path) {
        return new Request.Builder().url("http://localhost:" + port + path).header("Connection", "close");
    }

    /** The last lines of containers that are not running, are restarting, and of the agent when it is not ready. */
    private String failingLogs(boolean agentFailed) throws IOException {
        StackControl control = new StackControl(shell, paths);
        List<String> out = new ArrayList<>();
        for (ContainerInfo c : control.containers()) {
            boolean suspect = !c.isRunning() || c.status().startsWith("Restarting") || "unhealthy".equals(c.health())
                    || (agentFailed && c.service().equals(agentService));
            if (suspect && !c.status().startsWith("Created")) {
                out.add("--- " + c.service() + " (" + c.name() + ", " + c.status() + "), last " + LOG_LINES + " lines:");
                out.add(control.lastLogLines(c, LOG_LINES).stripTrailing());
            }
        }
        return String.join("\n", out);
    }

    /** Not ready in time; {@code logs} holds the failing containers' last lines. */
    public static final class NotReadyException extends IOException {
        private final String logs;

        NotReadyException(String message, String logs) {
            super(message);
            this.logs = logs;
        }

        public String logs() {
            return logs;
        }
    }
}
