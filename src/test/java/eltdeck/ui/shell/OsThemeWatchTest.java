package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.ui.testsupport.ManualClock;
import eltdeck.ui.testsupport.UiThread;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OsThemeWatchTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration PERIOD = Duration.ofSeconds(5);

    private final Preferences prefs = Preferences.userRoot().node("eltdeck-test-" + UUID.randomUUID());
    private final AtomicBoolean osDark = new AtomicBoolean(false);
    private final UiThread ui = new UiThread();

    @AfterEach
    void clean() throws Exception {
        ui.close();
        prefs.removeNode();
    }

    @Test
    void followsTheOsWhileTheAppRuns() throws Exception {
        ThemeSettings theme = ui.call(() -> new ThemeSettings(prefs, osDark::get));
        ManualClock clock = new ManualClock();
        try (OsThemeWatch watch = ui.call(() -> new OsThemeWatch(theme, osDark::get, ui.tasks(clock)).every(PERIOD))) {
            osDark.set(true);
            clock.advance(PERIOD.minusMillis(1));
            ui.settle(WAIT);
            assertThat(ui.call(() -> theme.darkProperty().get())).as("not asked before the period is over").isFalse();
            clock.advance(Duration.ofMillis(1));
            ui.await(WAIT, () -> theme.darkProperty().get());
            osDark.set(false);
            clock.advance(PERIOD);
            ui.await(WAIT, () -> !theme.darkProperty().get());

            assertThat(prefs.get(ThemeSettings.KEY, null)).as("the OS's answer is not the user's choice").isNull();
            assertThat(ui.call(() -> theme.followsSystemProperty().get())).isTrue();
        }
    }

    @Test
    void theUsersChoiceStopsFollowingUntilFollowTheSystemIsChosenAgain() throws Exception {
        ThemeSettings theme = ui.call(() -> new ThemeSettings(prefs, osDark::get));
        try (OsThemeWatch watch = ui.call(() -> new OsThemeWatch(theme, osDark::get, ui.tasks()).every(Duration.ofHours(1)))) {
            ui.run(theme::toggle);
            assertThat(ui.call(() -> theme.followsSystemProperty().get())).isFalse();
            assertThat(prefs.get(ThemeSettings.KEY, null)).isEqualTo("dark");

            ui.run(() -> theme.systemSays(false));
            assertThat(ui.call(() -> theme.darkProperty().get())).as("the user's choice wins over the OS").isTrue();

            osDark.set(false);
            ui.run(() -> theme.followsSystemProperty().set(true));
            // Asked at once, not at the next period (an hour away).
            ui.await(WAIT, () -> !theme.darkProperty().get());
            assertThat(prefs.get(ThemeSettings.KEY, null)).as("the choice is forgotten").isNull();
            assertThat(new ThemeSettings(prefs, () -> true).followsSystemProperty().get()).as("also after a restart").isTrue();
        }
    }
}
