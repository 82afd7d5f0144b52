package eltdeck.cli;

import eltdeck.profile.InvalidProfileException;
import eltdeck.ssh.SshFailure;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints what went wrong and what to do, never a stack trace; exit 1 (255 for SSH failures, as ssh does). */
final class FriendlyErrors implements IExecutionExceptionHandler {
    static final int SSH_FAILED = 255;

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        if (e instanceof InvalidProfileException invalid) {
            invalid.problems().forEach(p -> cmd.getErr().println("eltdeck: " + p));
            return 1;
        }
        cmd.getErr().println("eltdeck: " + e.getMessage());
        if (e instanceof SshFailure f) {
            if (Boolean.getBoolean("eltdeck.verbose") && !f.detail().isEmpty()) {
                cmd.getErr().println(f.detail());
            }
            return SSH_FAILED;
        }
        return 1;
    }
}
