package eltdeck.stack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which docker-compose the VM has, decided by its version output and not by the command's name: the v2 binary
 * installed standalone is also called {@code docker-compose}.
 */
public record ComposeVersion(int major, int minor, int patch) {
    private static final Pattern V1 = Pattern.compile("docker-compose version (\\d+)\\.(\\d+)\\.(\\d+)");
    private static final Pattern V2 = Pattern.compile("(?:Docker Compose version )?v?(2)\\.(\\d+)\\.(\\d+)");

    /** Parses {@code docker compose version}, {@code docker-compose version} or their {@code --short} forms. */
    public static Optional<ComposeVersion> parse(String output) {
        String text = output == null ? "" : output.trim();
        for (Pattern p : new Pattern[] {V1, V2}) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(new ComposeVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        }
        Matcher shortV1 = Pattern.compile("^1\\.(\\d+)\\.(\\d+)").matcher(text);
        return shortV1.find()
                ? Optional.of(new ComposeVersion(1, Integer.parseInt(shortV1.group(1)), Integer.parseInt(shortV1.group(2))))
                : Optional.empty();
    }

    public boolean isV2() {
        return major >= 2;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (isV2() ? " (v2)" : " (v1)");
    }
}
