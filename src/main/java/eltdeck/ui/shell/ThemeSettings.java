package eltdeck.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Light or dark (AtlantaFX Primer): the user's choice once made, else the OS's appearance, followed while the app
 * runs (see {@link OsThemeWatch}) until the user chooses; "Follow the system" forgets the choice again.
 */
public final class ThemeSettings {
    static final String KEY = "theme";

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");
    private final BooleanProperty followsSystem = new SimpleBooleanProperty(this, "followsSystem");
    /** True while the OS's answer is applied, which is not the user's choice and so not stored. */
    private boolean applyingSystem;

    /** @param osPrefersDark asked only when the user never chose (it may run an OS command) */
    public ThemeSettings(Preferences preferences, BooleanSupplier osPrefersDark) {
        String chosen = preferences.get(KEY, null);
        followsSystem.set(chosen == null);
        dark.set(chosen == null ? osPrefersDark.getAsBoolean() : chosen.equals("dark"));
        dark.addListener((o, was, now) -> {
            if (!applyingSystem) {
                preferences.put(KEY, now ? "dark" : "light");
                followsSystem.set(false);
            }
        });
        followsSystem.addListener((o, was, now) -> {
            if (now) {
                preferences.remove(KEY);
            } else {
                preferences.put(KEY, dark.get() ? "dark" : "light");
            }
        });
    }

    public static ThemeSettings forUser() {
        return new ThemeSettings(Preferences.userNodeForPackage(ThemeSettings.class), OsAppearance::prefersDark);
    }

    public void toggle() {
        dark.set(!dark.get());
    }

    /** The OS's appearance as just asked: applied while the theme follows the system, else ignored. */
    void systemSays(boolean osDark) {
        if (followsSystem.get()) {
            applyingSystem = true;
            try {
                dark.set(osDark);
            } finally {
                applyingSystem = false;
            }
        }
    }

    public String userAgentStylesheet() {
        return dark.get() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    /** True until the user picks light or dark; setting it true forgets that choice. */
    public BooleanProperty followsSystemProperty() {
        return followsSystem;
    }
}
