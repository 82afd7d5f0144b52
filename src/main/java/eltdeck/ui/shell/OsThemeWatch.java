package eltdeck.ui.shell;

import eltdeck.ui.common.TaskRunner;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the OS's light/dark appearance while the app runs. JavaFX 21 has no event for an appearance change, so
 * the OS is asked again every few seconds, through the {@link TaskRunner}, while the theme follows the system.
 */
final class OsThemeWatch implements AutoCloseable {
    static final Duration PERIOD = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(OsThemeWatch.class);

    private final ThemeSettings theme;
    private final BooleanSupplier osPrefersDark;
    private final TaskRunner tasks;
    private TaskRunner.Repeating timer;

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
        timer = tasks.everyOnUi(period, () -> {
            if (theme.followsSystemProperty().get()) {
                askNow();
            }
        });
        return this;
    }

    /** FX thread: the OS is asked in the background, the answer applied back here. */
    void askNow() {
        tasks.call(osPrefersDark::getAsBoolean, theme::systemSays,
                failure -> LOG.warn("Cannot ask the OS whether it is dark: {}", failure.toString()));
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.cancel();
        }
    }
}
