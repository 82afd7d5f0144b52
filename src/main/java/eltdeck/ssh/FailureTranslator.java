package eltdeck.ssh;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Turns what JSch throws into a {@link SshFailure} that tells the user what went wrong and what to do. */
final class FailureTranslator {
    private FailureTranslator() {
    }

    static SshFailure translate(Exception e, Target target, VerifyingHostKeyRepository hostKeys) {
        String detail = technical(e);
        VerifyingHostKeyRepository.HostKeyProblem problem = hostKeys == null ? null : hostKeys.problem();
        if (problem != null) {
            return hostKeyFailure(problem, detail);
        }
        Throwable root = rootCause(e);
        String where = target.host() + ":" + target.port();
        if (root instanceof UnknownHostException) {
            return new SshFailure(SshFailure.Kind.HOST_NOT_FOUND, "The host name '" + target.host()
                    + "' cannot be resolved. Check the spelling, or use the VM's IP address.", detail);
        }
        if (root instanceof ConnectException) {
            return new SshFailure(SshFailure.Kind.CONNECTION_REFUSED, "Nothing accepts SSH connections on " + where
                    + ". Check the port (usually 22) and that sshd runs on the VM.", detail);
        }
        if (root instanceof NoRouteToHostException) {
            return new SshFailure(SshFailure.Kind.UNREACHABLE, "There is no network route to " + target.host()
                    + ". Check your network connection or VPN.", detail);
        }
        String msg = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (root instanceof SocketTimeoutException || msg.contains("timeout")) {
            return new SshFailure(SshFailure.Kind.TIMEOUT, "No answer from " + where
                    + ". The VM may be stopped, or a firewall drops SSH; check its address and firewall rules.", detail);
        }
        if (msg.startsWith("auth fail") || msg.contains("auth cancel")) {
            return new SshFailure(SshFailure.Kind.AUTH_REJECTED, "The VM refused to log in user '" + target.user()
                    + "' with " + target.identities() + ". Check the user name, and that the public key is in that"
                    + " user's ~/.ssh/authorized_keys on the VM.", detail);
        }
        if (msg.contains("invalid privatekey") || msg.contains("invalid private key")) {
            return new SshFailure(SshFailure.Kind.KEY_UNREADABLE, "The identity file is not a private key that can be read."
                    + " Choose the private key file (not the .pub).", detail);
        }
        if (msg.contains("invalid server's version")) {
            return new SshFailure(SshFailure.Kind.NOT_SSH, "The server at " + where + " does not speak SSH: it answered"
                    + " something other than an SSH version line. Check the port (usually 22).", detail);
        }
        String closing = msg.contains("connection reset") ? "reset the connection"
                : msg.contains("connection is closed by foreign host") || msg.contains("end of io stream")
                ? "closed the connection" : null;
        if (closing != null) {
            // Only what was seen: sshd starting up, MaxStartups, a firewall or a dying link all look like this.
            return new SshFailure(SshFailure.Kind.CLOSED_BEFORE_LOGIN, "The server at " + where + " " + closing
                    + " before login. If that lasts, check the port (usually 22) and that sshd there accepts your address.",
                    detail);
        }
        return new SshFailure(SshFailure.Kind.OTHER, "Cannot connect to " + where + ": " + e.getMessage(), detail);
    }

    private static SshFailure hostKeyFailure(VerifyingHostKeyRepository.HostKeyProblem p, String detail) {
        SshFailure.HostKeyChange change = new SshFailure.HostKeyChange(p.hostId(), p.offered(), p.known(), p.knownHostsFile());
        String offered = p.offered().describe(p.hostId());
        switch (p.kind()) {
            case CHANGED: {
                StringBuilder known = new StringBuilder();
                p.known().forEach(k -> known.append("\n  known:   ").append(k.describe(p.hostId())));
                return new SshFailure(SshFailure.Kind.HOST_KEY_CHANGED, "The host key of " + p.hostId() + " has CHANGED."
                        + " Someone could be intercepting the connection (man-in-the-middle), or the VM was rebuilt."
                        + " Connection refused." + known + "\n  offered: " + offered
                        + "\nIf you know the VM was rebuilt, replace the entry in " + p.knownHostsFile() + " explicitly.",
                        detail, change);
            }
            case REVOKED:
                return new SshFailure(SshFailure.Kind.HOST_KEY_REVOKED, "The host key of " + p.hostId()
                        + " is marked @revoked in " + p.knownHostsFile() + ". Connection refused.\n  offered: " + offered,
                        detail, change);
            default:
                return new SshFailure(SshFailure.Kind.HOST_KEY_UNKNOWN, "The host key of " + p.hostId()
                        + " is not known and was not accepted.\n  offered: " + offered
                        + "\nCompare it with the VM's own fingerprint (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the VM).",
                        detail, change);
        }
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String technical(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (sb.length() > 0) {
                sb.append("\ncaused by: ");
            }
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    /** What the connection was aimed at, for the messages. */
    record Target(String host, int port, String user, String identities) {
    }
}
