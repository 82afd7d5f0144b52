package eltdeck.ui.containers;

import eltdeck.logs.SourceGroup;
import eltdeck.stack.ContainerLogOptions;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Follows the logs of the chosen log target (one service, or all) over the stack link: one remote reader per
 * container, ended at once for the view and in the background on the VM whenever the target, its containers,
 * the tail or the age change. UI thread only.
 */
final class ContainerLogFollow {
    private final LogViewModel logs;
    private final ContainerRows containerRows;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<LogTarget> target = new ReadOnlyObjectWrapper<>(this, "logTarget");
    private SourceGroup group;
    /** The containers the running log group reads; empty while none runs. */
    private Set<String> loggedIds = Set.of();

    ContainerLogFollow(LogViewModel logs, ContainerRows containerRows, TaskRunner tasks) {
        this.logs = logs;
        this.containerRows = containerRows;
        this.tasks = tasks;
        logs.fetchChoicesProperty().set(true);
    }

    /** Sets whose logs are shown; false when that was shown already. */
    boolean choose(LogTarget next) {
        if (next == null || next.equals(target.get())) {
            return false;
        }
        target.set(next);
        return true;
    }

    void unchoose() {
        target.set(null);
    }

    /** Logs are shown but do not read the target's containers (recreated, scaled, or waiting for the link). */
    boolean stale() {
        return target.get() != null && !loggedIds.equals(containerRows.idsOf(target.get()));
    }

    /** The logs shown include this service's. */
    boolean follows(String service) {
        return target.get() != null && target.get().includes(containerRows.rowOf(service));
    }

    /** Ends the logs shown (at once for the view, in the background on the VM) and starts the target's afresh. */
    void restart(StackConnection c, boolean active) {
        SourceGroup old = detach();
        if (old != null) {
            tasks.run(old::stop, () -> { }, e -> { });
        }
        logs.clear();
        LogTarget shown = target.get();
        if (shown == null || c == null || !active) {
            return; // starts once the link is up
        }
        ContainerLogOptions options = new ContainerLogOptions(logs.tailProperty().get().lines(),
                logs.sinceProperty().get().age(), true);
        SourceGroup next = new SourceGroup(containerRows.containersOf(shown).stream().map(info -> c.logs(info, options)).toList(),
                logs.sink());
        group = next;
        loggedIds = containerRows.idsOf(shown);
        tasks.run(next::start, () -> { }, e -> { });
    }

    /** Mutes the running log group at once and hands it over to be stopped; null when none runs. */
    SourceGroup detach() {
        SourceGroup running = group;
        group = null;
        loggedIds = Set.of();
        if (running != null) {
            running.mute();
        }
        return running;
    }

    ReadOnlyObjectProperty<LogTarget> targetProperty() {
        return target.getReadOnlyProperty();
    }
}
