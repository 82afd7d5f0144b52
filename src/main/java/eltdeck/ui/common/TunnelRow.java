package eltdeck.ui.common;

import eltdeck.profile.TunnelSpec;
import eltdeck.tunnel.TunnelStatus;
import java.util.Locale;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One line of the tunnel table: a forward of the profile and what its last probe found. */
public final class TunnelRow {
    static final String NOT_CONNECTED = "Not connected";
    static final String NO_FIGURE = "—";

    private final TunnelSpec spec;
    private final ReadOnlyIntegerWrapper localPort = new ReadOnlyIntegerWrapper(this, "localPort");
    /** Null while the profile is not connected. */
    private final ReadOnlyObjectWrapper<TunnelStatus.Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind");
    /** The whole description ("Reconnecting (attempt 2, next try in 1 s)"); the table shows it as a tooltip. */
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    /** The state in a word or two, which fits the status column on one line. */
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper(this, "latency");
    private final ReadOnlyStringWrapper bytesIn = new ReadOnlyStringWrapper(this, "bytesIn");
    private final ReadOnlyStringWrapper bytesOut = new ReadOnlyStringWrapper(this, "bytesOut");
    private final ReadOnlyStringWrapper advice = new ReadOnlyStringWrapper(this, "advice", "");
    /** A free local port to offer when this one is busy; 0 when there is nothing to offer. */
    private final ReadOnlyIntegerWrapper suggestedPort = new ReadOnlyIntegerWrapper(this, "suggestedPort");

    public TunnelRow(TunnelSpec spec) {
        this.spec = spec;
        showNotConnected();
    }

    public void showNotConnected() {
        localPort.set(spec.localPort());
        kind.set(null);
        status.set(NOT_CONNECTED);
        summary.set(NOT_CONNECTED);
        latency.set(NO_FIGURE);
        bytesIn.set(NO_FIGURE);
        bytesOut.set(NO_FIGURE);
        advice.set("");
        suggestedPort.set(0);
    }

    /**
     * Shows a probe's result.
     *
     * @param freePort a free local port found for a busy one (0 if none was looked for)
     */
    public void show(TunnelStatus s, int freePort) {
        localPort.set(s.localPort());
        kind.set(s.kind());
        // Latency and bytes have their own columns, so "Up" needs no figures here.
        status.set(s.kind() == TunnelStatus.Kind.UP ? s.kind().label() : s.describe());
        summary.set(s.kind().label());
        latency.set(s.kind() == TunnelStatus.Kind.UP ? String.format(Locale.ROOT, "%.1f ms", s.rttMillis()) : NO_FIGURE);
        bytesIn.set(TunnelStatus.bytes(s.bytesIn()));
        bytesOut.set(TunnelStatus.bytes(s.bytesOut()));
        boolean busy = s.kind() == TunnelStatus.Kind.LOCAL_PORT_BUSY;
        advice.set(busy && spec.mustKeepLocalPort()
                ? "The Prefect API must keep " + spec.localPort() + ": the Prefect UI in the browser calls localhost:"
                + spec.localPort() + " itself. Free the port; the tunnel then comes up by itself."
                : "");
        suggestedPort.set(busy && !spec.mustKeepLocalPort() ? freePort : 0);
    }

    /** Whether a busy local port may move elsewhere for this session (never the Prefect API's 4200). */
    public static boolean mayMove(TunnelStatus s) {
        return s.kind() == TunnelStatus.Kind.LOCAL_PORT_BUSY && !s.spec().mustKeepLocalPort();
    }

    /** The CSS class that colours a status (see deck.css). */
    public static String styleClass(TunnelStatus.Kind kind) {
        return kind == null ? "tunnel-idle" : "tunnel-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public TunnelSpec spec() {
        return spec;
    }

    public String label() {
        return spec.label();
    }

    public int remotePort() {
        return spec.remotePort();
    }

    public String browserUrl() {
        return "http://localhost:" + localPort.get() + "/";
    }

    public boolean isUp() {
        return kind.get() == TunnelStatus.Kind.UP;
    }

    public boolean isStopped() {
        return kind.get() == TunnelStatus.Kind.STOPPED;
    }

    public ReadOnlyIntegerProperty localPortProperty() {
        return localPort.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TunnelStatus.Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bytesInProperty() {
        return bytesIn.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bytesOutProperty() {
        return bytesOut.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty suggestedPortProperty() {
        return suggestedPort.getReadOnlyProperty();
    }
}
