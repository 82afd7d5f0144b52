package eltdeck.stack;

import eltdeck.secret.Secret;
import eltdeck.ssh.RemoteCommand;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Hands a token to one git command on the VM without a command line or {@code .git/config} ever holding it: the
 * token arrives as the first line of stdin, goes to a 0600 file in a 0700 temp directory, and a GIT_ASKPASS script
 * there prints it; the directory is removed when the command ends, whatever its outcome. The rest of stdin is
 * the git command's own.
 */
public final class GitAuth {
    /** Where the helper lives on the VM: a name the tests look for, to see that nothing is left behind. */
    static final String TEMP_PREFIX = "eltdeck-git.";
    private static final String WRAPPER = String.join("\n",
            "set -eu",
            "umask 077",
            "d=$(mktemp -d \"${TMPDIR:-/tmp}/" + TEMP_PREFIX + "XXXXXX\")",
            "trap 'rm -rf \"$d\"' EXIT",
            "trap 'exit 143' TERM INT HUP",
            "IFS= read -r token",
            "printf '%s' \"$token\" > \"$d/token\"",
            "token=",
            "printf '%s\\n' '#!/bin/sh' 'case \"$1\" in' \"  Username*) echo x-access-token ;;\" \"  *) cat '$d/token' ;;\" 'esac' > \"$d/askpass\"",
            "chmod 700 \"$d/askpass\"",
            "GIT_ASKPASS=$d/askpass GIT_TERMINAL_PROMPT=0 \"$@\"",
            "");

    private final Optional<Secret> token;

    public GitAuth(Optional<Secret> token) {
        token.ifPresent(t -> {
            if (t.isBlank() || t.isMultiLine()) {
                throw new IllegalArgumentException("The git token must be one non-empty line.");
            }
        });
        this.token = token;
    }

    public static GitAuth none() {
        return new GitAuth(Optional.empty());
    }

    /** The command running {@code gitArgv} with the token's helper when there is a token; git's own prompt never waits. */
    public RemoteCommand command(List<String> gitArgv) {
        List<String> argv = new java.util.ArrayList<>(List.of("git", "-c", "credential.helper="));
        argv.addAll(gitArgv.subList(1, gitArgv.size()));
        if (token.isEmpty()) {
            return RemoteCommand.of(argv).runBy("env", "GIT_TERMINAL_PROMPT=0");
        }
        return RemoteCommand.script(WRAPPER, argv);
    }

    /** The stdin for {@link #command}: the token line first when there is one, then {@code rest}. */
    public InputStream stdin(byte[] rest) {
        InputStream tail = new ByteArrayInputStream(rest);
        return token.<InputStream>map(t -> new SequenceInputStream(
                new ByteArrayInputStream((t.reveal() + "\n").getBytes(StandardCharsets.UTF_8)), tail)).orElse(tail);
    }
}
