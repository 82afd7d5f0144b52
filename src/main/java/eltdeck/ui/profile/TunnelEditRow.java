package eltdeck.ui.profile;

import eltdeck.profile.TunnelSpec;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One editable line of the profile dialog's tunnel table, as typed (checked when saving). */
public final class TunnelEditRow {
    private final StringProperty label = new SimpleStringProperty(this, "label", "");
    private final StringProperty remotePort = new SimpleStringProperty(this, "remotePort", "");
    private final StringProperty localPort = new SimpleStringProperty(this, "localPort", "");

    public TunnelEditRow() {
    }

    public TunnelEditRow(TunnelSpec spec) {
        label.set(spec.label());
        remotePort.set(Integer.toString(spec.remotePort()));
        localPort.set(Integer.toString(spec.localPort()));
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty remotePortProperty() {
        return remotePort;
    }

    public StringProperty localPortProperty() {
        return localPort;
    }

    ProfileDraft.Tunnel snapshot() {
        return new ProfileDraft.Tunnel(label.get(), remotePort.get(), localPort.get());
    }
}
