package eltdeck.ssh;

/**
 * Why a connection could not be made or was lost, in words for the user; {@link #detail()} keeps the
 * technical text for the "details" view. Never carries a secret.
 */
public final class SshFailure extends Exception {

    public enum Kind {
        HOST_NOT_FOUND(Retry.WHEN_REACHABLE), CONNECTION_REFUSED(Retry.WHEN_REACHABLE), TIMEOUT(Retry.WHEN_REACHABLE),
        UNREACHABLE(Retry.WHEN_REACHABLE), CLOSED_BEFORE_LOGIN(Retry.WHEN_REACHABLE), CONNECTION_LOST(Retry.WHEN_REACHABLE),
        NOT_SSH(Retry.AFTER_BACKOFF), AUTH_REJECTED(Retry.AFTER_BACKOFF), KEY_UNREADABLE(Retry.AFTER_BACKOFF),
        KEY_PASSPHRASE(Retry.AFTER_BACKOFF), AGENT_UNAVAILABLE(Retry.AFTER_BACKOFF), OTHER(Retry.AFTER_BACKOFF),
        HOST_KEY_UNKNOWN(Retry.NEVER), HOST_KEY_CHANGED(Retry.NEVER), HOST_KEY_REVOKED(Retry.NEVER);

        private final Retry retry;

        Kind(Retry retry) {
            this.retry = retry;
        }

        /** Whether, and when, trying to connect again may succeed: the one answer every retrying caller uses. */
        public Retry retry() {
            return retry;
        }
    }

    /** Whether a failed connection is worth trying again, and when. */
    public enum Retry {
        /**
         * The network failed (no route, no answer, refused, lost): it comes back by itself, and at the latest once
         * the VM's SSH port answers again, so a retry need not wait out its whole backoff.
         */
        WHEN_REACHABLE,
        /**
         * The VM answered but would not let us in (login refused, a key, an answer that was not SSH): something on
         * either side may be fixed meanwhile, so try again after the backoff; the port answering proves nothing.
         */
        AFTER_BACKOFF,
        /** The host key is not the trusted one: only the user may decide about it, so never try again by itself. */
        NEVER
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
