package eltdeck.stack;

import eltdeck.secret.Secret;
import java.time.Duration;
import java.util.Optional;

/**
 * @param redeploy  recreate every container even if unchanged
 * @param commit    deploy this commit instead of the branch's tip (a rollback)
 * @param since     the commit the "new commits" list starts from: the last deploy's
 * @param gitToken  for a private repository over https; only ever on stdin
 * @param createTenant create Prefect's default tenant when the server has none (as {@code prefect server create-tenant})
 */
public record DeployOptions(String who, boolean redeploy, Optional<String> commit, Optional<String> since,
                            Duration readinessTimeout, Duration lockWait, Optional<Secret> gitToken, boolean createTenant) {
    public static final Duration DEFAULT_READINESS_TIMEOUT = Duration.ofMinutes(5);
}
