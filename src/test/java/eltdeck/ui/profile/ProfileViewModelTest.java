package eltdeck.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.JumpHost;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshFailure;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpStandIn;
import eltdeck.tunnel.Activity;
import eltdeck.tunnel.ConnectionState;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.testsupport.NoStack;
import eltdeck.ui.testsupport.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileViewModelTest {
    private final UiThread ui = new UiThread();
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        ui.close();
    }

    private static Profile profile(Path key, int port) {
        return new Profile("vm", "127.0.0.1", port, "deck", key, false, null, key.resolveSibling("known_hosts"),
                Profile.KeepAlive.DEFAULT, List.of(new TunnelSpec("Prefect UI", 8080, 18080)));
    }

    @Test
    void theOverviewSaysWhereAndHowItLogsIn() {
        Path key = HomePaths.home().resolve(".ssh/id_ed25519");
        Profile viaBastion = new Profile("vm", "vm.example.com", 2222, "deck", key, true,
                new JumpHost("ops", "bastion", 22), null, null, TunnelSpec.defaults());

        assertThat(ProfileViewModel.jumpText(viaBastion)).isEqualTo("ops@bastion");
        assertThat(ProfileViewModel.loginText(viaBastion)).isEqualTo("ssh-agent, then key ~/.ssh/id_ed25519");
        Profile agentOnly = Profile.of("vm", "vm.example.com", "deck");
        assertThat(ProfileViewModel.jumpText(agentOnly)).isEqualTo("none");
        assertThat(ProfileViewModel.loginText(agentOnly)).isEqualTo("ssh-agent");
    }

    @Test
    void beforeConnectingEveryTunnelShowsNotConnected() {
        ProfileViewModel vm = NoStack.profile(Profile.of("vm", "h", "u"), p -> null, ui.tasks());

        assertThat(vm.stateProperty().get()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(vm.tunnels()).hasSize(5).allMatch(r -> r.statusProperty().get().equals("Not connected"));
    }

    @Test
    void activityIsNewestFirstAndBounded() {
        ProfileViewModel vm = NoStack.profile(Profile.of("vm", "h", "u"), p -> null, ui.tasks());

        for (int i = 0; i < ProfileViewModel.MAX_ACTIVITY + 10; i++) {
            vm.record(Activity.Level.INFO, "event " + i, "");
        }

        assertThat(vm.activity()).hasSize(ProfileViewModel.MAX_ACTIVITY);
        assertThat(vm.activity().get(0).message()).isEqualTo("event " + (ProfileViewModel.MAX_ACTIVITY + 9));
    }

    @Test
    void aRefusedConnectionEndsFailedWithTheReasonInWords() throws Exception {
        Path key = KeyGenerator.generate(dir.resolve("id_ed25519"), "test", null).privateKey();
        int closedPort = FreePort.find();
        SupervisorFactory factory = SupervisorFactory.using(new SshConnector(NoPassphrase.SOURCE), HostKeyPolicy.STRICT);
        ProfileViewModel vm = ui.call(() -> NoStack.profile(profile(key, closedPort), factory, ui.tasks()));

        // A refused connection may end before connect() returns: record what "active" went through instead of
        // looking at it afterwards.
        List<Boolean> activeSeen = new CopyOnWriteArrayList<>();
        ui.run(() -> vm.activeProperty().addListener((o, was, now) -> activeSeen.add(now)));
        ui.run(vm::connect);
        ui.await(Duration.ofSeconds(20), () -> activeSeen.contains(false));

        assertThat(activeSeen).containsExactly(true, false);

        ConnectionState state = ui.call(() -> vm.stateProperty().get());
        assertThat(state.kind()).isEqualTo(ConnectionState.Kind.FAILED);
        assertThat(state.failure().kind()).isEqualTo(SshFailure.Kind.CONNECTION_REFUSED);
        assertThat(state.failure().getMessage()).contains("Nothing accepts SSH connections on 127.0.0.1:" + closedPort);
        assertThat(ui.call(vm::changedHostKey)).isNull();
        assertThat(ui.call(() -> vm.tunnels().get(0).statusProperty().get())).isEqualTo("Not connected");
        assertThat(ui.call(() -> vm.activity().stream().map(Activity::level).toList())).contains(Activity.Level.ERROR);
    }

    @Test
    void aSavedProfileWhileDisconnectedRebuildsTheTunnelRows() throws Exception {
        ProfileViewModel vm = ui.call(() -> NoStack.profile(Profile.of("vm", "h", "u"), p -> null, ui.tasks()));

        ui.run(() -> vm.setProfile(Profile.of("vm", "h", "u").withTunnels(List.of(new TunnelSpec("x", 1, 2)))));

        assertThat(ui.call(() -> vm.tunnels().size())).isEqualTo(1);
        assertThat(ui.call(() -> vm.activity().isEmpty())).isTrue();
    }

    @Test
    void tunnelsThatDropAndComeBackAreToldOnceEachHoweverManyRetriesItTakes() throws Exception {
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id_ed25519"), "test", null);
        EmbeddedSshd sshd = EmbeddedSshd.admitting(key, dir);
        List<String> told = new CopyOnWriteArrayList<>();
        try (HttpStandIn web = HttpStandIn.start(0)) {
            Profile p = sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts")))
                    .withTunnels(List.of(new TunnelSpec("Prefect UI", web.port(), FreePort.find())));
            SupervisorFactory factory = SupervisorFactory.using(new SshConnector(NoPassphrase.SOURCE), HostKeyPolicy.STRICT);
            ProfileViewModel vm = ui.call(() -> new ProfileViewModel(p, factory, told::add, ui.tasks()));
            ui.run(vm::connect);
            ui.await(Duration.ofSeconds(20), () -> vm.tunnelsUpProperty().get() == 1);

            sshd.stop();
            ui.await(Duration.ofSeconds(20), () -> vm.stateProperty().get().attempt() >= 2);
            sshd.startAgain();
            ui.await(Duration.ofSeconds(30), () -> vm.tunnelsUpProperty().get() == 1);

            assertThat(told).hasSize(2);
            assertThat(told.get(0)).startsWith("test-vm: the tunnels dropped").endsWith("; reconnecting.");
            assertThat(told.get(1)).isEqualTo("test-vm: the tunnels are back.");
            ui.run(vm::disconnect);
            ui.await(Duration.ofSeconds(20), () -> !vm.activeProperty().get());
            assertThat(told).as("a Disconnect is no news").hasSize(2);
        } finally {
            sshd.close();
        }
    }
}
