package eltdeck.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyGenViewModelTest {
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
    @TempDir
    Path ssh;

    @Test
    void theDefaultFileNeverPointsAtAnExistingKey() throws Exception {
        assertThat(KeyGenViewModel.freeDefault(ssh)).isEqualTo(ssh.resolve("eltdeck_ed25519"));
        Files.writeString(ssh.resolve("eltdeck_ed25519.pub"), "x");

        assertThat(KeyGenViewModel.freeDefault(ssh)).isEqualTo(ssh.resolve("eltdeck_ed25519_2"));
    }

    @Test
    void differentPassphrasesAreRefusedBeforeAnythingIsWritten() {
        KeyGenViewModel vm = new KeyGenViewModel(inline, ssh);
        vm.passphraseProperty().set("one");
        vm.repeatProperty().set("two");

        vm.generate();

        assertThat(vm.errorProperty().get()).startsWith("The two passphrases differ");
        assertThat(vm.resultProperty().get()).isNull();
        assertThat(ssh).isEmptyDirectory();
    }

    @Test
    void generatingShowsThePublicKeyFingerprintAndAuthorizeCommand() {
        KeyGenViewModel vm = new KeyGenViewModel(inline, ssh);
        vm.commentProperty().set("me@laptop");
        vm.passphraseProperty().set("secret words");
        vm.repeatProperty().set("secret words");

        vm.generate();

        assertThat(vm.errorProperty().get()).isEmpty();
        var key = vm.resultProperty().get();
        assertThat(key.privateKey()).isEqualTo(ssh.resolve("eltdeck_ed25519")).exists();
        assertThat(key.publicLine()).startsWith("ssh-ed25519 ").endsWith(" me@laptop");
        assertThat(key.fingerprint()).startsWith("SHA256:");
        assertThat(key.authorizeCommand()).contains("authorized_keys");
        assertThat(vm.passphraseProperty().get()).as("not kept after use").isEmpty();
    }

    @Test
    void anExistingFileIsAnErrorInWords() throws Exception {
        Files.writeString(ssh.resolve("taken"), "x");
        KeyGenViewModel vm = new KeyGenViewModel(inline, ssh);
        vm.fileProperty().set(ssh.resolve("taken").toString());

        vm.generate();

        assertThat(vm.errorProperty().get()).startsWith("Could not write the key:").contains("exists already");
    }
}
