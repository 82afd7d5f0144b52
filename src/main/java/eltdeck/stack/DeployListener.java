package eltdeck.stack;

import java.time.Duration;

/** Follows a deploy live (the CLI prints, the GUI will show); called on the deploy's thread. */
public interface DeployListener {
    enum Outcome { SUCCEEDED, FAILED, CANCELLED, SKIPPED }

    void started(DeployStep step);

    void output(DeployStep step, String line);

    /** {@code hint}: what to do about a failure, else empty. */
    void finished(DeployStep step, Outcome outcome, Duration duration, String hint);
}
