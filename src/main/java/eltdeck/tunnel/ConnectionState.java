package eltdeck.tunnel;

import eltdeck.ssh.SshFailure;

/** The state of a profile's SSH connection as a whole. */
public record ConnectionState(Kind kind, int attempt, long nextTrySeconds, SshFailure failure) {

    /** CHECKING: connected, but something went unanswered and the link is being checked before anyone is told more. */
    public enum Kind { DISCONNECTED, CONNECTING, CONNECTED, CHECKING, RECONNECTING, FAILED }

    public static final ConnectionState DISCONNECTED = new ConnectionState(Kind.DISCONNECTED, 0, 0, null);
    public static final ConnectionState CONNECTING = new ConnectionState(Kind.CONNECTING, 0, 0, null);
    public static final ConnectionState CONNECTED = new ConnectionState(Kind.CONNECTED, 0, 0, null);
    public static final ConnectionState CHECKING = new ConnectionState(Kind.CHECKING, 0, 0, null);

    public static ConnectionState reconnecting(int attempt, long nextTrySeconds, SshFailure last) {
        return new ConnectionState(Kind.RECONNECTING, attempt, nextTrySeconds, last);
    }

    public static ConnectionState failed(SshFailure failure) {
        return new ConnectionState(Kind.FAILED, 0, 0, failure);
    }

    public String describe() {
        return switch (kind) {
            case DISCONNECTED -> "Disconnected";
            case CONNECTING -> "Connecting…";
            case CONNECTED -> "Connected";
            case CHECKING -> "Link not answering, checking…";
            case RECONNECTING -> "Reconnecting (attempt " + attempt + ", next try in " + nextTrySeconds + " s)";
            case FAILED -> "Failed: " + failure.getMessage();
        };
    }
}
