package eltdeck.ui.containers;

import eltdeck.stack.ContainerInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows of the containers tab, kept in place across polls (so selection and scrolling survive), with the
 * log targets they offer and a one-line summary. UI thread only.
 */
final class ContainerRows {
    private static final Comparator<ContainerRow> ROW_ORDER =
            Comparator.comparing(ContainerRow::service).thenComparing(ContainerRow::name);

    private final ObservableList<ContainerRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LogTarget> logTargets = FXCollections.observableArrayList(LogTarget.ALL);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    /** Updates the rows in place, adds new containers and drops the ones gone, keeping service order. */
    void show(List<ContainerInfo> containers) {
        Map<String, ContainerInfo> byId = new LinkedHashMap<>();
        containers.forEach(c -> byId.put(c.id(), c));
        rows.removeIf(row -> !byId.containsKey(row.id()));
        Map<String, ContainerRow> existing = rows.stream().collect(Collectors.toMap(ContainerRow::id, r -> r));
        boolean added = false;
        for (ContainerInfo c : byId.values()) {
            ContainerRow row = existing.get(c.id());
            if (row != null) {
                row.update(c);
            } else {
                rows.add(new ContainerRow(c));
                added = true;
            }
        }
        if (added) {
            FXCollections.sort(rows, ROW_ORDER);
        }
        List<LogTarget> targets = new ArrayList<>(List.of(LogTarget.ALL));
        new TreeSet<>(rows.stream().map(ContainerRow::service).toList()).forEach(s -> targets.add(LogTarget.of(s)));
        if (!targets.equals(logTargets)) {
            logTargets.setAll(targets);
        }
        summary.set(summarize());
    }

    private String summarize() {
        long running = rows.stream().filter(ContainerRow::isRunning).count();
        long unhealthy = rows.stream().filter(r -> "unhealthy".equals(r.healthProperty().get())).count();
        return rows.size() + (rows.size() == 1 ? " container" : " containers") + " · " + running + " running"
                + (unhealthy > 0 ? " · " + unhealthy + " unhealthy" : "");
    }

    ContainerRow rowOf(String service) {
        return rows.stream().filter(r -> r.service().equals(service)).findFirst().orElse(null);
    }

    /** The containers a log target covers now. */
    List<ContainerInfo> containersOf(LogTarget target) {
        return rows.stream().filter(target::includes).map(ContainerRow::container).toList();
    }

    /** The ids of the containers a log target covers now; none for no target. */
    Set<String> idsOf(LogTarget target) {
        return target == null ? Set.of()
                : rows.stream().filter(target::includes).map(ContainerRow::id).collect(Collectors.toUnmodifiableSet());
    }

    ObservableList<ContainerRow> rows() {
        return rows;
    }

    ObservableList<LogTarget> logTargets() {
        return logTargets;
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
