package eltdeck.ui.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Whether the operating system is set to a dark appearance, where it can be asked; light otherwise. */
final class OsAppearance {
    private OsAppearance() {
    }

    /** Runs a small OS command: call it off the FX thread (the app does in {@code init()}). */
    static boolean prefersDark() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        try {
            if (os.contains("mac")) {
                return macSaysDark(run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")));
            }
            if (os.contains("win")) {
                return windowsSaysDark(run(List.of("reg", "query",
                        "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v", "AppsUseLightTheme")));
            }
            return gnomeSaysDark(run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")),
                    run(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")));
        } catch (IOException e) {
            return false;
        }
    }

    static boolean macSaysDark(String defaultsOutput) {
        return defaultsOutput.strip().equalsIgnoreCase("Dark");
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static boolean windowsSaysDark(String regOutput) {
        return regOutput.contains("AppsUseLightTheme") && regOutput.strip().endsWith("0x0");
    }

    /** GNOME 42+ says {@code 'prefer-dark'}; older desktops only have a theme name like {@code 'Adwaita-dark'}. */
    static boolean gnomeSaysDark(String colorScheme, String gtkTheme) {
        return colorScheme.contains("prefer-dark") || gtkTheme.toLowerCase(Locale.ROOT).contains("dark");
    }

    private static String run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } finally {
            p.destroy();
        }
    }
}
