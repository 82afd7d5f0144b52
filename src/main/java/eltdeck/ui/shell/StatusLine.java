package eltdeck.ui.shell;

import eltdeck.tunnel.ConnectionState;
import eltdeck.ui.profile.ProfileViewModel;
import java.util.List;

/** The status bar's summary: "3 profiles · 1 connected · tunnels 5/5 up". */
final class StatusLine {
    private StatusLine() {
    }

    static String of(List<ProfileViewModel> profiles) {
        int connected = 0;
        int up = 0;
        int total = 0;
        for (ProfileViewModel p : profiles) {
            if (p.stateProperty().get().kind() == ConnectionState.Kind.CONNECTED) {
                connected++;
            }
            if (p.activeProperty().get()) {
                up += p.tunnelsUpProperty().get();
                total += p.tunnels().size();
            }
        }
        return format(profiles.size(), connected, up, total);
    }

    static String format(int profiles, int connected, int tunnelsUp, int tunnelsTotal) {
        if (profiles == 0) {
            return "No profiles yet";
        }
        String line = profiles + (profiles == 1 ? " profile" : " profiles") + " · " + connected + " connected";
        return tunnelsTotal == 0 ? line : line + " · tunnels " + tunnelsUp + "/" + tunnelsTotal + " up";
    }
}
