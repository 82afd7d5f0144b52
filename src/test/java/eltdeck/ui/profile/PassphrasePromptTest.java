package eltdeck.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.Secrets;
import eltdeck.secret.Secret;
import eltdeck.ui.common.DesktopNotifier;
import eltdeck.ui.common.Notices;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.testsupport.MemoryKeychain;
import eltdeck.ui.testsupport.NoKeychain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PassphrasePromptTest {
    private static final Path KEY = Path.of("/home/me/.ssh/id_ed25519");
    private final Notices notices = new Notices(new TaskRunner(Runnable::run, Runnable::run), DesktopNotifier.SILENT);
    private final List<String> asked = new ArrayList<>();

    private PassphrasePrompt.Asker answering(String passphrase, boolean remember) {
        return (key, wrong, keychain) -> {
            asked.add(key + (wrong ? " (wrong before)" : "") + (keychain ? " keychain" : ""));
            return Optional.of(new PassphrasePrompt.Answer(passphrase.toCharArray(), remember));
        };
    }

    @Test
    void theKeychainIsAskedBeforeTheUser() {
        MemoryKeychain keychain = new MemoryKeychain();
        keychain.put(Secrets.keyPassphraseAccount(KEY), Secret.of("from keychain"));
        PassphrasePrompt prompt = new PassphrasePrompt(keychain, answering("typed", false), notices);

        assertThat(new String(prompt.passphraseFor(KEY, false).orElseThrow())).isEqualTo("from keychain");
        assertThat(asked).isEmpty();
    }

    @Test
    void aTickedPassphraseIsStoredOnlyOnceTheKeyAcceptedIt() {
        MemoryKeychain keychain = new MemoryKeychain();
        PassphrasePrompt prompt = new PassphrasePrompt(keychain, answering("typed", true), notices);

        char[] given = prompt.passphraseFor(KEY, false).orElseThrow();
        assertThat(keychain.entries()).isEmpty();
        prompt.confirmed(KEY, given);

        assertThat(keychain.entries()).containsEntry(Secrets.keyPassphraseAccount(KEY), "typed");
        assertThat(asked).containsExactly(KEY + " keychain");
    }

    @Test
    void anUntickedPassphraseStaysOutOfTheKeychainButIsNotAskedAgainThisSession() {
        MemoryKeychain keychain = new MemoryKeychain();
        PassphrasePrompt prompt = new PassphrasePrompt(keychain, answering("typed", false), notices);
        char[] given = prompt.passphraseFor(KEY, false).orElseThrow();
        prompt.confirmed(KEY, given);
        // The connector wipes what it was given.
        java.util.Arrays.fill(given, '\0');

        assertThat(new String(prompt.passphraseFor(KEY, false).orElseThrow())).isEqualTo("typed");
        assertThat(keychain.entries()).isEmpty();
        assertThat(asked).hasSize(1);
    }

    @Test
    void aWrongPassphraseIsAskedForAgainSayingSo() {
        MemoryKeychain keychain = new MemoryKeychain();
        keychain.put(Secrets.keyPassphraseAccount(KEY), Secret.of("stale"));
        PassphrasePrompt prompt = new PassphrasePrompt(keychain, answering("new", true), notices);

        prompt.passphraseFor(KEY, false);
        char[] second = prompt.passphraseFor(KEY, true).orElseThrow();
        prompt.confirmed(KEY, second);

        assertThat(asked).containsExactly(KEY + " (wrong before) keychain");
        assertThat(keychain.entries()).containsEntry(Secrets.keyPassphraseAccount(KEY), "new");
    }

    @Test
    void withoutAKeychainRememberIsIgnoredAndCancelIsEmpty() {
        PassphrasePrompt remembering = new PassphrasePrompt(new NoKeychain(), answering("typed", true), notices);
        char[] given = remembering.passphraseFor(KEY, false).orElseThrow();
        remembering.confirmed(KEY, given);
        assertThat(asked).containsExactly(KEY.toString());

        PassphrasePrompt cancelled = new PassphrasePrompt(new NoKeychain(), (k, w, c) -> Optional.empty(), notices);
        assertThat(cancelled.passphraseFor(KEY, false)).isEmpty();
    }
}
