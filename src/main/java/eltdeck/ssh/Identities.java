package eltdeck.ssh;

import com.jcraft.jsch.AgentIdentityRepository;
import com.jcraft.jsch.AgentProxyException;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.IdentityRepository;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import com.jcraft.jsch.SSHAgentConnector;
import com.jcraft.jsch.UnixDomainSocketFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Vector;

/** The keys offered to the server: the ssh-agent's first (as OpenSSH does), then the identity file. */
final class Identities implements IdentityRepository {
    private final List<IdentityRepository> sources;
    private final String description;

    private Identities(List<IdentityRepository> sources, String description) {
        this.sources = sources;
        this.description = description;
    }

    static Identities load(JSch jsch, Path identityFile, Path agentSocket, boolean useAgent, PassphraseSource passphrases)
            throws SshFailure {
        List<IdentityRepository> sources = new ArrayList<>();
        List<String> described = new ArrayList<>();
        if (useAgent) {
            Optional<IdentityRepository> agent = agent(agentSocket);
            if (agent.isPresent()) {
                sources.add(agent.get());
                described.add("the ssh-agent's keys");
            } else if (identityFile == null) {
                throw new SshFailure(SshFailure.Kind.AGENT_UNAVAILABLE, "No ssh-agent is running (SSH_AUTH_SOCK is not set"
                        + " or its socket does not answer). Start ssh-agent and ssh-add your key, or choose an identity file.", "");
            }
        }
        if (identityFile != null) {
            addFile(jsch, identityFile, passphrases);
            sources.add(jsch.getIdentityRepository());
            described.add("the key " + identityFile);
        }
        return new Identities(sources, String.join(" and ", described));
    }

    private static Optional<IdentityRepository> agent(Path socket) {
        if (socket == null) {
            return Optional.empty();
        }
        try {
            SSHAgentConnector connector = new SSHAgentConnector(new UnixDomainSocketFactory(), socket);
            return connector.isAvailable() ? Optional.of(new AgentIdentityRepository(connector)) : Optional.empty();
        } catch (AgentProxyException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void addFile(JSch jsch, Path file, PassphraseSource passphrases) throws SshFailure {
        if (!Files.isReadable(file)) {
            throw new SshFailure(SshFailure.Kind.KEY_UNREADABLE, "The identity file " + file
                    + " does not exist or cannot be read.", "");
        }
        KeyPair pair;
        try {
            pair = KeyPair.load(jsch, file.toString());
        } catch (JSchException e) {
            throw new SshFailure(SshFailure.Kind.KEY_UNREADABLE, "The identity file " + file + " is not a private key"
                    + " ELT Deck can read (ed25519, ECDSA or RSA, OpenSSH or PEM format). Choose the private key, not the .pub.",
                    e.getMessage());
        }
        try {
            if (!pair.isEncrypted()) {
                jsch.addIdentity(file.toString());
                return;
            }
            boolean wrong = false;
            while (true) {
                Optional<char[]> asked = passphrases.passphraseFor(file, wrong);
                if (asked.isEmpty()) {
                    throw new SshFailure(SshFailure.Kind.KEY_PASSPHRASE, "The key " + file + " is protected by a passphrase"
                            + (wrong ? " and the one given is wrong." : " and none was given.")
                            + " Enter it when asked, or load the key into ssh-agent.", "");
                }
                byte[] bytes = new String(asked.get()).getBytes(StandardCharsets.UTF_8);
                try {
                    if (pair.decrypt(bytes)) {
                        jsch.addIdentity(file.toString(), bytes);
                        passphrases.confirmed(file, asked.get());
                        return;
                    }
                    wrong = true;
                } finally {
                    Arrays.fill(bytes, (byte) 0);
                    Arrays.fill(asked.get(), '\0');
                }
            }
        } catch (JSchException e) {
            throw new SshFailure(SshFailure.Kind.KEY_UNREADABLE, "The identity file " + file + " cannot be used: " + e.getMessage(), e.getMessage());
        } finally {
            pair.dispose();
        }
    }

    /** "the ssh-agent's keys and the key ~/.ssh/id_ed25519", for messages. */
    String description() {
        return description.isEmpty() ? "no key" : description;
    }

    @Override
    public String getName() {
        return "eltdeck";
    }

    @Override
    public int getStatus() {
        return RUNNING;
    }

    @Override
    public Vector<Identity> getIdentities() {
        Vector<Identity> all = new Vector<>();
        for (IdentityRepository source : sources) {
            all.addAll(source.getIdentities());
        }
        return all;
    }

    @Override
    public boolean add(byte[] identity) {
        return false;
    }

    @Override
    public boolean remove(byte[] blob) {
        return false;
    }

    @Override
    public void removeAll() {
        // Keys are never removed from the agent or files by a connection.
    }
}
