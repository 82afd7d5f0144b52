package eltdeck.stack;

import eltdeck.secret.Secret;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One deploy as the CLI and the GUI start it: the options filled in from the history, the pipeline on a
 * {@link StackSession}, and a cancel that also works before the pipeline exists (it then stops before the lock).
 */
public final class DeployRun {
    private final String profile;
    private final DeployHistory history;
    private final DeployListener listener;
    private final Clock clock;
    private DeployPipeline pipeline;
    private boolean cancelled;

    public DeployRun(String profile, DeployHistory history, DeployListener listener, Clock clock) {
        this.profile = profile;
        this.history = history;
        this.listener = listener;
        this.clock = clock;
    }

    /** The options of a deploy by this OS user; "new commits" are counted from the last successful deploy. */
    public DeployOptions options(boolean redeploy, Optional<String> commit, Duration readinessTimeout, Duration lockWait,
                                 Optional<Secret> gitToken, boolean createTenant) {
        return new DeployOptions(System.getProperty("user.name"), redeploy, commit, history.lastDeployedCommit(profile),
                readinessTimeout, lockWait, gitToken, createTenant);
    }

    public DeployResult run(StackSession session, DeployOptions options) {
        DeployPipeline p = new DeployPipeline(profile, session.shell(), session.settings(), session.paths(), history,
                listener, clock);
        synchronized (this) {
            pipeline = p;
            if (cancelled) {
                p.cancel();
            }
        }
        return p.run(options);
    }

    /** Asks the deploy to stop; the pipeline still records and unlocks. */
    public void cancel() {
        DeployPipeline p;
        synchronized (this) {
            cancelled = true;
            p = pipeline;
        }
        if (p != null) {
            p.cancel();
        }
    }
}
