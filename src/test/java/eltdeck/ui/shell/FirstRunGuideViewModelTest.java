package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.reach.LinkSource;
import eltdeck.reach.ServiceResolver;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.stack.DeployHistory;
import eltdeck.stack.DeployRecord;
import eltdeck.stack.StackSettings;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpStandIn;
import eltdeck.ui.common.DesktopNotifier;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.Notices;
import eltdeck.ui.deploy.DeployViewModel;
import eltdeck.ui.deploy.Deployer;
import eltdeck.ui.profile.ProfileViewModel;
import eltdeck.ui.profile.SupervisorFactory;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.NoStack;
import eltdeck.ui.testsupport.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's steps follow the real state: the store, files on disk, a real SSH connection, settings and history. */
class FirstRunGuideViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final UiThread ui = new UiThread();
    @TempDir
    Path dir;
    private AppContext context;
    private MainViewModel main;

    @BeforeEach
    void setUp() throws Exception {
        context = AppContext.open(dir.resolve("home"), new NoKeychain());
        SshConnector connector = new SshConnector(NoPassphrase.SOURCE);
        // The user's answer in the host key dialog: accept and save.
        ServiceResolver resolver = new ServiceResolver(context.database(), LinkSource.own(connector, HostKeyPolicy.ACCEPT_NEW));
        StackServices services = new StackServices(Deployer.using(context.database(), context.secrets(), resolver),
                NoStack.STACKS, NoStack.ENV, NoStack.PREFECT, NoStack.AIRBYTE, NoStack.DBT);
        main = ui.call(() -> new MainViewModel(context.profiles(), SupervisorFactory.using(connector, HostKeyPolicy.ACCEPT_NEW),
                services, ui.tasks(), new Notices(ui.tasks(), DesktopNotifier.SILENT)));
    }

    @AfterEach
    void tearDown() {
        ui.close();
    }

    @Test
    void theStepsFollowTheRealStateFromNoVmToTheFirstDeploy() throws Exception {
        FirstRunGuideViewModel guide = started(false);
        assertThat(states(guide)).isEqualTo("ADD_VM=CURRENT KEY=AHEAD HOST_KEY=AHEAD CONNECT=AHEAD STACK_SETTINGS=AHEAD DEPLOY=AHEAD");
        assertThat(read(() -> guide.shownTextProperty().get())).contains("Nothing is sent to the VM yet");
        assertThat(read(() -> guide.shownSkippableProperty().get())).as("every later step needs a VM").isFalse();

        try (HttpStandIn web = HttpStandIn.start(0)) {
            Path knownHosts = dir.resolve("known_hosts");
            Path key = dir.resolve("keys/id_ed25519");
            int localPort = FreePort.find();
            // The ssh-agent only, and there is none: the user needs a key.
            Profile noKeyYet = new Profile("vm", "127.0.0.1", 2222, "deck", null, true, null, knownHosts,
                    Profile.KeepAlive.DEFAULT, List.of(new TunnelSpec("Prefect UI", web.port(), localPort)));
            context.profiles().add(noKeyYet);
            ui.run(() -> main.saved(null, noKeyYet));
            awaitCurrent(guide, GuideStep.KEY);
            assertThat(read(() -> guide.shownTextProperty().get()))
                    .startsWith("Generates an ed25519 key pair in ~/.ssh on this computer and shows the line to add to"
                            + " ~/.ssh/authorized_keys of deck on 127.0.0.1.");

            KeyGenerator.GeneratedKey generated = KeyGenerator.generate(key, "guide-test", null);
            try (EmbeddedSshd sshd = EmbeddedSshd.admitting(generated, dir)) {
                Profile withKey = new Profile("vm", "127.0.0.1", sshd.port(), "deck", key, false, null, knownHosts,
                        Profile.KeepAlive.DEFAULT, noKeyYet.tunnels());
                context.profiles().update("vm", withKey);
                ui.run(() -> main.saved("vm", withKey));
                awaitCurrent(guide, GuideStep.HOST_KEY);
                assertThat(read(() -> guide.shownTextProperty().get())).isEqualTo("Opens an SSH connection to 127.0.0.1 port "
                        + sshd.port() + " and shows the VM's host key fingerprint to compare with the one your cloud console"
                        + " shows; accepting saves it in " + HomePaths.shorten(knownHosts) + ". Nothing is changed on the VM.");
                assertThat(read(() -> guide.actionDisabledProperty().get())).isFalse();

                ui.run(() -> main.selectedProperty().get().connect());
                awaitCurrent(guide, GuideStep.STACK_SETTINGS);
                assertThat(states(guide)).isEqualTo(
                        "ADD_VM=DONE KEY=DONE HOST_KEY=DONE CONNECT=DONE STACK_SETTINGS=CURRENT DEPLOY=AHEAD");
                ui.run(() -> guide.show(GuideStep.CONNECT));
                assertThat(read(() -> guide.shownTextProperty().get())).isEqualTo("Connected to deck@127.0.0.1:" + sshd.port()
                        + "; ports " + web.port() + " (as " + localPort + ") are forwarded to this computer.");
                assertThat(read(() -> guide.actionDisabledProperty().get())).as("already connected").isTrue();

                ui.run(() -> guide.show(GuideStep.STACK_SETTINGS));
                ui.run(guide::skipShown);
                awaitCurrent(guide, GuideStep.DEPLOY);
                assertThat(read(() -> guide.stateProperty(GuideStep.STACK_SETTINGS).get())).isEqualTo(GuideStep.State.SKIPPED);
                assertThat(read(() -> guide.shownTextProperty().get())).isEqualTo(
                        "Deploys the stack on 127.0.0.1 once its repository is set (Stack settings).");
                assertThat(read(() -> guide.actionDisabledProperty().get())).as("nothing to deploy yet").isTrue();

                DeployViewModel deploy = read(() -> main.tabs(main.selectedProperty().get()).deploy());
                ui.run(() -> deploy.saveSettings(StackSettings.forRepository("acme/elt-stack"), error -> { }));
                ui.await(WAIT, () -> guide.stateProperty(GuideStep.STACK_SETTINGS).get() == GuideStep.State.DONE);
                assertThat(read(() -> guide.shownTextProperty().get())).isEqualTo("Over an SSH connection of its own, on"
                        + " 127.0.0.1: takes the deploy lock, clones https://github.com/acme/elt-stack.git (branch main) into"
                        + " ~/elt-stack or updates it, checks ~/elt-stack/docker/.env, runs docker-compose pull and up -d in"
                        + " ~/elt-stack/docker, waits until the agent and Prefect answer, then records the deploy and releases"
                        + " the lock.");
                assertThat(read(() -> guide.actionDisabledProperty().get())).isFalse();

                new DeployHistory(context.database()).add(new DeployRecord("vm", "0a1b2c3", "deck", Instant.now(),
                        Duration.ofSeconds(90), "SUCCEEDED", false, ""));
                ui.run(deploy::refresh);
                ui.await(WAIT, () -> guide.currentProperty().get() == null);
                assertThat(states(guide)).isEqualTo("ADD_VM=DONE KEY=DONE HOST_KEY=DONE CONNECT=DONE STACK_SETTINGS=DONE DEPLOY=DONE");
                ProfileViewModel vm = read(() -> main.selectedProperty().get());
                ui.run(vm::disconnect);
                // Nothing may still be on its way when the test's threads end.
                ui.await(WAIT, () -> !vm.activeProperty().get());
            }
        }
    }

    @Test
    void skippingIsRememberedAndTheGuideComesBackWithEveryStep() throws Exception {
        FirstRunGuideViewModel guide = started(true);
        assertThat(read(() -> guide.visibleProperty().get())).as("a first run").isTrue();
        Profile agentLogin = Profile.of("vm", "vm.example.com", "deck").withKnownHosts(dir.resolve("known_hosts"));
        context.profiles().add(agentLogin);
        ui.run(() -> main.saved(null, agentLogin));
        awaitCurrent(guide, GuideStep.HOST_KEY);
        assertThat(read(() -> guide.stateProperty(GuideStep.KEY).get())).as("the ssh-agent logs in").isEqualTo(GuideStep.State.DONE);

        ui.run(guide::skipShown);
        awaitCurrent(guide, GuideStep.CONNECT);
        ui.run(guide::close);
        assertThat(read(() -> guide.visibleProperty().get())).isFalse();
        ui.await(WAIT, () -> GuideSettings.in(context.home()).closed());

        FirstRunGuideViewModel again = started(true);
        assertThat(read(() -> again.visibleProperty().get())).as("closed at the last start").isFalse();
        // The steps are worked out once the profile's files are read.
        ui.await(WAIT, () -> again.stateProperty(GuideStep.HOST_KEY).get() == GuideStep.State.SKIPPED);

        ui.run(again::reopen);
        assertThat(read(() -> again.visibleProperty().get())).isTrue();
        awaitCurrent(again, GuideStep.HOST_KEY);
        ui.await(WAIT, () -> !GuideSettings.in(context.home()).closed());
        // The next start: the guide works out the current step once the profiles are read, and never shows the key
        // step (done: the agent logs in) as the current one, not even while the profile's files are being read.
        List<GuideStep> currents = new CopyOnWriteArrayList<>();
        FirstRunGuideViewModel third = ui.call(() -> {
            FirstRunGuideViewModel next = new FirstRunGuideViewModel(main, context.home(), true);
            currents.add(next.currentProperty().get());
            next.currentProperty().addListener((o, was, now) -> currents.add(now));
            return next;
        });
        ui.await(WAIT, () -> third.visibleProperty().get());
        awaitCurrent(third, GuideStep.HOST_KEY);
        assertThat(currents).doesNotContain(GuideStep.KEY);
    }

    @Test
    void profilesFromBeforeTheGuideMeanItStartsClosedAndTheMenuBringsIt() throws Exception {
        context.profiles().add(Profile.of("vm", "vm.example.com", "deck"));

        FirstRunGuideViewModel guide = started(false);
        assertThat(read(() -> guide.visibleProperty().get())).isFalse();
        ui.await(WAIT, () -> GuideSettings.in(context.home()).recorded());
        assertThat(GuideSettings.in(context.home()).closed()).isTrue();

        ui.run(guide::reopen);
        assertThat(read(() -> guide.visibleProperty().get())).isTrue();
        awaitCurrent(guide, GuideStep.KEY);
    }

    /**
     * A guide on the app's data directory, once it has read what was saved there, as the window starts it: made before
     * the profiles are loaded (the first time; a later one stands for the next start and finds them loaded).
     */
    private FirstRunGuideViewModel started(boolean agentRunning) throws Exception {
        FirstRunGuideViewModel guide = ui.call(() -> new FirstRunGuideViewModel(main, context.home(), agentRunning));
        if (!read(() -> main.loadedProperty().get())) {
            ui.run(main::load);
        }
        ui.await(WAIT, () -> guide.visibleProperty().get() || guide.closedProperty().get());
        return guide;
    }

    private void awaitCurrent(FirstRunGuideViewModel guide, GuideStep step) throws Exception {
        ui.await(WAIT, () -> guide.currentProperty().get() == step);
    }

    private String states(FirstRunGuideViewModel guide) throws Exception {
        Map<GuideStep, GuideStep.State> states = read(() -> Arrays.stream(GuideStep.values())
                .collect(Collectors.toMap(s -> s, s -> guide.stateProperty(s).get())));
        return Arrays.stream(GuideStep.values()).map(s -> s + "=" + states.get(s)).collect(Collectors.joining(" "));
    }

    private <T> T read(Callable<T> value) throws Exception {
        return ui.call(value);
    }
}
