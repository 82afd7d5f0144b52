package eltdeck.ui.prefect;

import eltdeck.prefect.Flow;
import eltdeck.prefect.ScheduleClock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One clock as the schedule editor holds it while it is edited: cron or interval, its parameter values, its start. */
public final class ClockDraft {
    public enum Kind { CRON, INTERVAL }

    /** The units an interval is given in. */
    public static final List<ChronoUnit> UNITS = List.of(ChronoUnit.MINUTES, ChronoUnit.HOURS, ChronoUnit.DAYS);

    private final ObjectProperty<Kind> kind;
    private final StringProperty cron;
    private final StringProperty every;
    private final ObjectProperty<ChronoUnit> unit;
    private final ParameterFields parameters;
    private final Instant startDate;

    private ClockDraft(Kind kind, String cron, String every, ChronoUnit unit, ParameterFields parameters, Instant startDate) {
        this.kind = new SimpleObjectProperty<>(this, "kind", kind);
        this.cron = new SimpleStringProperty(this, "cron", cron);
        this.every = new SimpleStringProperty(this, "every", every);
        this.unit = new SimpleObjectProperty<>(this, "unit", unit);
        this.parameters = parameters;
        this.startDate = startDate;
    }

    /** A new clock: 02:00 every day. */
    public static ClockDraft newCron(Flow flow) {
        return new ClockDraft(Kind.CRON, "0 2 * * *", "1", ChronoUnit.HOURS, ParameterFields.blank(flow, Map.of()), null);
    }

    /** A new clock: every hour. */
    public static ClockDraft newInterval(Flow flow) {
        return new ClockDraft(Kind.INTERVAL, "0 2 * * *", "1", ChronoUnit.HOURS, ParameterFields.blank(flow, Map.of()), null);
    }

    /** A stored clock, in the largest unit that gives a whole number. */
    public static ClockDraft of(Flow flow, ScheduleClock clock) {
        ParameterFields values = ParameterFields.blank(flow, clock.parameterDefaults());
        if (clock instanceof ScheduleClock.Cron c) {
            return new ClockDraft(Kind.CRON, c.expression(), "1", ChronoUnit.HOURS, values, c.startDate());
        }
        Duration d = ((ScheduleClock.Interval) clock).every();
        long seconds = d.toSeconds();
        for (int i = UNITS.size() - 1; i >= 0; i--) {
            long size = UNITS.get(i).getDuration().toSeconds();
            if (seconds % size == 0) {
                return new ClockDraft(Kind.INTERVAL, "0 2 * * *", String.valueOf(seconds / size), UNITS.get(i), values,
                        clock.startDate());
            }
        }
        return new ClockDraft(Kind.INTERVAL, "0 2 * * *", String.valueOf(seconds / 60.0), ChronoUnit.MINUTES, values,
                clock.startDate());
    }

    /**
     * The clock as it would be saved, counted from {@code start} (the server gives every clock the moment it is saved
     * as its start); an IllegalArgumentException saying what to fix when the interval is not a number.
     */
    public ScheduleClock toClock(Instant start) {
        Map<String, Object> values = parameters.values();
        if (kind.get() == Kind.CRON) {
            return new ScheduleClock.Cron(cron.get() == null ? "" : cron.get(), values, start);
        }
        String text = every.get() == null ? "" : every.get().strip();
        double amount;
        try {
            amount = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number of " + unit.get().toString().toLowerCase(java.util.Locale.ROOT)
                    + "; give one such as 15.");
        }
        long seconds = Math.round(amount * unit.get().getDuration().toSeconds());
        return new ScheduleClock.Interval(Duration.ofSeconds(seconds), values, start);
    }

    /** Everything that changes the clock, for listeners. */
    List<Observable> observables() {
        List<Observable> all = new ArrayList<>(List.of(kind, cron, every, unit));
        parameters.fields().forEach(f -> all.add(f.text()));
        return all;
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public StringProperty cronProperty() {
        return cron;
    }

    public StringProperty everyProperty() {
        return every;
    }

    public ObjectProperty<ChronoUnit> unitProperty() {
        return unit;
    }

    public ParameterFields parameters() {
        return parameters;
    }

    /** When the stored clock counts from; null for a new one. */
    public Instant startDate() {
        return startDate;
    }
}
