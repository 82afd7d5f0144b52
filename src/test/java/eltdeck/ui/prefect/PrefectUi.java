package eltdeck.ui.prefect;

import eltdeck.AppContext;
import eltdeck.logs.LogBuffer;
import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import eltdeck.profile.Profile;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import eltdeck.ui.testsupport.ManualClock;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.UiThread;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The Prefect tabs' view models of one profile "vm" against the emulator, its API URL stored in a real database, as
 * the window builds them; run pages poll fast, and what they tell is collected in {@link #notices}.
 */
final class PrefectUi implements AutoCloseable {
    static final Duration FAST = Duration.ofMillis(150);

    final UiThread ui = new UiThread();
    /** The failed-run watch's clock: it reads only when the test moves this on. */
    final ManualClock watchClock = new ManualClock();
    final PrefectEmulator emulator;
    final AppContext context;
    final PrefectAccess access;
    final PrefectEndpoint endpoint;
    final List<String> notices = Collections.synchronizedList(new ArrayList<>());
    final List<RunViewModel> pages = Collections.synchronizedList(new ArrayList<>());

    PrefectUi(Path dir) throws Exception {
        emulator = PrefectEmulator.start(PrefectReference.requireSdl(), 0);
        context = AppContext.open(dir, new NoKeychain());
        context.profiles().add(Profile.of("vm", "vm.example.com", "deck"));
        access = PrefectAccess.using(context.database(), null);
        access.setApiUrl("vm", Optional.of(URI.create(emulator.url())));
        endpoint = ui.call(() -> new PrefectEndpoint(() -> "vm", javafx.collections.FXCollections.observableArrayList(), access,
                ui.tasks()));
        ui.run(endpoint::reload);
        ui.await(Duration.ofSeconds(5), () -> endpoint.urlProperty().get() != null);
    }

    FlowsViewModel flows() throws Exception {
        return ui.call(() -> new FlowsViewModel(endpoint, this::page, () -> Profile.of("vm", "vm.example.com", "deck"), access,
                ui.tasks(), java.time.Clock.systemUTC()));
    }

    RunsViewModel runs(Duration watchEvery) throws Exception {
        return ui.call(() -> new RunsViewModel(endpoint, () -> "vm", access, this::page, notices::add, ui.tasks(watchClock),
                watchEvery));
    }

    /** A page as {@link RunPages} opens one, with a log model on the test's UI thread. */
    RunViewModel page(eltdeck.prefect.GraphQlClient client, String runId) {
        TaskRunner tasks = ui.tasks();
        LogViewModel log = new LogViewModel(new LogBuffer(), 10_000, Runnable::run, tasks::onUi, ZoneOffset.UTC);
        RunViewModel page = new RunViewModel(client, runId, ui.tasks(), log, notices::add, FAST, Duration.ofMillis(1500));
        page.start();
        pages.add(page);
        return page;
    }

    @Override
    public void close() {
        pages.forEach(RunViewModel::close);
        emulator.close();
        ui.close();
    }
}
