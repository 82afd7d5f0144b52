package eltdeck.prefect;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What Prefect Server would refuse in a schedule, or what would leave its runs failing, said before anything is sent:
 * cron syntax, intervals under a minute, parameters the flow does not declare, required parameters without a default.
 */
public final class ScheduleValidator {
    /** Prefect Server refuses shorter intervals. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    private ScheduleValidator() {
    }

    /** Every problem, each saying which clock and what to do; empty when the schedule can be set. */
    public static List<String> problems(Schedule schedule, List<FlowParameter> declared, Map<String, Object> groupDefaults) {
        List<String> problems = new ArrayList<>();
        List<String> names = declared.stream().map(FlowParameter::name).toList();
        for (int i = 0; i < schedule.clocks().size(); i++) {
            ScheduleClock clock = schedule.clocks().get(i);
            String which = "Clock " + (i + 1) + ": ";
            if (clock instanceof ScheduleClock.Cron cron) {
                try {
                    CronExpressions.parse(cron.expression());
                } catch (IllegalArgumentException e) {
                    problems.add(which + e.getMessage());
                }
            } else if (clock instanceof ScheduleClock.Interval interval) {
                Duration every = interval.every();
                if (every.isNegative() || every.isZero()) {
                    problems.add(which + "the interval must be longer than zero.");
                } else if (every.compareTo(MIN_INTERVAL) < 0) {
                    problems.add(which + "every " + every.toSeconds() + " s is too often: Prefect Server refuses intervals"
                            + " under one minute.");
                } else if (every.getNano() != 0) {
                    problems.add(which + "the interval must be a whole number of seconds.");
                }
            }
            for (String name : clock.parameterDefaults().keySet()) {
                if (!names.contains(name)) {
                    problems.add(which + "the flow has no parameter '" + name + "'" + declaredList(names));
                }
            }
        }
        for (FlowParameter p : declared) {
            // The server's set_schedule_active checks group defaults and the flow code's clocks, never the group's clocks.
            if (p.required() && !groupDefaults.containsKey(p.name()) && !schedule.clocks().isEmpty()) {
                problems.add("The flow requires parameter '" + p.name() + "': Prefect Server switches a schedule on only"
                        + " when the flow's default parameters give it a value (values on clocks do not count there): set one"
                        + " with --default " + p.name() + "=VALUE.");
            }
        }
        return problems;
    }

    /** Default parameter values may only name declared parameters. */
    public static List<String> defaultProblems(Map<String, Object> defaults, List<FlowParameter> declared) {
        List<String> names = declared.stream().map(FlowParameter::name).toList();
        return defaults.keySet().stream().filter(n -> !names.contains(n))
                .map(n -> "The flow has no parameter '" + n + "'" + declaredList(names)).toList();
    }

    private static String declaredList(List<String> names) {
        return names.isEmpty() ? "; it declares none." : "; it declares " + names.stream().collect(Collectors.joining(", ")) + ".";
    }
}
