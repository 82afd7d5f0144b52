package eltdeck.ui.testsupport;

import eltdeck.ssh.HostKey;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.forward.AcceptAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * A VM stand-in: Apache MINA SSHD on a loopback (or given) address with a generated host key, public-key
 * login for one key, and TCP forwarding allowed. Forwards reach the ports of this machine's localhost.
 */
public final class EmbeddedSshServer implements AutoCloseable {
    private final SshServer sshd;

    private EmbeddedSshServer(SshServer sshd) {
        this.sshd = sshd;
    }

    /**
     * @param host          address to listen on, e.g. 127.0.0.1
     * @param port          0 for any free port
     * @param authorizedKey the OpenSSH public key line allowed to log in (any user name)
     */
    public static EmbeddedSshServer start(String host, int port, Path dir, String authorizedKey) throws IOException {
        PublicKey allowed;
        try {
            allowed = AuthorizedKeyEntry.parseAuthorizedKeyEntry(authorizedKey).resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot read the authorized key", e);
        }
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost(host);
        sshd.setPort(port);
        SimpleGeneratorHostKeyProvider hostKeys = new SimpleGeneratorHostKeyProvider(dir.resolve("ssh_host_key.ser"));
        hostKeys.setAlgorithm("EC");
        hostKeys.setKeySize(256);
        sshd.setKeyPairProvider(hostKeys);
        sshd.setPublickeyAuthenticator((user, key, session) -> KeyUtils.compareKeys(allowed, key));
        sshd.setForwardingFilter(AcceptAllForwardingFilter.INSTANCE);
        sshd.start();
        return new EmbeddedSshServer(sshd);
    }

    public int port() {
        return sshd.getPort();
    }

    /** The server's host key as a client sees it, e.g. to pre-seed a known_hosts file. */
    public HostKey hostKey() throws IOException {
        try {
            KeyPair pair = sshd.getKeyPairProvider().loadKeys(null).iterator().next();
            ByteArrayBuffer blob = new ByteArrayBuffer();
            blob.putRawPublicKey(pair.getPublic());
            return HostKey.fromBlob(blob.getCompactData());
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }
}
