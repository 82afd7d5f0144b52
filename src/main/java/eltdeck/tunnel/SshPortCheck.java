package eltdeck.tunnel;

import eltdeck.profile.Profile;
import eltdeck.ssh.SshFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** Whether the VM's SSH port takes a TCP connection yet, before a reconnect attempt; if not, what was seen instead. */
final class SshPortCheck {
    private SshPortCheck() {
    }

    /** Null when the SSH port (of the jump host, if any) accepts a connection; otherwise what was seen, in words. */
    static SshFailure silence(Profile profile, int timeoutMs) {
        String host = profile.jump() != null ? profile.jump().host() : profile.host();
        int port = profile.jump() != null ? profile.jump().port() : profile.port();
        String where = host + ":" + port;
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), timeoutMs);
            return null;
        } catch (SocketTimeoutException e) {
            return new SshFailure(SshFailure.Kind.TIMEOUT, "No answer from " + where + " within " + timeoutMs + " ms"
                    + " (timed out).", e.toString());
        } catch (ConnectException e) {
            return new SshFailure(SshFailure.Kind.CONNECTION_REFUSED, where + " refused the connection: sshd is not"
                    + " listening there (yet).", e.toString());
        } catch (NoRouteToHostException e) {
            return new SshFailure(SshFailure.Kind.UNREACHABLE, "No route to " + host + ".", e.toString());
        } catch (IOException e) {
            return new SshFailure(SshFailure.Kind.OTHER, "Cannot reach " + where + ": " + e.getMessage(), e.toString());
        }
    }
}
