package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class OsAppearanceTest {

    @Test
    void readsTheDesktopsAnswers() {
        assertThat(OsAppearance.gnomeSaysDark("'prefer-dark'\n", "'Adwaita'")).isTrue();
        assertThat(OsAppearance.gnomeSaysDark("'default'\n", "'Adwaita-dark'")).isTrue();
        assertThat(OsAppearance.gnomeSaysDark("'default'\n", "'Adwaita'")).isFalse();
        assertThat(OsAppearance.gnomeSaysDark("", "")).isFalse();
        assertThat(OsAppearance.macSaysDark("Dark\n")).isTrue();
        assertThat(OsAppearance.macSaysDark("The domain/default pair does not exist")).isFalse();
        assertThat(OsAppearance.windowsSaysDark("    AppsUseLightTheme    REG_DWORD    0x0\r\n")).isTrue();
        assertThat(OsAppearance.windowsSaysDark("    AppsUseLightTheme    REG_DWORD    0x1\r\n")).isFalse();
    }

    @Test
    void theUsersChoiceWinsOverTheOsAndIsRemembered() throws BackingStoreException {
        Preferences prefs = Preferences.userRoot().node("eltdeck-test-" + UUID.randomUUID());
        try {
            ThemeSettings first = new ThemeSettings(prefs, () -> true);
            assertThat(first.darkProperty().get()).as("no choice yet: follow the OS").isTrue();

            first.toggle();

            assertThat(new ThemeSettings(prefs, () -> true).darkProperty().get()).isFalse();
            assertThat(first.userAgentStylesheet()).contains("primer-light");
        } finally {
            prefs.removeNode();
        }
    }
}
