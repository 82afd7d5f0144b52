package eltdeck.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.ui.testsupport.ManualClock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Periodic work on a clock the test moves: when turns run, that cancel stops them, and that they never overlap. */
class TaskRunnerEveryTest {
    private static final Duration PERIOD = Duration.ofSeconds(10);

    private final ManualClock clock = new ManualClock();
    private final HeldExecutor background = new HeldExecutor();
    private final HeldExecutor ui = new HeldExecutor();
    private final TaskRunner inline = new TaskRunner(Runnable::run, Runnable::run, clock);

    @Test
    void pollingRunsNowThenWhenEachPeriodIsDueAndNotBefore() {
        AtomicInteger turns = new AtomicInteger();
        List<Integer> delivered = new ArrayList<>();

        inline.every(PERIOD, turns::incrementAndGet, delivered::add, e -> { });
        assertThat(turns).as("the first turn waits for the clock, after the caller holds the handle").hasValue(0);
        clock.advance(Duration.ZERO);

        assertThat(delivered).containsExactly(1);
        clock.advance(PERIOD.minusMillis(1));
        assertThat(turns).hasValue(1);
        clock.advance(Duration.ofMillis(1));
        assertThat(delivered).containsExactly(1, 2);
        clock.advance(PERIOD.multipliedBy(3));
        assertThat(delivered).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void aFailedTurnIsReportedAndTheNextStillComes() {
        AtomicInteger turns = new AtomicInteger();
        List<String> failures = new ArrayList<>();
        List<Integer> results = new ArrayList<>();

        inline.every(PERIOD, () -> {
            if (turns.incrementAndGet() == 1) {
                throw new IllegalStateException("unreachable");
            }
            return turns.get();
        }, results::add, e -> failures.add(e.getMessage()));
        clock.advance(PERIOD);

        assertThat(failures).containsExactly("unreachable");
        assertThat(results).containsExactly(2);
    }

    @Test
    void cancelStopsTheTurnsAndDropsTheOutcomeOfOneUnderWay() {
        TaskRunner held = new TaskRunner(background, Runnable::run, clock);
        List<Integer> delivered = new ArrayList<>();
        AtomicInteger turns = new AtomicInteger();

        TaskRunner.Repeating polling = held.every(PERIOD, turns::incrementAndGet, delivered::add, e -> { });
        clock.advance(Duration.ZERO);
        background.runAll();
        clock.advance(PERIOD); // the second turn starts and is still under way
        polling.cancel();
        background.runAll();
        clock.advance(PERIOD.multipliedBy(5));

        assertThat(turns).hasValue(2);
        assertThat(delivered).containsExactly(1);
        assertThat(clock.pending()).isZero();
    }

    @Test
    void aSlowTurnIsNeverOverlappedTheNextWaitsAFullPeriodAfterIt() {
        TaskRunner held = new TaskRunner(background, ui, clock);
        AtomicInteger turns = new AtomicInteger();

        held.every(PERIOD, turns::incrementAndGet, n -> { }, e -> { });
        clock.advance(PERIOD.multipliedBy(10)); // the first turn has not finished: nothing else may start
        assertThat(background.waiting()).isEqualTo(1);

        background.runAll();
        clock.advance(PERIOD.multipliedBy(10)); // done, but its outcome is not yet delivered on the UI thread
        assertThat(turns).hasValue(1);
        assertThat(background.waiting()).isZero();

        ui.runAll();
        clock.advance(PERIOD.minusMillis(1));
        assertThat(background.waiting()).isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(background.waiting()).isEqualTo(1);
    }

    @Test
    void aUiTimerTicksOnTheUiThreadOnlyWhenDueUntilCancelled() {
        TaskRunner held = new TaskRunner(background, ui, clock);
        AtomicInteger ticks = new AtomicInteger();

        TaskRunner.Repeating timer = held.everyOnUi(PERIOD, ticks::incrementAndGet);
        clock.advance(PERIOD.minusMillis(1));
        ui.runAll();
        assertThat(ticks).hasValue(0);

        clock.advance(Duration.ofMillis(1));
        assertThat(ticks).as("the tick waits for the UI thread").hasValue(0);
        ui.runAll();
        assertThat(ticks).hasValue(1);
        assertThat(background.waiting()).as("a tick does no background work of its own").isZero();

        clock.advance(PERIOD);
        timer.cancel(); // the tick was already handed to the UI thread: it must not run now
        ui.runAll();
        clock.advance(PERIOD.multipliedBy(5));
        ui.runAll();
        assertThat(ticks).hasValue(1);
    }

    /** An executor that holds what it is given until the test runs it, standing for a busy thread. */
    private static final class HeldExecutor implements Executor {
        private final Queue<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            queue.add(task);
        }

        int waiting() {
            return queue.size();
        }

        void runAll() {
            for (Runnable next = queue.poll(); next != null; next = queue.poll()) {
                next.run();
            }
        }
    }
}
