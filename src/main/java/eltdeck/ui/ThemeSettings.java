package eltdeck.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Light or dark (AtlantaFX Primer): the user's last choice, else the OS's appearance. */
public final class ThemeSettings {
    static final String KEY = "theme";

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    /** @param osPrefersDark asked only when the user never chose (it may run an OS command) */
    public ThemeSettings(Preferences preferences, BooleanSupplier osPrefersDark) {
        String chosen = preferences.get(KEY, null);
        dark.set(chosen == null ? osPrefersDark.getAsBoolean() : chosen.equals("dark"));
        dark.addListener((o, was, now) -> preferences.put(KEY, now ? "dark" : "light"));
    }

    public static ThemeSettings forUser() {
        return new ThemeSettings(Preferences.userNodeForPackage(ThemeSettings.class), OsAppearance::prefersDark);
    }

    public void toggle() {
        dark.set(!dark.get());
    }

    public String userAgentStylesheet() {
        return dark.get() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
