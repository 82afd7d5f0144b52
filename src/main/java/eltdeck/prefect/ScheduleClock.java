package eltdeck.prefect;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One clock of a Prefect 1 schedule: a cron expression or a fixed interval, with the parameter values its runs
 * get, and the date it counts from (set by the server when it stores the clock; null when it has none).
 */
public sealed interface ScheduleClock permits ScheduleClock.Cron, ScheduleClock.Interval {
    Map<String, Object> parameterDefaults();

    Instant startDate();

    /** A five-field Unix cron expression (minute hour day-of-month month day-of-week), evaluated in the schedule's zone. */
    record Cron(String expression, Map<String, Object> parameterDefaults, Instant startDate) implements ScheduleClock {
        public Cron {
            parameterDefaults = Json.frozen(parameterDefaults);
        }

        public Cron(String expression, Map<String, Object> parameterDefaults) {
            this(expression, parameterDefaults, null);
        }
    }

    /** Every {@code every}, counted from the start date (Prefect's 2019-01-01 UTC when there is none). */
    record Interval(Duration every, Map<String, Object> parameterDefaults, Instant startDate) implements ScheduleClock {
        public Interval {
            parameterDefaults = Json.frozen(parameterDefaults);
        }

        public Interval(Duration every, Map<String, Object> parameterDefaults) {
            this(every, parameterDefaults, null);
        }
    }
}
