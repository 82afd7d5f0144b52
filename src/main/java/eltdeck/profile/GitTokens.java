package eltdeck.profile;

import eltdeck.secret.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The git token a profile's deploys hand to git on the VM: kept for this session in memory, and in the OS keychain
 * only when the user asks for it. Never anywhere else.
 */
public final class GitTokens {
    /** Where a profile's token comes from. */
    public enum Source { NONE, SESSION, KEYCHAIN }

    private final Secrets secrets;
    private final Map<String, Secret> session = new ConcurrentHashMap<>();

    public GitTokens(Secrets secrets) {
        this.secrets = secrets;
    }

    public Optional<Secret> get(String profile) {
        Secret here = session.get(profile);
        return here != null ? Optional.of(here) : secrets.get(account(profile));
    }

    public Source source(String profile) {
        if (session.containsKey(profile)) {
            return Source.SESSION;
        }
        return secrets.get(account(profile)).isPresent() ? Source.KEYCHAIN : Source.NONE;
    }

    /**
     * Sets the profile's token; {@code remember} also puts it in the keychain (else any kept there is removed).
     * Returns where it is kept now.
     */
    public Source set(String profile, Secret token, boolean remember) {
        Secret value = token.strip();
        if (value.isBlank() || value.isMultiLine()) {
            throw new IllegalArgumentException("A git token is one line of text; paste it again.");
        }
        if (remember && secrets.put(account(profile), value)) {
            session.remove(profile);
            return Source.KEYCHAIN;
        }
        secrets.delete(account(profile));
        session.put(profile, value);
        return Source.SESSION;
    }

    public void clear(String profile) {
        session.remove(profile);
        secrets.delete(account(profile));
    }

    static String account(String profile) {
        return "git-token:" + profile;
    }
}
