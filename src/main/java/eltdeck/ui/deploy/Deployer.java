package eltdeck.ui.deploy;

import eltdeck.profile.GitTokens;
import eltdeck.profile.Profile;
import eltdeck.profile.Secrets;
import eltdeck.reach.ServiceResolver;
import eltdeck.stack.DeployHistory;
import eltdeck.stack.DeployKey;
import eltdeck.stack.DeployListener;
import eltdeck.stack.DeployOptions;
import eltdeck.stack.DeployRecord;
import eltdeck.stack.DeployResult;
import eltdeck.stack.DeployRun;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Deploys a profile's stack from the GUI, over the link the resolver gives, as the CLI's {@code eltdeck deploy} does. */
public interface Deployer {
    /** The profile's stack settings, if it has any (a database read: call off the UI thread). */
    Optional<StackSettings> settings(String profile) throws Exception;

    void saveSettings(String profile, StackSettings settings) throws Exception;

    /** A deploy ready to run; nothing happens until {@link Deploy#run}. */
    Deploy prepare(Profile profile, Request request, DeployListener listener);

    /** The profile's deploys, newest first (a database read: call off the UI thread). */
    List<DeployRecord> history(String profile) throws Exception;

    /** Makes or finds the repository's deploy key on the VM, trusting github.com from its published fingerprints. */
    DeployKey.Setup deployKey(Profile profile) throws Exception;

    /** The git tokens deploys hand to git on the VM. */
    GitTokens tokens();

    /**
     * What one deploy does.
     *
     * @param commit a commit from the history to go back to (a rollback), else the branch's tip
     */
    record Request(boolean redeploy, Optional<String> commit, Duration readinessTimeout, boolean createTenant) {
        public static Request deploy(boolean redeploy, Duration readinessTimeout) {
            return new Request(redeploy, Optional.empty(), readinessTimeout, false);
        }
    }

    /** One deploy: {@link #run} blocks until it ends; {@link #cancel} may come from any thread. */
    interface Deploy {
        DeployResult run() throws Exception;

        void cancel();
    }

    /** The app's deployer: settings and history in the database, tokens in memory or the keychain, the VM through the resolver. */
    static Deployer using(Database db, Secrets secrets, ServiceResolver services) {
        StackSettingsStore settings = new StackSettingsStore(db);
        DeployHistory history = new DeployHistory(db);
        GitTokens tokens = new GitTokens(secrets);
        return new Deployer() {
            @Override
            public Optional<StackSettings> settings(String profile) {
                return settings.find(profile);
            }

            @Override
            public void saveSettings(String profile, StackSettings stack) {
                settings.save(profile, stack);
            }

            @Override
            public Deploy prepare(Profile profile, Request request, DeployListener listener) {
                DeployRun run = new DeployRun(profile.name(), history, listener, Clock.systemUTC());
                return new Deploy() {
                    @Override
                    public DeployResult run() throws Exception {
                        DeployOptions options = run.options(request.redeploy(), request.commit(), request.readinessTimeout(),
                                Duration.ZERO, tokens.get(profile.name()), request.createTenant());
                        try (StackSession session = services.stack(profile)) {
                            return run.run(session, options);
                        }
                    }

                    @Override
                    public void cancel() {
                        run.cancel();
                    }
                };
            }

            @Override
            public List<DeployRecord> history(String profile) {
                return history.list(profile);
            }

            @Override
            public DeployKey.Setup deployKey(Profile profile) throws Exception {
                try (StackSession session = services.stack(profile)) {
                    return new DeployKey(session.settings()).setUp(session.shell());
                }
            }

            @Override
            public GitTokens tokens() {
                return tokens;
            }
        };
    }
}
