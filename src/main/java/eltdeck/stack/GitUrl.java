package eltdeck.stack;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a git remote URL says: the SSH host it is fetched from, and the GitHub repository it names. */
final class GitUrl {
    /** {@code user@host:path} (scp-like) or {@code ssh://[user@]host[:port]/path}. */
    private static final Pattern SCP_LIKE = Pattern.compile("(?:[^@/:]+@)?([^/:]+):(?!//)(.+)");
    private static final Pattern SSH_URL = Pattern.compile("ssh://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+)");
    private static final Pattern HTTPS_URL = Pattern.compile("https?://(?:[^@/]+@)?([^/:]+)(?::\\d+)?/(.+)");
    private static final Pattern GITHUB_SHORT = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    private GitUrl() {
    }

    /** The host of an SSH URL; empty for https, file paths and the GitHub short form (which clones over https). */
    static Optional<String> sshHost(String url) {
        Matcher ssh = SSH_URL.matcher(url);
        if (ssh.matches()) {
            return Optional.of(ssh.group(1));
        }
        Matcher scp = SCP_LIKE.matcher(url);
        return scp.matches() && !url.startsWith("/") && !url.contains("://") ? Optional.of(scp.group(1)) : Optional.empty();
    }

    static boolean isSsh(String url) {
        return sshHost(url).isPresent();
    }

    /** {@code org/name} when the URL (or short form) is a GitHub repository. */
    static Optional<String> githubRepository(String url) {
        if (GITHUB_SHORT.matcher(url).matches()) {
            return Optional.of(url.replaceAll("\\.git$", ""));
        }
        for (Pattern p : new Pattern[] {SSH_URL, HTTPS_URL, SCP_LIKE}) {
            Matcher m = p.matcher(url);
            if (m.matches() && m.group(1).equalsIgnoreCase("github.com")) {
                String path = m.group(2).replaceAll("\\.git$", "").replaceAll("/+$", "");
                return GITHUB_SHORT.matcher(path).matches() ? Optional.of(path) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
