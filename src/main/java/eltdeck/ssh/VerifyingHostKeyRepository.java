package eltdeck.ssh;

import com.jcraft.jsch.HostKeyRepository;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.UserInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSch's view of our known_hosts: known keys pass, changed and revoked keys fail, unknown keys go to the
 * {@link HostKeyPolicy}. The outcome is kept so that a failed connection can explain itself.
 */
final class VerifyingHostKeyRepository implements HostKeyRepository {
    private final KnownHostsFile knownHosts;
    private final HostKeyPolicy policy;
    private volatile HostKeyProblem problem;

    VerifyingHostKeyRepository(KnownHostsFile knownHosts, HostKeyPolicy policy) {
        this.knownHosts = knownHosts;
        this.policy = policy;
    }

    /** Why the last check failed, or null. */
    HostKeyProblem problem() {
        return problem;
    }

    @Override
    public int check(String host, byte[] keyBlob) {
        HostKey offered = HostKey.fromBlob(keyBlob);
        try {
            KnownHostsFile.Verdict verdict = knownHosts.check(host, offered);
            switch (verdict.kind()) {
                case KNOWN:
                    return OK;
                case CHANGED:
                case REVOKED:
                    problem = new HostKeyProblem(verdict.kind(), host, offered, verdict.knownKeys(), knownHosts.path());
                    return CHANGED;
                default:
                    return askAboutUnknown(host, offered);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + knownHosts.path() + ": " + e.getMessage(), e);
        }
    }

    private int askAboutUnknown(String host, HostKey offered) throws IOException {
        HostKeyPolicy.Decision decision = policy.onUnknownHost(host, offered, knownHosts.path());
        if (decision == HostKeyPolicy.Decision.ACCEPT_AND_SAVE) {
            knownHosts.add(host, offered);
        }
        if (decision == HostKeyPolicy.Decision.REJECT) {
            problem = new HostKeyProblem(KnownHostsFile.Verdict.Kind.UNKNOWN, host, offered, List.of(), knownHosts.path());
            return NOT_INCLUDED;
        }
        return OK;
    }

    @Override
    public void add(com.jcraft.jsch.HostKey hostkey, UserInfo ui) {
        // Saving happens in check(), where the user's decision is known.
    }

    @Override
    public void remove(String host, String type) {
        // known_hosts entries are replaced only by an explicit, confirmed action (KnownHostsFile.replace).
    }

    @Override
    public void remove(String host, String type, byte[] key) {
        // As above.
    }

    @Override
    public String getKnownHostsRepositoryID() {
        return knownHosts.path().toString();
    }

    @Override
    public com.jcraft.jsch.HostKey[] getHostKey() {
        return new com.jcraft.jsch.HostKey[0];
    }

    /** Lets JSch prefer the key types already known for the host, as OpenSSH does. */
    @Override
    public com.jcraft.jsch.HostKey[] getHostKey(String host, String type) {
        try {
            return knownHosts.keysFor(host).stream()
                    .filter(k -> type == null || type.equals(k.type()))
                    .map(k -> toJsch(host, k))
                    .filter(java.util.Objects::nonNull)
                    .toArray(com.jcraft.jsch.HostKey[]::new);
        } catch (IOException e) {
            return new com.jcraft.jsch.HostKey[0];
        }
    }

    private static com.jcraft.jsch.HostKey toJsch(String host, HostKey key) {
        try {
            return new com.jcraft.jsch.HostKey(host, key.blob());
        } catch (JSchException e) {
            return null;
        }
    }

    /** A host key that was refused: unknown and rejected, changed, or revoked. */
    record HostKeyProblem(KnownHostsFile.Verdict.Kind kind, String hostId, HostKey offered, List<HostKey> known,
                          java.nio.file.Path knownHostsFile) {
    }
}
