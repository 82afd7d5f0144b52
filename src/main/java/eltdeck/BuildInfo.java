package eltdeck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build this is: the pom's version and the git commit it was built from, written into
 * {@code eltdeck/build.properties} by Maven. Run from unfiltered classes (an IDE), both say so.
 */
public record BuildInfo(String version, String commit, boolean dirty) {
    private static final String RESOURCE = "/eltdeck/build.properties";
    private static final String UNKNOWN = "unknown";

    /** This build's version and commit. */
    public static BuildInfo current() {
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + " from the application", e);
        }
    }

    static BuildInfo fromProperties(Properties p) {
        String version = filled(p.getProperty("version"), "development build");
        String commit = filled(p.getProperty("commit"), UNKNOWN);
        return new BuildInfo(version, commit, "true".equals(p.getProperty("commit.dirty")));
    }

    /** A value Maven did not fill in (no git, no filtering) stays a {@code ${...}} placeholder. */
    private static String filled(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }

    /** "ELT Deck 0.1.0 (commit 1a2b3c4)": what {@code --version} prints and About shows first. */
    public String describe() {
        return "ELT Deck " + version + " (commit " + commit + (dirty ? ", with uncommitted changes" : "") + ")";
    }
}
