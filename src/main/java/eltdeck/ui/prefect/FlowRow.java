package eltdeck.ui.prefect;

import eltdeck.prefect.Flow;
import eltdeck.prefect.ScheduleText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** One line of the flows table: a flow group's newest version, its schedule in words and why its runs might wait. */
public record FlowRow(Flow flow, String waitReason) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

    public String name() {
        return flow.name();
    }

    public String labels() {
        return String.join(", ", flow.labels());
    }

    /** "At 02:00, every day (Europe/Berlin)", clocks joined by "; "; "No schedule" without one. */
    public String scheduleText() {
        if (flow.schedule() == null || flow.schedule().clocks().isEmpty()) {
            return "No schedule";
        }
        return flow.schedule().clocks().stream().map(c -> ScheduleText.describe(c, flow.schedule()))
                .collect(Collectors.joining("; "));
    }

    /** The next scheduled run in local time ("+2" after it for the runs waiting behind it), or a dash. */
    public String nextRunText(ZoneId local) {
        if (flow.nextRuns().isEmpty()) {
            return "—";
        }
        int more = flow.nextRuns().size() - 1;
        return local(flow.nextRuns().get(0), local) + (more > 0 ? " +" + more : "");
    }

    /** Every scheduled run waiting, one per line (the tooltip of the next run). */
    public String nextRunsList(ZoneId local) {
        return flow.nextRuns().stream().map(t -> local(t, local)).collect(Collectors.joining("\n"));
    }

    /** "Success · 3 Sep 02:00", or "Never ran". */
    public String lastRunText(ZoneId local) {
        if (flow.lastRun() == null) {
            return "Never ran";
        }
        Instant when = flow.lastRun().start() != null ? flow.lastRun().start() : flow.lastRun().scheduledStart();
        return flow.lastRun().state() + (when == null ? "" : " · " + local(when, local));
    }

    static String local(Instant t, ZoneId zone) {
        return WHEN.format(t.atZone(zone));
    }
}
