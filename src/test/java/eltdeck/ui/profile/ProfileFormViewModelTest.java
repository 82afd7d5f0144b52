package eltdeck.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.JumpHost;
import eltdeck.profile.Profile;
import eltdeck.profile.ProfileStore;
import eltdeck.profile.ProfileValidator;
import eltdeck.profile.TunnelSpec;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.testsupport.NoKeychain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFormViewModelTest {
    /** Both sides inline: save() completes before it returns. */
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run);
    @TempDir
    Path dir;
    private ProfileStore store;
    private Path key;

    @BeforeEach
    void setUp() throws IOException {
        store = AppContext.open(dir.resolve("home"), new NoKeychain()).profiles();
        key = Files.writeString(dir.resolve("id_ed25519"), "not checked by the form");
    }

    private ProfileFormViewModel filledIn() {
        ProfileFormViewModel form = ProfileFormViewModel.forNew(store, inline);
        form.nameProperty().set("prod-elt");
        form.hostProperty().set("vm.example.com");
        form.userProperty().set("deck");
        form.identityFileProperty().set(key.toString());
        return form;
    }

    @Test
    void aNewFormOffersTheStacksFiveTunnelsAndTheAgent() {
        ProfileFormViewModel form = ProfileFormViewModel.forNew(store, inline);

        assertThat(form.isNew()).isTrue();
        assertThat(form.portProperty().get()).isEqualTo("22");
        assertThat(form.useAgentProperty().get()).isTrue();
        assertThat(form.keepAliveSecondsProperty().get()).isEqualTo("15");
        assertThat(form.tunnels()).extracting(r -> r.remotePortProperty().get())
                .containsExactly("8000", "8001", "8080", "4200", "4201");
    }

    @Test
    void everyProblemShowsAtOnceOnItsFieldAsTheUserTypes() {
        ProfileFormViewModel form = ProfileFormViewModel.forNew(store, inline);
        form.nameProperty().set("prod elt");
        form.portProperty().set("twenty-two");
        form.jumpHostProperty().set("ops@bastion:notaport");
        form.useAgentProperty().set(false);
        form.tunnels().get(3).localPortProperty().set("4300");

        assertThat(form.validProperty().get()).isFalse();
        assertThat(problem(form, ProfileValidator.NAME_FIELD)).startsWith("Name 'prod elt'");
        assertThat(problem(form, ProfileValidator.PORT_FIELD)).isEqualTo("Port 'twenty-two' is not a number.");
        assertThat(problem(form, ProfileValidator.JUMP_FIELD)).contains("Jump host 'ops@bastion:notaport'");
        assertThat(problem(form, ProfileValidator.HOST_FIELD)).startsWith("Host is empty");
        assertThat(problem(form, ProfileValidator.IDENTITY_FIELD)).startsWith("No way to log in");
        assertThat(problem(form, ProfileValidator.tunnelField(3, "local"))).contains("Prefect API must stay on local port 4200");
        assertThat(problem(form, ProfileValidator.PORT_FIELD)).doesNotContain("out of range");

        form.portProperty().set("22");
        form.hostProperty().set("vm.example.com");
        assertThat(problem(form, ProfileValidator.PORT_FIELD)).as("gone as soon as it is fixed").isNull();
        assertThat(problem(form, ProfileValidator.HOST_FIELD)).isNull();
        assertThat(problem(form, ProfileValidator.NAME_FIELD)).startsWith("Name 'prod elt'");
        assertThat(form.problems()).as("nothing beyond the fields' own problems").isEmpty();
        assertThat(store.list()).isEmpty();
    }

    @Test
    void tunnelsWithUnreadablePortsOrNoLabelAreMarkedOnTheirRow() {
        ProfileFormViewModel form = filledIn();
        assertThat(form.validProperty().get()).isTrue();
        form.addTunnel();
        form.tunnels().get(5).remotePortProperty().set("9000");
        form.tunnels().get(5).localPortProperty().set("x");

        assertThat(form.validProperty().get()).isFalse();
        assertThat(problem(form, ProfileValidator.tunnelField(5, "label")))
                .isEqualTo("A tunnel has no label: name it after the service it reaches.");
        assertThat(problem(form, ProfileValidator.tunnelField(5, "local"))).isEqualTo("Tunnel '' local port 'x' is not a number.");
        assertThat(problem(form, ProfileValidator.tunnelField(5, "remote"))).isNull();
    }

    @Test
    void aValidFormIsStoredAndHandedBack() {
        ProfileFormViewModel form = filledIn();
        form.portProperty().set(" 2222 ");
        form.jumpHostProperty().set("ops@bastion:2200");
        form.knownHostsProperty().set("~/.ssh/known_hosts_elt");
        form.keepAliveSecondsProperty().set("10");
        form.keepAliveMissesProperty().set("4");
        form.removeTunnel(form.tunnels().get(4));
        AtomicReference<Profile> saved = new AtomicReference<>();

        form.save(saved::set);

        assertThat(form.problems()).isEmpty();
        Profile p = saved.get();
        assertThat(p.port()).isEqualTo(2222);
        assertThat(p.jump()).isEqualTo(new JumpHost("ops", "bastion", 2200));
        assertThat(p.knownHosts()).isEqualTo(HomePaths.home().resolve(".ssh/known_hosts_elt"));
        assertThat(p.keepAlive()).isEqualTo(new Profile.KeepAlive(10, 4));
        assertThat(p.tunnels()).hasSize(4);
        assertThat(store.get("prod-elt")).isEqualTo(p);
    }

    @Test
    void editingShowsTheProfileAndSavesUnderANewName() {
        Profile original = new Profile("prod-elt", "vm.example.com", 22, "deck", key, false, null, null,
                Profile.KeepAlive.DEFAULT, TunnelSpec.defaults());
        store.add(original);
        ProfileFormViewModel form = ProfileFormViewModel.forEdit(original, store, inline);
        assertThat(form.draft().toProfile()).isEqualTo(original);

        form.nameProperty().set("prod-elt-2");
        AtomicReference<Profile> saved = new AtomicReference<>();
        form.save(saved::set);

        assertThat(form.originalName()).isEqualTo("prod-elt");
        assertThat(store.list()).extracting(Profile::name).containsExactly("prod-elt-2");
    }

    @Test
    void aTakenNameShowsOnTheNameTogetherWithTheOtherProblems() {
        store.add(new Profile("prod-elt", "other", 22, "deck", null, true, null, null, null, TunnelSpec.defaults()));
        ProfileFormViewModel form = ProfileFormViewModel.forNew(store, inline);
        form.nameProperty().set("prod-elt");

        assertThat(problem(form, ProfileValidator.NAME_FIELD)).contains("exists already");
        assertThat(problem(form, ProfileValidator.HOST_FIELD)).as("in the same round").startsWith("Host is empty");
    }

    @Test
    void editingKeepsItsOwnNameWithoutCallingItTaken() {
        Profile original = new Profile("prod-elt", "vm.example.com", 22, "deck", key, false, null, null,
                Profile.KeepAlive.DEFAULT, TunnelSpec.defaults());
        store.add(original);

        ProfileFormViewModel form = ProfileFormViewModel.forEdit(original, store, inline);

        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void whatTheStoreRefusesOnSavingIsListedAndNothingIsHandedBack() {
        ProfileFormViewModel form = filledIn();
        store.add(new Profile("prod-elt", "other", 22, "deck", null, true, null, null, null, TunnelSpec.defaults()));
        List<Profile> saved = new ArrayList<>();

        form.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(form.problems()).singleElement().asString().contains("exists already");
    }

    private static String problem(ProfileFormViewModel form, String field) {
        return form.problemOf(field).get();
    }

    @Test
    void resetBringsBackTheFiveTunnels() {
        ProfileFormViewModel form = filledIn();
        form.tunnels().clear();

        form.resetTunnels();

        assertThat(form.tunnels()).hasSize(5);
    }
}
