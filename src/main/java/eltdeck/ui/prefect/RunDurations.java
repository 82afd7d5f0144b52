package eltdeck.ui.prefect;

import eltdeck.prefect.FlowRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The points of the run charts: per flow, per state, each started run's start and how long it ran (seconds). */
final class RunDurations {
    record Point(Instant start, double seconds) {
    }

    private RunDurations() {
    }

    /** Flows by name, states by name, points oldest first; runs that never started have no point. */
    static Map<String, Map<String, List<Point>>> of(List<FlowRun> runs, Instant now) {
        Map<String, Map<String, List<Point>>> charts = new TreeMap<>();
        runs.stream().filter(r -> r.start() != null).sorted(Comparator.comparing(FlowRun::start)).forEach(r ->
                charts.computeIfAbsent(r.flowName(), f -> new TreeMap<>()).computeIfAbsent(r.state(), s -> new ArrayList<>())
                        .add(new Point(r.start(), r.duration(now).toMillis() / 1000.0)));
        return charts;
    }
}
