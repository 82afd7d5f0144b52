package eltdeck.tunnel;

import eltdeck.profile.TunnelSpec;

/**
 * What a tunnel is doing now, from a real probe. Only the fields of its {@link Kind} are meaningful:
 * {@code rttMillis} for UP, {@code attempt}/{@code nextTrySeconds} for RECONNECTING, {@code portHolder} for LOCAL_PORT_BUSY.
 */
public record TunnelStatus(TunnelSpec spec, int localPort, Kind kind, double rttMillis, long bytesIn, long bytesOut,
                           int openConnections, int attempt, long nextTrySeconds, String portHolder) {

    public enum Kind {
        CONNECTING("Connecting"), UP("Up"), RECONNECTING("Reconnecting"), CHECKING("Checking the link"),
        REMOTE_PORT_CLOSED("Remote port closed"), NOT_ANSWERING("Not answering"), FORWARD_REFUSED("Forward refused"),
        LOCAL_PORT_BUSY("Local port busy"), STOPPED("Stopped");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line as the CLI prints it and the GUI shows it in the status column. */
    public String describe() {
        return switch (kind) {
            case UP -> String.format("Up, %.1f ms, %s in / %s out", rttMillis, bytes(bytesIn), bytes(bytesOut));
            // A probe that finds the link dead knows no attempt yet: no "attempt 0" for the user.
            case RECONNECTING -> attempt == 0 ? "Reconnecting"
                    : "Reconnecting (attempt " + attempt + ", next try in " + nextTrySeconds + " s)";
            case CHECKING -> "Link not answering, checking…";
            // Only the server's explicit "connect failed" says this; silence never does.
            case REMOTE_PORT_CLOSED -> "Remote port closed: nothing listens on port " + spec.remotePort() + " on the VM";
            case NOT_ANSWERING -> "Not answering: port " + spec.remotePort() + " on the VM took too long to accept;"
                    + " the SSH link itself answers";
            case FORWARD_REFUSED -> "Forward refused: the VM's sshd does not forward to port " + spec.remotePort()
                    + " for this user (see AllowTcpForwarding and PermitOpen in its sshd_config)";
            case LOCAL_PORT_BUSY -> "Local port busy: " + localPort + " is held by " + portHolder;
            default -> kind.label();
        };
    }

    /** The same status ignoring figures that change on every probe (for "tell me when it changes"). */
    public boolean sameStateAs(TunnelStatus other) {
        return other != null && kind == other.kind && localPort == other.localPort && attempt == other.attempt
                && java.util.Objects.equals(portHolder, other.portHolder);
    }

    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format("%.1f %s", v, units[u]);
    }
}
