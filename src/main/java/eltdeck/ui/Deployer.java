package eltdeck.ui;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.stack.DeployListener;
import eltdeck.stack.DeployOptions;
import eltdeck.stack.DeployResult;
import eltdeck.stack.DeployRun;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettings;
import eltdeck.store.Database;
import eltdeck.store.DeployHistory;
import eltdeck.store.StackSettingsStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Starts a profile's deploy from the GUI: its own SSH link, as the CLI's {@code eltdeck deploy} does. */
public interface Deployer {
    /** For a window without stack settings at all (view-model tests that do not deploy). */
    Deployer NONE = new Deployer() {
        @Override
        public boolean configured(String profile) {
            return false;
        }

        @Override
        public Deploy prepare(Profile profile, boolean redeploy, DeployListener listener) {
            throw new IllegalStateException("No stack settings");
        }
    };

    /** Whether the profile has stack settings (a database read: call off the UI thread). */
    boolean configured(String profile) throws Exception;

    /** A deploy ready to run; nothing happens until {@link Deploy#run}. */
    Deploy prepare(Profile profile, boolean redeploy, DeployListener listener);

    /** One deploy: {@link #run} blocks until it ends; {@link #cancel} may come from any thread. */
    interface Deploy {
        DeployResult run() throws Exception;

        void cancel();
    }

    /** The app's deployer: the settings and history in the database, the link opened like the GUI's connections. */
    static Deployer using(Database db, SshConnector connector, HostKeyPolicy hostKeys) {
        StackSettingsStore settings = new StackSettingsStore(db);
        DeployHistory history = new DeployHistory(db);
        return new Deployer() {
            @Override
            public boolean configured(String profile) {
                return settings.find(profile).isPresent();
            }

            @Override
            public Deploy prepare(Profile profile, boolean redeploy, DeployListener listener) {
                DeployRun run = new DeployRun(profile.name(), history, listener, Clock.systemUTC());
                return new Deploy() {
                    @Override
                    public DeployResult run() throws Exception {
                        StackSettings stack = settings.get(profile.name());
                        DeployOptions options = run.options(redeploy, Optional.empty(),
                                DeployOptions.DEFAULT_READINESS_TIMEOUT, Duration.ZERO, Optional.empty());
                        try (StackSession session = StackSession.open(connector.connect(profile, hostKeys), stack)) {
                            return run.run(session, options);
                        }
                    }

                    @Override
                    public void cancel() {
                        run.cancel();
                    }
                };
            }
        };
    }
}
