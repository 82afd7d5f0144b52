package eltdeck.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.ProfileStore;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.testsupport.NoKeychain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
    @TempDir
    Path home;
    private ProfileStore store;
    private Path config;

    @BeforeEach
    void setUp() throws Exception {
        store = AppContext.open(home.resolve("data"), new NoKeychain()).profiles();
        Files.createDirectories(home.resolve(".ssh"));
        Files.writeString(home.resolve(".ssh/id_ok"), "key");
        config = Files.writeString(home.resolve(".ssh/config"), String.join("\n",
                "Host prod", "  HostName 10.0.0.5", "  User deck", "  IdentityFile ~/.ssh/id_ok",
                "Host old", "  HostName 10.0.0.6", "  User deck",
                "Host broken", "  HostName 10.0.0.7", "  User deck", "  IdentityFile ~/.ssh/missing",
                "Host *", "  ServerAliveInterval 30", ""));
        store.add(Profile.of("old", "10.0.0.6", "deck"));
    }

    @Test
    void listsConcreteHostsWithStoredNamesUnticked() {
        ImportViewModel vm = new ImportViewModel(store, inline, home, config);

        vm.load();

        assertThat(vm.candidates()).extracting(c -> c.profile().name()).containsExactly("prod", "old", "broken");
        assertThat(vm.candidates()).extracting(c -> c.selectedProperty().get()).containsExactly(true, false, true);
        assertThat(vm.candidates().get(1).noteProperty().get()).contains("exists already");
        assertThat(vm.messageProperty().get()).isEmpty();
    }

    @Test
    void importsWhatIsValidAndExplainsTheRest() {
        ImportViewModel vm = new ImportViewModel(store, inline, home, config);
        vm.load();
        AtomicBoolean allStored = new AtomicBoolean();

        vm.importSelected(() -> allStored.set(true));

        assertThat(allStored).isFalse();
        assertThat(store.list()).extracting(Profile::name).containsExactly("old", "prod");
        assertThat(vm.candidates().get(0).noteProperty().get()).isEqualTo("Imported.");
        assertThat(vm.candidates().get(2).noteProperty().get()).contains("missing").contains("does not exist");
        assertThat(vm.candidates().get(2).selectedProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).startsWith("Imported 1 of 2.");

        vm.candidates().get(2).selectedProperty().set(false);
        vm.importSelected(() -> allStored.set(true));
        assertThat(vm.messageProperty().get()).isEqualTo("Tick the hosts to import.");
    }

    @Test
    void aMissingConfigIsSaidPlainly() {
        ImportViewModel vm = new ImportViewModel(store, inline, home, home.resolve("nope"));

        vm.load();

        assertThat(vm.candidates()).isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("There is no SSH config at");
    }
}
