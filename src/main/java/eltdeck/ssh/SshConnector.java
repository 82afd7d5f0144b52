package eltdeck.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import eltdeck.profile.JumpHost;
import eltdeck.profile.Profile;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens SSH sessions for a profile: host keys verified, keys and agent offered, through a jump host if any. */
public final class SshConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SshConnector.class);
    private static final int CONNECT_TIMEOUT_MS = 15_000;
    /**
     * AES-GCM first: the JVM runs it on AES-NI and it needs no separate MAC, which makes the tunnels' bulk transfers
     * fast. Every one of these is in OpenSSH's default list, so any stock sshd takes one of them.
     */
    private static final String CIPHERS = "aes128-gcm@openssh.com,aes256-gcm@openssh.com,aes128-ctr,aes192-ctr,aes256-ctr";

    static {
        // Every connection of the app (window and command line) goes through here.
        JschLog.toSlf4j();
    }

    private final PassphraseSource passphrases;
    private final Path agentSocket;

    /** Offers the keys of the ssh-agent named by SSH_AUTH_SOCK, where a profile uses the agent. */
    public SshConnector(PassphraseSource passphrases) {
        this(passphrases, agentSocketFromEnvironment());
    }

    /**
     * @param agentSocket the ssh-agent's socket, or null for none: lets a caller (a test, a CLI option) choose
     *                    the agent instead of inheriting SSH_AUTH_SOCK
     */
    public SshConnector(PassphraseSource passphrases, Path agentSocket) {
        this.passphrases = passphrases;
        this.agentSocket = agentSocket;
    }

    static Path agentSocketFromEnvironment() {
        String socket = System.getenv("SSH_AUTH_SOCK");
        return socket == null || socket.isBlank() ? null : Path.of(socket);
    }

    public SshLink connect(Profile profile, HostKeyPolicy policy) throws SshFailure {
        JSch jsch = new JSch();
        Identities identities = Identities.load(jsch, profile.identityFile(), agentSocket, profile.useAgent(), passphrases);
        KnownHostsFile knownHosts = new KnownHostsFile(profile.knownHostsOrDefault());
        Session jumpSession = null;
        try {
            if (profile.jump() != null) {
                JumpHost j = profile.jump();
                jumpSession = open(jsch, identities, knownHosts, policy, j.user() == null ? profile.user() : j.user(),
                        j.host(), j.port(), profile.keepAlive(), null);
            }
            Session session = open(jsch, identities, knownHosts, policy, profile.user(), profile.host(), profile.port(),
                    profile.keepAlive(), jumpSession);
            SshLink link = new SshLink(session, jumpSession);
            link.disableNagleOnServer();
            LOG.info("Connected to {} ({})", profile.destination(), profile.name());
            return link;
        } catch (SshFailure e) {
            if (jumpSession != null) {
                jumpSession.disconnect();
            }
            throw e;
        }
    }

    private static Session open(JSch jsch, Identities identities, KnownHostsFile knownHosts, HostKeyPolicy policy,
                                String user, String host, int port, Profile.KeepAlive keepAlive, Session via) throws SshFailure {
        VerifyingHostKeyRepository hostKeys = new VerifyingHostKeyRepository(knownHosts, policy);
        FailureTranslator.Target target = new FailureTranslator.Target(host, port, user, identities.description());
        Session session = null;
        try {
            session = jsch.getSession(user, host, port);
            session.setDaemonThread(true);
            session.setIdentityRepository(identities);
            session.setHostKeyRepository(hostKeys);
            session.setConfig("StrictHostKeyChecking", "yes");
            session.setConfig("PreferredAuthentications", "publickey");
            session.setConfig("cipher.s2c", CIPHERS);
            session.setConfig("cipher.c2s", CIPHERS);
            session.setServerAliveInterval(keepAlive.intervalSeconds() * 1000);
            session.setServerAliveCountMax(keepAlive.maxMisses());
            if (via != null) {
                session.setProxy(new JumpProxy(via));
            }
            session.connect(CONNECT_TIMEOUT_MS);
            return session;
        } catch (JSchException | RuntimeException e) {
            if (session != null) {
                session.disconnect();
            }
            throw FailureTranslator.translate(e, target, hostKeys);
        }
    }
}
