package eltdeck.tunnel;

import eltdeck.profile.TunnelSpec;

/**
 * One forward's mutable state (local port, the user's stop, its listener, its last status), kept apart from the
 * connection so that the supervisor, the prober and the tunnel table share one shape. Guarded by the supervisor's lock.
 */
final class Tunnel {
    final TunnelSpec spec;
    int localPort;
    boolean userStopped;
    LocalForwarder forwarder;
    String holder;
    TunnelStatus status;
    /** What the tunnel showed before the link came into doubt; null while it is not. */
    TunnelStatus beforeCheck;

    Tunnel(TunnelSpec spec) {
        this.spec = spec;
        this.localPort = spec.localPort();
        this.status = make(TunnelStatus.Kind.STOPPED, 0);
    }

    TunnelStatus make(TunnelStatus.Kind kind, double rtt) {
        LocalForwarder f = forwarder;
        return new TunnelStatus(spec, localPort, kind, rtt, f == null ? 0 : f.bytesIn(), f == null ? 0 : f.bytesOut(),
                f == null ? 0 : f.openConnections(), 0, 0, kind == TunnelStatus.Kind.LOCAL_PORT_BUSY ? holder : null);
    }

    /** The status as it stands apart from a check of the link in progress. */
    TunnelStatus shown() {
        return beforeCheck != null ? beforeCheck : status;
    }

    void closeForwarder() {
        if (forwarder != null) {
            forwarder.close();
            forwarder = null;
        }
    }
}
