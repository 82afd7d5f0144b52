package eltdeck.ui.shell;

import eltdeck.ui.common.TaskRunner;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the OS's light/dark appearance while the app runs. JavaFX 21 has no event for an appearance change, so
 * the OS is asked again every few seconds, on a thread of its own, while the theme follows the system.
 */
final class OsThemeWatch implements AutoCloseable {
    static final Duration PERIOD = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(OsThemeWatch.class);

    private final ThemeSettings theme;
    private final BooleanSupplier osPrefersDark;
    private final TaskRunner tasks;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "os-theme-watch");
        t.setDaemon(true);
        return t;
    });

    /** @param tasks asks the OS in the background and applies the answer on the FX thread */
    OsThemeWatch(ThemeSettings theme, BooleanSupplier osPrefersDark, TaskRunner tasks) {
        this.theme = theme;
        this.osPrefersDark = osPrefersDark;
        this.tasks = tasks;
    }

    static OsThemeWatch start(ThemeSettings theme, TaskRunner tasks) {
        return new OsThemeWatch(theme, OsAppearance::prefersDark, tasks).every(PERIOD);
    }

    /** Asks every {@code period}, and at once whenever the user goes back to following the system. FX thread. */
    OsThemeWatch every(Duration period) {
        theme.followsSystemProperty().addListener((o, was, now) -> {
            if (now) {
                askNow();
            }
        });
        timer.scheduleWithFixedDelay(() -> tasks.onUi(() -> {
            if (theme.followsSystemProperty().get()) {
                askNow();
            }
        }), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** FX thread: the OS is asked in the background, the answer applied back here. */
    void askNow() {
        tasks.call(osPrefersDark::getAsBoolean, theme::systemSays,
                failure -> LOG.warn("Cannot ask the OS whether it is dark: {}", failure.toString()));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
