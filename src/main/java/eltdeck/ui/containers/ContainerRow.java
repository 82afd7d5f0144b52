package eltdeck.ui.containers;

import eltdeck.stack.ContainerInfo;
import eltdeck.stack.Uptime;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One container in the containers table. A row stays the same object while its container lives, and each poll
 * updates its cells in place, so the table keeps its selection and scroll position.
 */
public final class ContainerRow {
    private final String id;
    private ContainerInfo info;
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper(this, "state");
    private final ReadOnlyStringWrapper health = new ReadOnlyStringWrapper(this, "health");
    private final ReadOnlyObjectWrapper<Uptime> uptime = new ReadOnlyObjectWrapper<>(this, "uptime");
    private final ReadOnlyStringWrapper ports = new ReadOnlyStringWrapper(this, "ports");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");

    ContainerRow(ContainerInfo container) {
        this.id = container.id();
        update(container);
    }

    /** Takes the container's latest state; the id stays the row's. */
    void update(ContainerInfo container) {
        info = container;
        state.set(container.state());
        health.set(container.health());
        uptime.set(Uptime.of(container.status()).orElse(null));
        ports.set(String.join(", ", container.ports()));
        status.set(container.status());
    }

    public String id() {
        return id;
    }

    public ContainerInfo container() {
        return info;
    }

    public String service() {
        return info.service();
    }

    public String name() {
        return info.name();
    }

    public String image() {
        return info.image();
    }

    public boolean isRunning() {
        return info.isRunning();
    }

    /** running, exited, restarting, … */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** healthy, unhealthy, starting, or empty without a health check. */
    public ReadOnlyStringProperty healthProperty() {
        return health.getReadOnlyProperty();
    }

    /** Null while the container is not up. */
    public ReadOnlyObjectProperty<Uptime> uptimeProperty() {
        return uptime.getReadOnlyProperty();
    }

    public Optional<Uptime> uptime() {
        return Optional.ofNullable(uptime.get());
    }

    public ReadOnlyStringProperty portsProperty() {
        return ports.getReadOnlyProperty();
    }

    /** docker's status line ("Exited (1) 2 minutes ago"), for the tooltip. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
