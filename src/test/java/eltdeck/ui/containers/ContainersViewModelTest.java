package eltdeck.ui.containers;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.logs.HeldSource;
import eltdeck.logs.LogBuffer;
import eltdeck.logs.LogLine;
import eltdeck.logs.LogSource;
import eltdeck.logs.SincePreset;
import eltdeck.logs.TailPreset;
import eltdeck.profile.Profile;
import eltdeck.stack.ContainerInfo;
import eltdeck.stack.ContainerLogOptions;
import eltdeck.stack.StackControl;
import eltdeck.ui.logs.LogViewModel;
import eltdeck.ui.testsupport.ManualClock;
import eltdeck.ui.testsupport.UiThread;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The containers tab without a window: a stack connection of the test's own, the UI thread a thread of the test's. */
class ContainersViewModelTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final UiThread ui = new UiThread();
    private final ManualClock clock = new ManualClock();
    private final FakeStack stack = new FakeStack();
    private final LogViewModel logs = new LogViewModel(new LogBuffer(), 1000, Runnable::run, ui.tasks()::onUi, ZoneOffset.UTC);
    private final ContainersViewModel vm = new ContainersViewModel(() -> Profile.of("vm", "h", "u"), stack, logs, ui.tasks(clock));

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void activatingConnectsOnceAndPollsUpdateTheRowsInPlace() throws Exception {
        stack.containers.set(List.of(agent("Up 5 minutes"), container("c2", "apollo", "exited", "", "Exited (1) 1 minute ago")));
        live();

        assertThat(ui.call(() -> vm.rows().stream().map(ContainerRow::service).toList())).containsExactly("agent", "apollo");
        assertThat(ui.call(() -> vm.summaryProperty().get())).isEqualTo("2 containers · 1 running");
        assertThat(ui.call(() -> vm.logTargets().stream().map(LogTarget::label).toList()))
                .containsExactly("All services", "agent", "apollo");
        ContainerRow agentRow = ui.call(() -> vm.rows().get(0));
        assertThat(ui.call(() -> agentRow.uptime().orElseThrow().text())).isEqualTo("5 minutes");

        stack.containers.set(List.of(agent("Up 2 seconds (health: starting)")));
        clock.advance(ContainersViewModel.POLL_INTERVAL); // the timer polls once the interval has passed
        ui.await(WAIT, () -> vm.rows().size() == 1);
        assertThat(ui.call(() -> vm.rows().get(0))).as("the same row, updated").isSameAs(agentRow);
        assertThat(ui.call(() -> agentRow.uptime().orElseThrow().duration())).isEqualTo(Duration.ofSeconds(2));
        assertThat(ui.call(() -> agentRow.healthProperty().get())).isEqualTo("starting");
        assertThat(stack.opened.get()).isEqualTo(1);
    }

    @Test
    void deactivatingClosesTheLinkAndDropsWhatAnOlderLinkSendsBack() throws Exception {
        stack.containers.set(List.of(agent("Up 5 minutes")));
        live();
        CountDownLatch held = stack.holdNextList();
        ui.run(vm::poll);
        ui.run(vm::deactivate);
        ui.await(WAIT, () -> stack.closed.get() == 1);
        stack.containers.set(List.of());
        held.countDown();
        ui.settle(WAIT);

        assertThat(ui.call(() -> vm.phaseProperty().get())).isEqualTo(ContainersViewModel.Phase.IDLE);
        assertThat(ui.call(() -> vm.rows().size())).as("the old link's late answer is dropped").isEqualTo(1);
        ui.run(vm::poll);
        clock.advance(ContainersViewModel.POLL_INTERVAL.multipliedBy(3));
        ui.settle(WAIT);
        assertThat(stack.opened.get()).as("inactive, it does not poll").isEqualTo(1);
    }

    @Test
    void aFailureShowsItsMessageWaitsForRetryAndRetryConnectsAgain() throws Exception {
        stack.failOpen = new IOException("Connection refused by 10.0.0.5:22");
        ui.run(vm::activate);
        ui.await(WAIT, () -> vm.phaseProperty().get() == ContainersViewModel.Phase.FAILED);
        assertThat(ui.call(() -> vm.errorProperty().get())).isEqualTo("Connection refused by 10.0.0.5:22");

        clock.advance(ContainersViewModel.POLL_INTERVAL);
        ui.settle(WAIT);
        assertThat(stack.opened.get()).as("the timer does not retry on its own").isEqualTo(1);

        stack.failOpen = null;
        stack.containers.set(List.of(agent("Up 1 second")));
        ui.run(vm::refresh);
        ui.await(WAIT, () -> vm.phaseProperty().get() == ContainersViewModel.Phase.LIVE);
        assertThat(ui.call(() -> vm.errorProperty().get())).isEmpty();
        assertThat(stack.opened.get()).isEqualTo(2);
    }

    @Test
    void aFailedListingClosesTheLinkSoRetryStartsWithANewOne() throws Exception {
        stack.containers.set(List.of(agent("Up 5 minutes")));
        live();
        stack.failList = new IOException("docker ps failed on the VM: Cannot connect to the Docker daemon");
        ui.run(vm::poll);
        ui.await(WAIT, () -> vm.phaseProperty().get() == ContainersViewModel.Phase.FAILED);

        assertThat(ui.call(() -> vm.errorProperty().get())).contains("Cannot connect to the Docker daemon");
        ui.await(WAIT, () -> stack.closed.get() == 1);
        assertThat(ui.call(() -> vm.canRestartProperty().get())).isFalse();
    }

    @Test
    void actionsApplyToTheSelectedServiceShowProgressAndListAgain() throws Exception {
        stack.containers.set(List.of(agent("Up 5 minutes")));
        live();
        assertThat(ui.call(() -> vm.canRestartProperty().get())).as("nothing selected").isFalse();
        select("agent");
        assertThat(ui.call(() -> vm.canStopProperty().get() && !vm.canStartProperty().get())).isTrue();

        CountDownLatch held = stack.holdNextControl();
        ui.run(vm::restartService);
        assertThat(ui.call(() -> vm.busyProperty().get() && !vm.canRestartProperty().get())).isTrue();
        assertThat(ui.call(() -> vm.actionTextProperty().get())).isEqualTo("Restarting agent…");
        int listedBefore = stack.listed.get();
        stack.containers.set(List.of(agent("Up Less than a second")));
        held.countDown();

        ui.await(WAIT, () -> !vm.busyProperty().get());
        assertThat(stack.actions).containsExactly("RESTART agent");
        assertThat(ui.call(() -> vm.actionTextProperty().get())).matches("Restarted agent in \\d+\\.\\d s\\.");
        ui.await(WAIT, () -> stack.listed.get() > listedBefore);
        ui.await(WAIT, () -> vm.rows().get(0).uptime().orElseThrow().duration().isZero());
    }

    @Test
    void stopIsOnlyForARunningServiceAndStartOnlyForAStoppedOne() throws Exception {
        stack.containers.set(List.of(container("c2", "apollo", "exited", "", "Exited (0) 1 minute ago")));
        live();
        select("apollo");
        assertThat(ui.call(() -> !vm.canStopProperty().get() && vm.canStartProperty().get())).isTrue();

        ui.run(vm::stopService);
        ui.run(vm::startService);
        ui.await(WAIT, () -> !stack.actions.isEmpty() && !vm.busyProperty().get());
        assertThat(stack.actions).containsExactly("START apollo");
    }

    @Test
    void aFailedActionSaysWhyInWords() throws Exception {
        stack.containers.set(List.of(agent("Up 5 minutes")));
        live();
        select("agent");
        stack.failControl = new IOException("ERROR: No such service: agent");

        ui.run(vm::restartService);
        ui.await(WAIT, () -> vm.actionFailedProperty().get());
        assertThat(ui.call(() -> vm.actionTextProperty().get())).isEqualTo("Could not restart agent: ERROR: No such service: agent");
        assertThat(ui.call(() -> vm.busyProperty().get())).isFalse();
    }

    @Test
    void logsOfAServiceFollowItsContainersWithThePresetsAndSwitchingEndsTheOldReaders() throws Exception {
        stack.containers.set(List.of(agent("Up 5 minutes"), container("c2", "apollo", "running", "", "Up 5 minutes")));
        live();
        select("agent");
        ui.run(() -> {
            logs.tailProperty().set(TailPreset.LINES_100);
            logs.sinceProperty().set(SincePreset.HOUR_1);
        });

        ui.run(vm::openSelectedLogs);
        ui.await(WAIT, () -> stack.source("docker_agent_1").started());
        FakeSource agentLog = stack.source("docker_agent_1");
        assertThat(agentLog.options).isEqualTo(new ContainerLogOptions(OptionalInt.of(100), Optional.of(Duration.ofHours(1)), true));
        assertThat(ui.call(() -> vm.logTargetProperty().get())).isEqualTo(LogTarget.of("agent"));
        agentLog.deliver("Waiting for flow runs...");
        ui.run(logs::pulse);
        assertThat(ui.call(() -> logs.visibleLines().stream().map(LogLine::plainText).toList()))
                .containsExactly("Waiting for flow runs...");

        ui.run(() -> vm.openLogs(LogTarget.ALL));
        ui.await(WAIT, () -> agentLog.stopped() && stack.source("docker_agent_1") != agentLog && stack.sources.size() == 2);
        agentLog.deliver("a line of the old reader");
        ui.run(logs::pulse);
        assertThat(ui.call(() -> logs.visibleLines().size())).as("cleared, and the old reader is muted").isZero();
        ui.await(WAIT, () -> stack.source("docker_agent_1").started() && stack.source("docker_apollo_1").started());

        ui.run(vm::closeLogs);
        ui.await(WAIT, () -> stack.sources.values().stream().allMatch(HeldSource::stopped));
        assertThat(ui.call(() -> vm.logTargetProperty().get())).isNull();
    }

    @Test
    void aNewPresetReadsTheLogsAgainAndDeactivatingEndsThemBeforeTheLink() throws Exception {
        stack.containers.set(List.of(agent("Up 5 minutes")));
        live();
        ui.run(() -> vm.openLogs(LogTarget.of("agent")));
        ui.await(WAIT, () -> stack.source("docker_agent_1").started());
        FakeSource first = stack.source("docker_agent_1");

        ui.run(() -> logs.tailProperty().set(TailPreset.ALL));
        ui.await(WAIT, () -> first.stopped() && stack.source("docker_agent_1") != first && stack.source("docker_agent_1").started());
        assertThat(stack.source("docker_agent_1").options.tail()).isEmpty();

        FakeSource second = stack.source("docker_agent_1");
        ui.run(vm::deactivate);
        ui.await(WAIT, () -> stack.closed.get() == 1);
        assertThat(second.stopped()).isTrue();
        assertThat(second.stoppedBeforeClose).isTrue();
        assertThat(ui.call(() -> vm.logTargetProperty().get())).as("kept, to resume when shown again").isEqualTo(LogTarget.of("agent"));

        ui.run(vm::activate);
        ui.await(WAIT, () -> stack.source("docker_agent_1") != second && stack.source("docker_agent_1").started());
    }

    private void live() throws Exception {
        ui.run(vm::activate);
        ui.await(WAIT, () -> vm.phaseProperty().get() == ContainersViewModel.Phase.LIVE);
    }

    private void select(String service) throws Exception {
        ui.run(() -> vm.selectedProperty().set(vm.rows().stream().filter(r -> r.service().equals(service)).findFirst().orElseThrow()));
    }

    private static ContainerInfo agent(String status) {
        return container("c1", "agent", "running", status.contains("health: starting") ? "starting" : "", status);
    }

    private static ContainerInfo container(String id, String service, String state, String health, String status) {
        return new ContainerInfo(id, "docker_" + service + "_1", "docker", service, "eltdeck-test/standin:1", state, health,
                status, List.of());
    }

    /** The stack as a test sets it, recording what the view model asks of it. */
    private static final class FakeStack implements StackConnector {
        final AtomicReference<List<ContainerInfo>> containers = new AtomicReference<>(List.of());
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final AtomicInteger listed = new AtomicInteger();
        final List<String> actions = new CopyOnWriteArrayList<>();
        final Map<String, FakeSource> sources = new ConcurrentHashMap<>();
        volatile Exception failOpen;
        volatile IOException failList;
        volatile IOException failControl;
        private volatile CountDownLatch listHold;
        private volatile CountDownLatch controlHold;

        CountDownLatch holdNextList() {
            listHold = new CountDownLatch(1);
            return listHold;
        }

        CountDownLatch holdNextControl() {
            controlHold = new CountDownLatch(1);
            return controlHold;
        }

        FakeSource source(String name) {
            return sources.get(name);
        }

        @Override
        public StackConnection open(Profile profile) throws Exception {
            opened.incrementAndGet();
            if (failOpen != null) {
                throw failOpen;
            }
            return new StackConnection() {
                @Override
                public List<ContainerInfo> containers() throws IOException {
                    List<ContainerInfo> now = containers.get();
                    await(listHold);
                    listHold = null;
                    if (failList != null) {
                        throw failList;
                    }
                    listed.incrementAndGet();
                    return now;
                }

                @Override
                public void control(StackControl.Action action, String service, java.util.function.Consumer<String> lines)
                        throws IOException {
                    await(controlHold);
                    controlHold = null;
                    if (failControl != null) {
                        throw failControl;
                    }
                    actions.add(action + " " + service);
                }

                @Override
                public LogSource logs(ContainerInfo container, ContainerLogOptions options) {
                    FakeSource source = new FakeSource(container.name(), options, closed);
                    sources.put(container.name(), source);
                    return source;
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        }

        private static void await(CountDownLatch hold) {
            try {
                if (hold != null && !hold.await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the test never let the call go on");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A container's log as the test feeds it; notes its options and whether it was stopped before its link closed. */
    private static final class FakeSource extends HeldSource {
        final ContainerLogOptions options;
        private final AtomicInteger linkClosed;
        volatile boolean stoppedBeforeClose;

        FakeSource(String name, ContainerLogOptions options, AtomicInteger linkClosed) {
            super(name);
            this.options = options;
            this.linkClosed = linkClosed;
        }

        @Override
        public void stop() {
            stoppedBeforeClose = linkClosed.get() == 0;
            super.stop();
        }

        void deliver(String text) {
            deliver(Instant.parse("2026-01-01T10:00:00Z"), text);
        }
    }
}
