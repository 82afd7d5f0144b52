package eltdeck.testvm;

import eltdeck.ssh.HostKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.shell.ProcessShellFactory;

/**
 * Apache MINA SSHD in the test JVM on 127.0.0.1: public-key login for one user against an authorized_keys
 * file, commands through {@code /bin/sh -c}, TCP forwarding allowed, an ed25519 host key of its own.
 * Needs neither root nor OpenSSH.
 */
public final class EmbeddedSshd implements TestSshServer, AutoCloseable {
    private static final String HOST = "127.0.0.1";

    private final SshServer server;
    private final String user;
    private final HostKey hostKey;
    private int port;

    private EmbeddedSshd(SshServer server, String user, HostKey hostKey) {
        this.server = server;
        this.user = user;
        this.hostKey = hostKey;
    }

    /** Starts on a free port, letting {@code user} in with the keys in {@code authorizedKeys}. */
    public static EmbeddedSshd start(String user, Path authorizedKeys) {
        KeyPair hostPair;
        try {
            hostPair = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make an ed25519 host key (is net.i2p.crypto:eddsa on the test classpath?)", e);
        }
        SshServer server = SshServer.setUpDefaultServer();
        server.setHost(HOST);
        server.setPort(0);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostPair));
        AuthorizedKeysAuthenticator keys = new AuthorizedKeysAuthenticator(authorizedKeys);
        server.setPublickeyAuthenticator((name, key, session) -> user.equals(name) && keys.authenticate(name, key, session));
        server.setPasswordAuthenticator(null);
        server.setKeyboardInteractiveAuthenticator(null);
        // The whole command line goes to sh, as sshd does with the user's shell.
        server.setCommandFactory((channel, command) -> new ProcessShellFactory(command, "/bin/sh", "-c", command).createShell(channel));
        server.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        String[] publicLine = PublicKeyEntry.toString(hostPair.getPublic()).split(" ");
        EmbeddedSshd sshd = new EmbeddedSshd(server, user, HostKey.fromBase64(publicLine[0], publicLine[1]));
        sshd.listen();
        return sshd;
    }

    @Override
    public String host() {
        return HOST;
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
    public HostKey hostKey() {
        return hostKey;
    }

    /** Closes the listener and every session, as a dying sshd would. */
    public void stop() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts again on the same port with the same host key. */
    public void restart() {
        stop();
        listen();
    }

    private void listen() {
        try {
            server.start();
            port = server.getPort();
            server.setPort(port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded sshd", e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
