package eltdeck.ui.prefect;

import eltdeck.prefect.Flow;
import eltdeck.prefect.Schedule;
import eltdeck.prefect.ScheduleClock;
import eltdeck.prefect.ScheduleTimes;
import eltdeck.prefect.ScheduleValidator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The schedule of one flow group while it is edited: its clocks, its time zone, what is wrong with it, and the next
 * runs it would make (in its zone and locally), all recomputed on every change. Saving writes the whole set, as
 * Prefect Server replaces it whole. UI thread only.
 */
public final class ScheduleEditorViewModel {
    static final int PREVIEW = 10;

    /** Where the schedule is saved: {@code done} gets null on success, else what went wrong. */
    @FunctionalInterface
    public interface Saver {
        void save(Flow flow, Schedule schedule, Consumer<String> done);
    }

    private final Flow flow;
    private final Clock clock;
    private final ZoneId local;
    private final Saver saver;
    private final ObservableList<ClockDraft> clocks = FXCollections.observableArrayList();
    private final StringProperty timezone = new SimpleStringProperty(this, "timezone");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<ScheduleTimes.RunTime> nextRuns = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper(this, "saveError", "");
    private final BooleanBinding canSave = Bindings.isEmpty(problems).and(saving.not());
    private final InvalidationListener changed = o -> update();

    public ScheduleEditorViewModel(Flow flow, Clock clock, ZoneId local, Saver saver) {
        this.flow = flow;
        this.clock = clock;
        this.local = local;
        this.saver = saver;
        Schedule current = flow.schedule();
        timezone.set(current == null ? "UTC" : zoneName(current.timezone()));
        clocks.addListener((ListChangeListener<ClockDraft>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(d -> d.observables().forEach(o -> o.removeListener(changed)));
                c.getAddedSubList().forEach(d -> d.observables().forEach(o -> o.addListener(changed)));
            }
            update();
        });
        timezone.addListener(changed);
        if (current != null) {
            clocks.setAll(current.clocks().stream().map(k -> ClockDraft.of(flow, k)).toList());
        }
        update();
    }

    public void addCron() {
        clocks.add(ClockDraft.newCron(flow));
    }

    public void addInterval() {
        clocks.add(ClockDraft.newInterval(flow));
    }

    public void remove(ClockDraft draft) {
        clocks.remove(draft);
    }

    /** Writes the whole schedule (no clocks: deletes the group's schedule). */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        Schedule schedule = schedule(null);
        saving.set(true);
        saveError.set("");
        saver.save(flow, schedule, error -> {
            saving.set(false);
            if (error == null) {
                saved.set(true);
            } else {
                saveError.set(error);
            }
        });
    }

    private void update() {
        List<String> found = new ArrayList<>();
        Schedule preview = null;
        try {
            preview = schedule(clock.instant());
            found.addAll(ScheduleValidator.problems(preview, flow.parameters(), flow.defaultParameters()));
        } catch (IllegalArgumentException e) {
            found.add(e.getMessage());
        }
        problems.setAll(found);
        nextRuns.setAll(found.isEmpty() && preview != null ? ScheduleTimes.next(preview, clock.instant(), PREVIEW, local) : List.of());
    }

    /** The schedule from the drafts, each clock starting at {@code start}; IllegalArgumentException for a bad field. */
    private Schedule schedule(Instant start) {
        ZoneId zone = Schedule.zone(timezone.get() == null ? "" : timezone.get());
        List<ScheduleClock> list = new ArrayList<>();
        for (int i = 0; i < clocks.size(); i++) {
            try {
                list.add(clocks.get(i).toClock(start));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Clock " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new Schedule(list, zone);
    }

    private static String zoneName(ZoneId zone) {
        return "Z".equals(zone.getId()) ? "UTC" : zone.getId();
    }

    public ObservableList<ClockDraft> clocks() {
        return clocks;
    }

    /** An IANA zone name, e.g. Europe/Berlin. */
    public StringProperty timezoneProperty() {
        return timezone;
    }

    /** What stops the schedule from being saved, each naming its clock. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The next runs the saved schedule would make; empty while it has problems. */
    public ObservableList<ScheduleTimes.RunTime> nextRuns() {
        return nextRuns;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** True once the server took the schedule. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ZoneId local() {
        return local;
    }
}
