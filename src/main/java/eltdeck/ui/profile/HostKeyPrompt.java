package eltdeck.ui.profile;

import eltdeck.ssh.HostKey;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ui.common.FxThread;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.stage.Window;

/** The GUI's answer to an unknown host key: the connection thread waits while the user reads the dialog. */
public final class HostKeyPrompt implements HostKeyPolicy {
    private final Supplier<Window> owner;

    public HostKeyPrompt(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Decision onUnknownHost(String hostId, HostKey key, Path knownHosts) {
        return FxThread.ask(() -> new HostKeyDialog(owner.get(), hostId, key, knownHosts).showAndWait()
                .orElse(Decision.REJECT), Decision.REJECT);
    }
}
