package eltdeck.ui.containers;

/** Whose logs the containers view shows: one service's containers, or every container merged in time order. */
public record LogTarget(String service) {
    public static final LogTarget ALL = new LogTarget(null);

    public static LogTarget of(String service) {
        return new LogTarget(service);
    }

    public boolean includes(ContainerRow row) {
        return service == null || service.equals(row.service());
    }

    public String label() {
        return service == null ? "All services" : service;
    }
}
