package eltdeck.cli;

import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowSchedules;
import eltdeck.prefect.Schedule;
import eltdeck.prefect.ScheduleClock;
import eltdeck.prefect.ScheduleText;
import eltdeck.prefect.ScheduleTimes;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck schedule show|set|on|off NAME FLOW}: when a flow runs on its own. */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Show, set, switch on or off a flow's schedule.",
        subcommands = {ScheduleCommand.Show.class, ScheduleCommand.Set.class, ScheduleCommand.On.class, ScheduleCommand.Off.class})
final class ScheduleCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z");
    @ParentCommand EltDeckCli root;

    /** The options every schedule verb shares, and the flow they name. */
    abstract static class OnFlow implements Callable<Integer> {
        @ParentCommand ScheduleCommand parent;
        @Mixin VmOptions vm;
        @Mixin PrefectOptions prefect;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Parameters(index = "1", description = "Flow name (or PROJECT/NAME).") String flowName;

        @Override
        public Integer call() throws Exception {
            try (PrefectLink api = PrefectLink.open(parent.root, vm, prefect, name)) {
                FlowCatalog catalog = new FlowCatalog(api.client());
                Flow flow = catalog.find(flowName);
                PrintWriter out = parent.root.terminal().outWriter();
                act(flow, new FlowSchedules(api.client()), out);
                show(catalog.current(flow.flowGroupId()), out);
                out.flush();
                return 0;
            }
        }

        abstract void act(Flow flow, FlowSchedules schedules, PrintWriter out) throws Exception;
    }

    @Command(name = "show", description = "The schedule in force, whether it is on, and its next 10 run times.")
    static final class Show extends OnFlow {
        @Override
        void act(Flow flow, FlowSchedules schedules, PrintWriter out) {
            // Showing is all.
        }
    }

    @Command(name = "set", description = {"Replace the flow's schedule with the clocks given (none: remove the schedule set here).",
            "Each --cron and --every is one clock; --param values go on every clock, --default sets the flow's default parameters."})
    static final class Set extends OnFlow {
        @Option(names = "--cron", paramLabel = "EXPR", description = "A cron clock, five fields, e.g. '0 2 * * *'.") List<String> crons = new ArrayList<>();
        @Option(names = "--every", paramLabel = "DURATION", converter = Durations.class,
                description = "An interval clock, e.g. 1h, 30m (at least one minute).") List<Duration> intervals = new ArrayList<>();
        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter value for the clocks' runs.") List<String> params = new ArrayList<>();
        @Option(names = "--default", paramLabel = "KEY=VALUE",
                description = "A default parameter of the flow (replaces all defaults when given).") List<String> defaults = new ArrayList<>();
        @Option(names = "--tz", paramLabel = "ZONE", description = "The schedule's time zone (IANA, e.g. Europe/Berlin; default UTC).") String tz;

        @Override
        void act(Flow flow, FlowSchedules schedules, PrintWriter out) throws Exception {
            Map<String, Object> clockParams = ParameterValues.parse(params);
            List<ScheduleClock> clocks = new ArrayList<>();
            crons.forEach(c -> clocks.add(new ScheduleClock.Cron(c, clockParams)));
            intervals.forEach(i -> clocks.add(new ScheduleClock.Interval(i, clockParams)));
            Schedule schedule = new Schedule(clocks, tz == null ? ZoneOffset.UTC : Schedule.zone(tz));
            Flow target = flow;
            if (!defaults.isEmpty()) {
                schedules.setDefaultParameters(flow, ParameterValues.parse(defaults));
                target = withDefaults(flow, ParameterValues.parse(defaults));
            }
            schedules.setSchedule(target, schedule);
            out.println(clocks.isEmpty() ? "Schedule removed." : "Schedule set; the server schedules its runs on its next loop.");
        }

        private static Flow withDefaults(Flow f, Map<String, Object> defaults) {
            return new Flow(f.flowId(), f.flowGroupId(), f.versionGroupId(), f.name(), f.version(), f.project(), f.labels(),
                    f.schedule(), f.scheduleFromGroup(), f.scheduleActive(), f.parameters(), new LinkedHashMap<>(defaults),
                    f.nextRuns(), f.lastRun());
        }
    }

    @Command(name = "on", description = "Switch the schedule on (for the flow's current version).")
    static final class On extends OnFlow {
        @Override
        void act(Flow flow, FlowSchedules schedules, PrintWriter out) throws Exception {
            schedules.setActive(flow.flowGroupId(), true);
        }
    }

    @Command(name = "off", description = "Switch the schedule off (a new registration of the flow switches it on again).")
    static final class Off extends OnFlow {
        @Override
        void act(Flow flow, FlowSchedules schedules, PrintWriter out) throws Exception {
            schedules.setActive(flow.flowGroupId(), false);
        }
    }

    static void show(Flow flow, PrintWriter out) {
        out.println(flow.project() + "/" + flow.name() + " (version " + flow.version() + ")");
        if (flow.schedule() == null || flow.schedule().clocks().isEmpty()) {
            out.println("No schedule. Set one with: eltdeck schedule set NAME " + flow.name() + " --cron '0 2 * * *'");
            return;
        }
        out.println("Schedule " + (flow.scheduleActive() ? "ON" : "OFF") + (flow.scheduleFromGroup() ? "" : " (from the flow's code)")
                + ", time zone " + flow.schedule().timezone().getId());
        flow.schedule().clocks().forEach(c -> out.println("  " + ScheduleText.describe(c, flow.schedule())
                + (c instanceof ScheduleClock.Cron cron ? "  [" + cron.expression() + "]" : "")));
        if (!flow.defaultParameters().isEmpty()) {
            out.println("Default parameters: " + flow.defaultParameters());
        }
        out.println("Next 10 run times (schedule zone | local):");
        for (ScheduleTimes.RunTime t : ScheduleTimes.next(flow.schedule(), Instant.now(), 10, ZoneId.systemDefault())) {
            out.println("  " + WHEN.format(t.inSchedule()) + " | " + WHEN.format(t.local()));
        }
    }
}
