package eltdeck.ssh;

/**
 * Why a connection could not be made or was lost, in words for the user; {@link #detail()} keeps the
 * technical text for the "details" view. Never carries a secret.
 */
public final class SshFailure extends Exception {

    public enum Kind {
        HOST_NOT_FOUND(true), CONNECTION_REFUSED(true), TIMEOUT(true), UNREACHABLE(true), NOT_SSH(true),
        CLOSED_BEFORE_LOGIN(true), CONNECTION_LOST(true), HOST_KEY_UNKNOWN(false), HOST_KEY_CHANGED(false), HOST_KEY_REVOKED(false),
        AUTH_REJECTED(false), KEY_UNREADABLE(false), KEY_PASSPHRASE(false), AGENT_UNAVAILABLE(false), OTHER(true);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        /** A failure that may go away by itself (network), as opposed to one the user must fix. */
        public boolean isTransient() {
            return transientFailure;
        }
    }

    private final Kind kind;
    private final String detail;
    private final transient HostKeyChange hostKeyChange;

    public SshFailure(Kind kind, String message, String detail) {
        this(kind, message, detail, null);
    }

    SshFailure(Kind kind, String message, String detail, HostKeyChange hostKeyChange) {
        super(message);
        this.kind = kind;
        this.detail = detail;
        this.hostKeyChange = hostKeyChange;
    }

    public Kind kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }

    /** For a refused host key: the host, the offered key and the keys known before; otherwise null. */
    public HostKeyChange hostKeyChange() {
        return hostKeyChange;
    }

    /** Everything a GUI needs to show a refused host key and offer to replace the entry. */
    public record HostKeyChange(String hostId, HostKey offered, java.util.List<HostKey> known, java.nio.file.Path knownHostsFile) {
    }
}
