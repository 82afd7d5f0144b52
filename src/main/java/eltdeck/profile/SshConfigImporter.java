package eltdeck.profile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the concrete hosts of an OpenSSH client config into profiles. Like ssh, the first value found
 * for a keyword wins, scanning every block whose patterns match the alias (so "Host *" defaults apply).
 */
public final class SshConfigImporter {
    private static final Set<String> KEYWORDS = Set.of("hostname", "user", "port", "identityfile", "proxyjump");

    private final Path home;

    public SshConfigImporter(Path userHome) {
        this.home = userHome;
    }

    public static Path defaultConfig() {
        return Path.of(System.getProperty("user.home"), ".ssh", "config");
    }

    public List<Profile> read(Path configFile) throws IOException {
        if (!Files.isRegularFile(configFile)) {
            throw new IOException("No SSH config at " + configFile + ": give the file with --file.");
        }
        List<Block> blocks = parse(Files.readAllLines(configFile));
        Set<String> aliases = new LinkedHashSet<>();
        for (Block b : blocks) {
            for (String pattern : b.patterns) {
                if (!pattern.startsWith("!") && !pattern.contains("*") && !pattern.contains("?")) {
                    aliases.add(pattern);
                }
            }
        }
        List<Profile> out = new ArrayList<>();
        String localUser = System.getProperty("user.name");
        for (String alias : aliases) {
            Map<String, String> values = resolve(alias, blocks);
            String user = values.getOrDefault("user", localUser);
            String identity = values.get("identityfile");
            String jump = values.get("proxyjump");
            JumpHost jumpHost = jump == null || jump.equalsIgnoreCase("none") ? null : JumpHost.parse(jump.split(",")[0], user);
            out.add(new Profile(alias, values.getOrDefault("hostname", alias).replace("%h", alias),
                    Integer.parseInt(values.getOrDefault("port", "22")), user,
                    identity == null ? null : expand(identity), true, jumpHost, null,
                    Profile.KeepAlive.DEFAULT, TunnelSpec.defaults()));
        }
        return out;
    }

    private Path expand(String file) {
        String unquoted = file.replaceAll("^\"|\"$", "");
        if (unquoted.startsWith("~/")) {
            return home.resolve(unquoted.substring(2));
        }
        return Path.of(unquoted);
    }

    private static Map<String, String> resolve(String alias, List<Block> blocks) {
        Map<String, String> values = new HashMap<>();
        for (Block b : blocks) {
            if (b.matches(alias)) {
                b.values.forEach(values::putIfAbsent);
            }
        }
        return values;
    }

    private static List<Block> parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        Block current = new Block(List.of("*"));
        blocks.add(current);
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] kv = line.split("\\s*=\\s*|\\s+", 2);
            String key = kv[0].toLowerCase(Locale.ROOT);
            String value = kv.length > 1 ? kv[1].strip() : "";
            if (key.equals("host")) {
                current = new Block(List.of(value.split("\\s+")));
                blocks.add(current);
            } else if (key.equals("match")) {
                // Match conditions need runtime facts; their keywords are not applied to imports.
                current = new Block(List.of());
                blocks.add(current);
            } else if (KEYWORDS.contains(key)) {
                current.values.putIfAbsent(key, value);
            }
        }
        return blocks;
    }

    private static final class Block {
        final List<String> patterns;
        final Map<String, String> values = new HashMap<>();

        Block(List<String> patterns) {
            this.patterns = patterns;
        }

        boolean matches(String alias) {
            boolean positive = false;
            for (String p : patterns) {
                if (p.startsWith("!")) {
                    if (HostGlob.matches(p.substring(1), alias)) {
                        return false;
                    }
                } else if (HostGlob.matches(p, alias)) {
                    positive = true;
                }
            }
            return positive;
        }
    }
}
