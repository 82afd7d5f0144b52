package eltdeck.ui.testsupport;

import eltdeck.profile.Secrets;
import eltdeck.secret.Secret;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An OS keychain stand-in held in memory, to see what would be stored. */
public final class MemoryKeychain extends Secrets {
    private final Map<String, String> entries = new ConcurrentHashMap<>();

    public MemoryKeychain() {
        super(null);
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Optional<Secret> get(String account) {
        return Optional.ofNullable(entries.get(account)).map(Secret::of);
    }

    @Override
    public boolean put(String account, Secret secret) {
        entries.put(account, secret.reveal());
        return true;
    }

    @Override
    public void delete(String account) {
        entries.remove(account);
    }

    public Map<String, String> entries() {
        return entries;
    }
}
