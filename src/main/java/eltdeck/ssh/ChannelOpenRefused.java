package eltdeck.ssh;

/**
 * The server answered a channel open with SSH_MSG_CHANNEL_OPEN_FAILURE: an explicit "no" for this port, which
 * proves the link itself is alive. Only {@link #connectFailed()} means that nothing listens on the port.
 */
public final class ChannelOpenRefused extends SshLinkException {
    /** RFC 4254 §5.1 reason codes. */
    static final int ADMINISTRATIVELY_PROHIBITED = 1;
    static final int CONNECT_FAILED = 2;
    static final int UNKNOWN_CHANNEL_TYPE = 3;
    static final int RESOURCE_SHORTAGE = 4;

    private final int reasonCode;

    ChannelOpenRefused(int reasonCode, Throwable cause) {
        super("The server refused the channel: " + reasonText(reasonCode), cause);
        this.reasonCode = reasonCode;
    }

    /** The server tried to connect to the port and was refused: nothing listens there. */
    public boolean connectFailed() {
        return reasonCode == CONNECT_FAILED;
    }

    /** The server's reason, in its RFC 4254 words. */
    public String reason() {
        return reasonText(reasonCode);
    }

    static String reasonText(int code) {
        return switch (code) {
            case ADMINISTRATIVELY_PROHIBITED -> "administratively prohibited";
            case CONNECT_FAILED -> "connect failed";
            case UNKNOWN_CHANNEL_TYPE -> "unknown channel type";
            case RESOURCE_SHORTAGE -> "resource shortage";
            default -> "reason " + code;
        };
    }
}
