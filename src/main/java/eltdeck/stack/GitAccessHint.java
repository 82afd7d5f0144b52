package eltdeck.stack;

import eltdeck.Face;
import java.util.Optional;

/** What to do when git on the VM could not reach the repository, read from what git said. */
final class GitAccessHint {
    private GitAccessHint() {
    }

    static Optional<String> forOutput(String gitOutput, String profile) {
        if (gitOutput.contains("Host key verification failed")) {
            return Optional.of("The VM does not know the git host's SSH key. For github.com, " + deployKey(profile)
                    + " adds it from GitHub's published fingerprints; for another host, add its key to the VM's ~/.ssh/known_hosts.");
        }
        if (gitOutput.contains("Permission denied (publickey)") || gitOutput.contains("Repository not found")
                && gitOutput.contains("ssh")) {
            return Optional.of("The repository refused the VM's SSH key. " + deployKey(profile)
                    + " makes or shows the VM's deploy key; add it to the repository (GitHub: Settings → Deploy keys).");
        }
        if (gitOutput.contains("could not read Username") || gitOutput.contains("Authentication failed")
                || gitOutput.contains("terminal prompts disabled")) {
            return Optional.of("The https repository wants credentials: deploy with a token (" + Face.hint(
                    "Repository access… in the Deploy tab", "`eltdeck deploy " + profile + " --git-token-env VAR`")
                    + "), or use an SSH URL with a deploy key.");
        }
        return Optional.empty();
    }

    private static String deployKey(String profile) {
        return Face.hint("Repository access… in the Deploy tab", "`eltdeck deploykey " + profile + "`");
    }
}
