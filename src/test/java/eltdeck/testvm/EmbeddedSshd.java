package eltdeck.testvm;

import eltdeck.ssh.HostKey;
import eltdeck.ssh.KeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.shell.ProcessShellFactory;

/**
 * Apache MINA SSHD in the test JVM on 127.0.0.1 (or an address given): public-key login for one user against an authorized_keys
 * file, commands through {@code /bin/sh -c}, TCP forwarding allowed, an ed25519 host key of its own.
 * Needs neither root nor OpenSSH.
 */
public final class EmbeddedSshd implements TestSshServer {
    private final String host;
    private final String user;
    private final AuthorizedKeysAuthenticator authorizedKeys;
    private KeyPair hostPair;
    private SshServer server;
    private int port;
    private final AtomicInteger sessionsCreated = new AtomicInteger();

    private EmbeddedSshd(String host, int port, String user, Path authorizedKeys) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.authorizedKeys = new AuthorizedKeysAuthenticator(authorizedKeys);
    }

    /** Starts on a free port, letting {@code user} in with the keys in {@code authorizedKeys}. */
    public static EmbeddedSshd start(String user, Path authorizedKeys) {
        return start("127.0.0.1", 0, user, authorizedKeys);
    }

    /** Starts on a free port, letting user {@code deck} in with {@code key}, listed in an authorized_keys file in {@code dir}. */
    public static EmbeddedSshd admitting(KeyGenerator.GeneratedKey key, Path dir) throws IOException {
        return start("deck", Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
    }

    /** Starts on {@code host:port} (0 for a free port), e.g. a network namespace's own address and port 22. */
    public static EmbeddedSshd start(String host, int port, String user, Path authorizedKeys) {
        EmbeddedSshd sshd = new EmbeddedSshd(host, port, user, authorizedKeys);
        sshd.hostPair = newHostKeyPair();
        sshd.listen();
        return sshd;
    }

    @Override
    public String host() {
        return host;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public synchronized HostKey hostKey() {
        String[] publicLine = PublicKeyEntry.toString(hostPair.getPublic()).split(" ");
        return HostKey.fromBase64(publicLine[0], publicLine[1]);
    }

    /** Every SSH session (client connection) this server has accepted since it started first. */
    public int sessionsCreated() {
        return sessionsCreated.get();
    }

    /** The SSH sessions open now (every client connection that is still up). */
    public synchronized int openSessions() {
        return server == null ? 0 : server.getActiveSessions().size();
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop(true);
            server = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void startAgain() {
        if (server == null) {
            listen();
        }
    }

    /** Starts again on the same port with a new host key, like a VM rebuilt under the same address. */
    public synchronized void restartWithNewHostKey() {
        stop();
        hostPair = newHostKeyPair();
        listen();
    }

    /** Whether TCP forwarding is allowed from now on, as sshd's AllowTcpForwarding; a refusal is "administratively prohibited". */
    public synchronized void allowForwarding(boolean allowed) {
        server.setForwardingFilter(allowed ? AcceptAllForwardingFilter.INSTANCE : RejectAllForwardingFilter.INSTANCE);
    }

    /** A MINA server starts once only, so every (re)start builds a new one. */
    private synchronized void listen() {
        SshServer s = SshServer.setUpDefaultServer();
        s.setHost(host);
        s.setPort(port);
        s.setKeyPairProvider(KeyPairProvider.wrap(hostPair));
        s.setPublickeyAuthenticator((name, key, session) -> user.equals(name) && authorizedKeys.authenticate(name, key, session));
        s.setPasswordAuthenticator(null);
        s.setKeyboardInteractiveAuthenticator(null);
        // The whole command line goes to sh, as sshd hands it to the user's shell.
        s.setCommandFactory((channel, command) -> new ProcessShellFactory(command, "/bin/sh", "-c", command).createShell(channel));
        s.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        s.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                sessionsCreated.incrementAndGet();
            }
        });
        try {
            s.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded sshd on port " + port, e);
        }
        server = s;
        port = s.getPort();
    }

    private static KeyPair newHostKeyPair() {
        try {
            return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make an ed25519 host key (is Bouncy Castle, org.bouncycastle:bcprov-jdk18on, on the test classpath?)", e);
        }
    }
}
