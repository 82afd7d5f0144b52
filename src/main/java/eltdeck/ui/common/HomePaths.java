package eltdeck.ui.common;

import java.nio.file.Path;

/** Paths as users type and read them: {@code ~/.ssh/id_ed25519}. */
public final class HomePaths {
    private HomePaths() {
    }

    public static Path home() {
        return Path.of(System.getProperty("user.home"));
    }

    /** Null for blank text; a leading {@code ~/} means the home directory, as in a shell. */
    public static Path expand(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.equals("~")) {
            return home();
        }
        if (t.startsWith("~/")) {
            return home().resolve(t.substring(2));
        }
        return Path.of(t);
    }

    /** The path with the home directory shown as {@code ~}, or "" for null. */
    public static String shorten(Path path) {
        if (path == null) {
            return "";
        }
        Path absolute = path.toAbsolutePath().normalize();
        Path home = home().toAbsolutePath().normalize();
        return absolute.startsWith(home) && !absolute.equals(home)
                ? "~/" + home.relativize(absolute).toString().replace('\\', '/')
                : path.toString();
    }
}
