package eltdeck.ui.airbyte;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.airbyte.AirbyteClient;
import eltdeck.airbyte.AirbyteConnection;
import eltdeck.airbyte.AirbyteCredentials;
import eltdeck.airbyte.AirbyteSettings;
import eltdeck.airbyte.SyncJobs;
import eltdeck.airbyte.emulator.AirbyteEmulator;
import eltdeck.airbyte.emulator.AirbyteReference;
import eltdeck.airbyte.emulator.JobScript;
import eltdeck.logs.LogBuffer;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.secret.Secret;
import eltdeck.testvm.FreePort;
import eltdeck.tunnel.TunnelStatus;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.common.TunnelRow;
import eltdeck.ui.logs.LogViewModel;
import eltdeck.ui.testsupport.ManualClock;
import eltdeck.ui.testsupport.MemoryKeychain;
import eltdeck.ui.testsupport.UiThread;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Airbyte tab's view model without a window: where the API is, what goes wrong and what to do, the 409 path. */
class AirbyteViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private final UiThread ui = new UiThread();
    private final List<String> notices = Collections.synchronizedList(new ArrayList<>());
    private final List<AirbyteJobViewModel> pages = Collections.synchronizedList(new ArrayList<>());
    @TempDir Path dir;
    private AirbyteEmulator emulator;
    private AirbyteAccess access;
    private final ObservableList<TunnelRow> tunnels =
            FXCollections.observableArrayList(row -> new javafx.beans.Observable[] {row.kindProperty()});

    @BeforeEach
    void start() throws Exception {
        emulator = AirbyteEmulator.start(AirbyteReference.requireSpec(AirbyteReference.V0_40_32), 0);
        AppContext context = AppContext.open(dir, new MemoryKeychain());
        context.profiles().add(Profile.of("vm", "vm.example.com", "deck"));
        access = AirbyteAccess.using(context.database(), context.secrets());
    }

    @AfterEach
    void stop() {
        pages.forEach(AirbyteJobViewModel::close);
        ui.close();
        assertThat(emulator.violations()).isEmpty();
        emulator.close();
    }

    private AirbyteViewModel model() throws Exception {
        AirbyteEndpoint endpoint = ui.call(() -> new AirbyteEndpoint(() -> "vm", tunnels, access, ui.tasks()));
        ui.run(endpoint::reload);
        return ui.call(() -> new AirbyteViewModel(endpoint, this::page, notices::add, ui.tasks()));
    }

    private AirbyteJobViewModel page(AirbyteClient client, long jobId, String name) {
        TaskRunner tasks = ui.tasks();
        LogViewModel log = new LogViewModel(new LogBuffer(), 10_000, Runnable::run, tasks::onUi, ZoneOffset.UTC);
        AirbyteJobViewModel page = new AirbyteJobViewModel(client, jobId, name, tasks, log, notices::add,
                Duration.ofMillis(100), Duration.ofMillis(200));
        page.start();
        pages.add(page);
        return page;
    }

    @Test
    void pollsWhileTheTabIsInFrontEachTimeThePeriodIsDueAndNeverOtherwise() throws Exception {
        access.setSettings("vm", AirbyteSettings.parse(emulator.apiUrl(), "airbyte"));
        access.setPassword("vm", Secret.of(AirbyteEmulator.PASSWORD));
        ManualClock clock = new ManualClock();
        AirbyteEndpoint endpoint = ui.call(() -> new AirbyteEndpoint(() -> "vm", tunnels, access, ui.tasks()));
        ui.run(endpoint::reload);
        AirbyteViewModel vm = ui.call(() -> new AirbyteViewModel(endpoint, this::page, notices::add, ui.tasks(clock)));
        ui.await(WAIT, () -> endpoint.urlProperty().get() != null && endpoint.hasPassword());
        List<Boolean> masked = Collections.synchronizedList(new ArrayList<>());
        ui.run(() -> vm.firstReadProperty().addListener((o, was, now) -> masked.add(now)));
        ui.run(() -> vm.pollWhile(true));

        clock.advance(AirbyteViewModel.POLL_INTERVAL.minusMillis(1));
        ui.settle(WAIT);
        assertThat(emulator.requests()).as("nothing read before the period is over").isEmpty();
        clock.advance(Duration.ofMillis(1));
        ui.await(WAIT, () -> vm.shownConnections().size() == 3);
        assertThat(masked).as("the first read, nothing shown yet: masked while it runs").containsExactly(true, false);
        int firstRead = emulator.requests().size();
        clock.advance(AirbyteViewModel.POLL_INTERVAL);
        ui.await(WAIT, () -> emulator.requests().size() > firstRead && !vm.loadingProperty().get());
        assertThat(masked).as("a poll over the connections shown is never masked").containsExactly(true, false);

        ui.run(() -> vm.pollWhile(false));
        ui.settle(WAIT);
        int read = emulator.requests().size();
        clock.advance(AirbyteViewModel.POLL_INTERVAL.multipliedBy(5));
        ui.settle(WAIT);
        assertThat(emulator.requests()).as("the tab went to the back: no more reads").hasSize(read);
    }

    @Test
    void theTunnelTo8001WhileItIsUpElseWhatToDo() throws Exception {
        TunnelSpec api = new TunnelSpec("Airbyte API", 8001, 8001);
        ui.run(() -> tunnels.add(new TunnelRow(api)));
        AirbyteViewModel vm = model();
        ui.await(WAIT, () -> vm.endpoint().whyNoneProperty().get().startsWith("Connect the profile"));
        ui.run(vm::refresh);
        assertThat(ui.call(() -> vm.errorProperty().get())).startsWith("Connect the profile: Airbyte is reached through its tunnel to port 8001");

        int closed = FreePort.find();
        ui.run(() -> tunnels.get(0).show(new TunnelStatus(api, closed, TunnelStatus.Kind.UP, 1.0, 0, 0, 0, 0, 0, null), 0));
        assertThat(ui.call(() -> vm.endpoint().urlProperty().get())).isEqualTo(URI.create("http://127.0.0.1:" + closed + "/api"));
        ui.run(vm::refresh);
        ui.await(WAIT, () -> vm.errorProperty().get().startsWith("Nothing answers at http://127.0.0.1:" + closed + "/api"));

        access.setSettings("vm", AirbyteSettings.parse("8000", "airbyte"));
        ui.run(vm.endpoint()::reload);
        ui.await(WAIT, () -> vm.endpoint().whyNoneProperty().get().startsWith("This profile has no tunnel to the VM's port 8000"));
    }

    @Test
    void wrongPasswordThenConnectionsThenSyncFollowingTheRunningJob() throws Exception {
        access.setSettings("vm", AirbyteSettings.parse(emulator.apiUrl(), "airbyte"));
        access.setPassword("vm", Secret.of("not-the-password"));
        AirbyteViewModel vm = model();
        ui.await(WAIT, () -> vm.endpoint().urlProperty().get() != null && vm.endpoint().hasPassword());
        ui.run(vm::refresh);
        ui.await(WAIT, () -> vm.errorProperty().get().startsWith("Wrong Airbyte username/password (basic auth of the proxy"));
        assertThat(ui.call(() -> vm.errorProperty().get())).endsWith("Use Credentials… to set them.").doesNotContain("not-the-password");

        List<String> saved = new ArrayList<>();
        ui.run(() -> vm.endpoint().save(AirbyteSettings.parse(emulator.apiUrl(), "airbyte"), AirbyteEmulator.PASSWORD,
                saved::add, saved::add));
        ui.await(WAIT, () -> !saved.isEmpty());
        assertThat(saved).containsExactly("Saved; the password is in the OS keychain.");
        ui.run(vm::refresh);
        ui.await(WAIT, () -> vm.shownConnections().size() == 3 && vm.errorProperty().get().isEmpty());
        assertThat(ui.call(() -> vm.versionProperty().get())).isEqualTo("unknown");

        emulator.playJobsAs(JobScript.hanging());
        long running = new SyncJobs(new AirbyteClient(URI.create(emulator.apiUrl()),
                Optional.of(new AirbyteCredentials("airbyte", Secret.of(AirbyteEmulator.PASSWORD))))).sync(AirbyteEmulator.ORDERS).job().id();
        ui.run(() -> vm.selectedProperty().set(vm.shownConnections().get(0)));
        ui.await(WAIT, () -> vm.jobs().size() == 1);
        ui.run(vm::syncNow);
        ui.await(WAIT, () -> vm.openedJobProperty().get() != null);
        assertThat(notices).containsExactly("A sync of orders-to-snowflake is already running: following job " + running + ".");
        AirbyteJobViewModel page = ui.call(() -> vm.openedJobProperty().get());
        assertThat(page.jobId()).isEqualTo(running);
        ui.await(WAIT, () -> page.jobProperty().get() != null && "running".equals(page.jobProperty().get().status()));

        ui.run(page::cancel);
        ui.await(WAIT, () -> page.finishedProperty().get());
        assertThat(ui.call(() -> page.messageProperty().get())).isEqualTo("Job " + running + " is cancelled.");
        ui.await(WAIT, () -> notices.contains("Airbyte sync job " + running + " of orders-to-snowflake ended: cancelled."));
        ui.await(WAIT, () -> "cancelled".equals(vm.shownConnections().get(0).lastSyncStatus()));

        List<String> forgotten = new ArrayList<>();
        ui.run(() -> vm.endpoint().forgetPassword(forgotten::add, forgotten::add));
        ui.await(WAIT, () -> !forgotten.isEmpty());
        assertThat(forgotten).containsExactly("The Airbyte password of vm is forgotten.");
        assertThat(access.password("vm")).isEmpty();
        assertThat(ui.call(() -> vm.endpoint().hasPassword())).isFalse();
        ui.run(vm::refresh);
        ui.await(WAIT, () -> vm.errorProperty().get().contains("asks for a username and password"));

        ui.run(() -> vm.searchProperty().set("STRIPE"));
        assertThat(ui.call(() -> vm.shownConnections().stream().map(c -> c.name()).toList())).containsExactly("payments-to-snowflake");
    }

    @Test
    void aPollShowsASyncStartedElsewhereWithoutReplacingAnUnchangedTable() throws Exception {
        access.setSettings("vm", AirbyteSettings.parse(emulator.apiUrl(), "airbyte"));
        access.setPassword("vm", Secret.of(AirbyteEmulator.PASSWORD));
        AirbyteViewModel vm = model();
        ui.await(WAIT, () -> vm.endpoint().urlProperty().get() != null);
        ui.run(vm::refresh);
        ui.await(WAIT, () -> vm.shownConnections().size() == 3);
        ui.run(() -> vm.selectedProperty().set(vm.shownConnections().get(0)));
        ui.await(WAIT, () -> !vm.loadingProperty().get());
        List<AirbyteConnection> replaced = Collections.synchronizedList(new ArrayList<>());
        ui.run(() -> vm.shownConnections().addListener((javafx.collections.ListChangeListener<AirbyteConnection>) c -> {
            while (c.next()) {
                replaced.addAll(c.getAddedSubList());
            }
        }));

        ui.run(vm::poll);
        ui.await(WAIT, () -> !vm.loadingProperty().get());
        assertThat(replaced).as("nothing changed on the server").isEmpty();

        // The flow (or Airbyte's web app) starts a sync: the next poll shows it, in the table and in the jobs.
        emulator.playJobsAs(JobScript.hanging());
        long running = new SyncJobs(new AirbyteClient(URI.create(emulator.apiUrl()),
                Optional.of(new AirbyteCredentials("airbyte", Secret.of(AirbyteEmulator.PASSWORD))))).sync(AirbyteEmulator.ORDERS).job().id();
        ui.run(vm::poll);
        ui.await(WAIT, () -> vm.jobs().size() == 1 && vm.jobs().get(0).id() == running);
        assertThat(ui.call(() -> vm.selectedProperty().get().id())).isEqualTo(AirbyteEmulator.ORDERS);
        new SyncJobs(new AirbyteClient(URI.create(emulator.apiUrl()),
                Optional.of(new AirbyteCredentials("airbyte", Secret.of(AirbyteEmulator.PASSWORD))))).cancel(running);
    }
}
