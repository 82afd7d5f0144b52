package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.ProfileStore;
import eltdeck.ui.common.DesktopNotifier;
import eltdeck.ui.common.Notices;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.profile.ProfileViewModel;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.NoStack;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
    @TempDir
    Path dir;
    private ProfileStore store;
    private MainViewModel main;

    @BeforeEach
    void setUp() {
        store = AppContext.open(dir, new NoKeychain()).profiles();
        main = NoStack.main(store, p -> null, inline, new Notices(inline, DesktopNotifier.SILENT));
    }

    @Test
    void withoutProfilesItIsTheFirstRunOnceLoaded() {
        assertThat(main.firstRunProperty().get()).as("not before the database answered").isFalse();

        main.load();

        assertThat(main.firstRunProperty().get()).isTrue();
        assertThat(main.statusLineProperty().get()).isEqualTo("No profiles yet");
        assertThat(main.hasSelectionProperty().get()).isFalse();
    }

    @Test
    void loadingSelectsTheFirstProfile() {
        store.add(Profile.of("beta", "b.example.com", "deck"));
        store.add(Profile.of("alpha", "a.example.com", "deck"));

        main.load();

        assertThat(main.profiles()).extracting(ProfileViewModel::name).containsExactly("alpha", "beta");
        assertThat(main.selectedProperty().get().name()).isEqualTo("alpha");
        assertThat(main.firstRunProperty().get()).isFalse();
        assertThat(main.statusLineProperty().get()).isEqualTo("2 profiles · 0 connected");
        assertThat(main.selectionActiveProperty().get()).isFalse();
    }

    @Test
    void aLaunchThatAsksForAProfileSelectsItAndSaysSoWhenThereIsNone() {
        store.add(Profile.of("alpha", "a.example.com", "deck"));
        main.load();
        store.add(Profile.of("beta", "b.example.com", "deck"));

        main.open("beta");
        assertThat(main.selectedProperty().get().name()).as("added by the command line meanwhile").isEqualTo("beta");

        main.open("gamma");
        assertThat(main.selectedProperty().get().name()).isEqualTo("beta");
        assertThat(main.notices().latestProperty().get())
                .isEqualTo("There is no profile named gamma; `eltdeck profile list` shows the names.");

        main.notices().clear();
        main.open("");
        assertThat(main.selectedProperty().get().name()).isEqualTo("beta");
        assertThat(main.notices().latestProperty().get()).isEmpty();
    }

    @Test
    void aRenamedProfileKeepsItsViewModelAndIsSelected() {
        store.add(Profile.of("alpha", "a.example.com", "deck"));
        main.load();
        ProfileViewModel before = main.profiles().get(0);
        Profile renamed = Profile.of("alpha", "a.example.com", "deck").withName("prod");
        store.update("alpha", renamed);

        main.saved("alpha", renamed);

        assertThat(main.profiles()).containsExactly(before);
        assertThat(before.name()).isEqualTo("prod");
        assertThat(main.selectedProperty().get()).isSameAs(before);
    }

    @Test
    void duplicateAndDeleteGoThroughTheStore() {
        store.add(Profile.of("alpha", "a.example.com", "deck"));
        main.load();

        main.duplicate(main.profiles().get(0));
        assertThat(main.profiles()).extracting(ProfileViewModel::name).containsExactly("alpha", "alpha-copy");
        assertThat(main.selectedProperty().get().name()).isEqualTo("alpha-copy");

        main.delete(main.selectedProperty().get());
        assertThat(store.list()).extracting(Profile::name).containsExactly("alpha");
        assertThat(main.selectedProperty().get().name()).isEqualTo("alpha");
    }

    @Test
    void aStoreFailureBecomesANotice() {
        main.load();
        main.duplicate(NoStack.profile(Profile.of("ghost", "h", "u"), p -> null, inline));

        assertThat(main.notices().latestProperty().get()).startsWith("Could not duplicate ghost: No profile named 'ghost'");
    }
}
