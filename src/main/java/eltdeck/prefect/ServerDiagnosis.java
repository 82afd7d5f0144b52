package eltdeck.prefect;

import eltdeck.Face;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the console needs to know before it shows flows: which server answers, whether it has a tenant, which agents
 * ask it for work; and, per flow, why its runs would stay Scheduled.
 */
public record ServerDiagnosis(ServerInfo info, boolean hasTenant, List<Agent> agents, Instant checkedAt) {
    public ServerDiagnosis {
        agents = List.copyOf(agents);
    }

    /** Reads the server's identity, tenants and agents (three small requests). */
    public static ServerDiagnosis read(PrefectServer server, Instant now) throws PrefectApiException {
        return new ServerDiagnosis(server.info(), !server.tenants().isEmpty(), server.agents(), now);
    }

    /** "Prefect Server 2022.09.23 (Core 1.4.1)"; says so when another backend answers. */
    public String describe() {
        String name = info.isPrefect1Server() ? "Prefect Server" : "Prefect backend " + info.backend();
        return name + " " + orUnknown(info.version()) + " (Core " + orUnknown(info.coreVersion()) + ")";
    }

    public List<Agent> recentAgents() {
        return agents.stream().filter(a -> a.isRecent(checkedAt)).toList();
    }

    /** Problems with the server as a whole, each saying what follows from it and what to do. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!info.isPrefect1Server()) {
            problems.add("This API says its backend is " + info.backend() + ", not a Prefect 1 Server (SERVER): the flows"
                    + " view is made for Prefect 1 Server.");
        }
        if (!hasTenant) {
            problems.add("The server has no tenant: its agent cannot register and flows cannot be registered"
                    + " (a stack started without 'prefect server start' makes none). Create the default tenant.");
        }
        if (hasTenant && recentAgents().isEmpty()) {
            problems.add(agents.isEmpty() ? "No agent has ever asked this server for work: runs stay Scheduled until one"
                    + " does. Is the agent container up (" + Face.hint("Containers tab", "eltdeck ps NAME") + ")?"
                    : "No agent asked for work in the last minute: runs stay Scheduled until one does. Is the agent"
                    + " container running?");
        }
        return problems;
    }

    /** Why runs of {@code flow} would stay Scheduled although agents are there; null when a recent agent serves it. */
    public String whyRunsWait(Flow flow) {
        List<Agent> recent = recentAgents();
        if (recent.isEmpty() || recent.stream().anyMatch(a -> a.serves(flow.labels()))) {
            return null;
        }
        return "No running agent has all of this flow's labels " + flow.labels() + " (agents have "
                + String.join(", ", recent.stream().map(a -> a.labels().toString()).distinct().toList())
                + "): its runs stay Scheduled. Give the agent these labels, or the flow's run_config other labels.";
    }

    private static String orUnknown(String text) {
        return text == null || text.isBlank() ? "unknown" : text;
    }
}
