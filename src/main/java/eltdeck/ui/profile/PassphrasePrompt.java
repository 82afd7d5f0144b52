package eltdeck.ui.profile;

import eltdeck.profile.Secrets;
import eltdeck.secret.Secret;
import eltdeck.ssh.PassphraseSource;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.Notices;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key passphrases for the GUI: first what this session already unlocked (so reconnects do not ask again),
 * then the OS keychain, then the user. A passphrase goes into the keychain only when the user ticked
 * "Remember" and the key accepted it. Called on connection threads.
 */
public final class PassphrasePrompt implements PassphraseSource {

    /** The user's answer: the passphrase, and whether to keep it in the OS keychain. */
    public record Answer(char[] passphrase, boolean remember) {
    }

    /** Asks the user (a dialog in the app); empty when cancelled. */
    @FunctionalInterface
    public interface Asker {
        Optional<Answer> ask(Path key, boolean previousWasWrong, boolean keychainAvailable);
    }

    private final Secrets secrets;
    private final Asker asker;
    private final Notices notices;
    private final Map<Path, char[]> unlocked = new ConcurrentHashMap<>();
    private final Set<Path> toRemember = ConcurrentHashMap.newKeySet();

    public PassphrasePrompt(Secrets secrets, Asker asker, Notices notices) {
        this.secrets = secrets;
        this.asker = asker;
        this.notices = notices;
    }

    @Override
    public Optional<char[]> passphraseFor(Path key, boolean previousWasWrong) {
        Path k = key.toAbsolutePath().normalize();
        if (previousWasWrong) {
            unlocked.remove(k);
        } else {
            char[] known = unlocked.get(k);
            if (known != null) {
                // The connector wipes what it is given: hand out a copy.
                return Optional.of(known.clone());
            }
            Optional<Secret> stored = secrets.get(Secrets.keyPassphraseAccount(k));
            if (stored.isPresent()) {
                return Optional.of(stored.get().reveal().toCharArray());
            }
        }
        Optional<Answer> answer = asker.ask(k, previousWasWrong, secrets.available());
        toRemember.remove(k);
        answer.filter(a -> a.remember() && secrets.available()).ifPresent(a -> toRemember.add(k));
        return answer.map(Answer::passphrase);
    }

    @Override
    public void confirmed(Path key, char[] passphrase) {
        Path k = key.toAbsolutePath().normalize();
        unlocked.put(k, passphrase.clone());
        if (toRemember.remove(k) && !secrets.put(Secrets.keyPassphraseAccount(k), Secret.of(new String(passphrase)))) {
            notices.post("The OS keychain did not store the passphrase of " + HomePaths.shorten(k)
                    + "; ELT Deck keeps it until it exits.");
        }
    }
}
