package eltdeck.ui.testsupport;

import eltdeck.airbyte.AirbyteSettings;
import eltdeck.dbt.DbtState;
import eltdeck.env.EnvText;
import eltdeck.prefect.GraphQlClient;
import eltdeck.profile.GitTokens;
import eltdeck.profile.Profile;
import eltdeck.profile.Secrets;
import eltdeck.secret.Secret;
import eltdeck.stack.DbtRunner;
import eltdeck.stack.DeployKey;
import eltdeck.stack.DeployListener;
import eltdeck.stack.DeployRecord;
import eltdeck.stack.FlowRegistration;
import eltdeck.stack.StackSettings;
import eltdeck.ui.airbyte.AirbyteAccess;
import eltdeck.ui.common.Notices;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.containers.StackConnector;
import eltdeck.ui.dbt.DbtAccess;
import eltdeck.ui.deploy.Deployer;
import eltdeck.ui.env.EnvAccess;
import eltdeck.ui.env.EnvDocument;
import eltdeck.ui.prefect.PrefectAccess;
import eltdeck.ui.profile.ProfileViewModel;
import eltdeck.ui.profile.SupervisorFactory;
import eltdeck.ui.shell.MainViewModel;
import eltdeck.ui.shell.StackServices;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Stack services for view models under test that have no stack: nothing is configured, reads find nothing, and
 * anything that would reach a VM, a database or a keychain says it cannot.
 */
public final class NoStack {
    public static final Deployer DEPLOYER = new Deployer() {
        @Override
        public Optional<StackSettings> settings(String profile) {
            return Optional.empty();
        }

        @Override
        public void saveSettings(String profile, StackSettings settings) {
            throw new IllegalStateException("No database");
        }

        @Override
        public Deployer.Deploy prepare(Profile profile, Deployer.Request request, DeployListener listener) {
            throw new IllegalStateException("No stack settings");
        }

        @Override
        public List<DeployRecord> history(String profile) {
            return List.of();
        }

        @Override
        public DeployKey.Setup deployKey(Profile profile) {
            throw new IllegalStateException("No stack settings");
        }

        @Override
        public GitTokens tokens() {
            return new GitTokens(Secrets.none());
        }
    };

    public static final StackConnector STACKS = profile -> {
        throw new IllegalStateException("No stack connections here");
    };

    public static final EnvAccess ENV = new EnvAccess() {
        @Override
        public boolean configured(String profile) {
            return false;
        }

        @Override
        public EnvAccess.Call<EnvDocument> load(Profile profile) {
            throw new IllegalStateException("No stack settings");
        }

        @Override
        public EnvAccess.Call<EnvAccess.SaveOutcome> save(Profile profile, EnvDocument loaded, EnvText text) {
            throw new IllegalStateException("No stack settings");
        }
    };

    public static final PrefectAccess PREFECT = new PrefectAccess() {
        @Override
        public Optional<URI> apiUrl(String profile) {
            return Optional.empty();
        }

        @Override
        public void setApiUrl(String profile, Optional<URI> url) {
            throw new IllegalStateException("No database to store the Prefect API URL in");
        }

        @Override
        public boolean alertsFailedRuns(String profile) {
            return false;
        }

        @Override
        public void setAlertsFailedRuns(String profile, boolean on) {
            throw new IllegalStateException("No database to store the choice in");
        }

        @Override
        public List<String> flowFiles(Profile profile) {
            throw new IllegalStateException("No VM to list flow files on");
        }

        @Override
        public List<FlowRegistration.Outcome> register(Profile profile, GraphQlClient api, List<String> files,
                                                       Consumer<String> output) {
            throw new IllegalStateException("No VM to register flows on");
        }
    };

    public static final AirbyteAccess AIRBYTE = new AirbyteAccess() {
        @Override
        public AirbyteSettings settings(String profile) {
            return AirbyteSettings.DEFAULT;
        }

        @Override
        public void setSettings(String profile, AirbyteSettings settings) {
            throw new IllegalStateException("No database to store the Airbyte settings in");
        }

        @Override
        public Optional<Secret> password(String profile) {
            return Optional.empty();
        }

        @Override
        public boolean setPassword(String profile, Secret password) {
            throw new IllegalStateException("No keychain to keep the Airbyte password in");
        }

        @Override
        public void forgetPassword(String profile) {
            // Nothing is kept.
        }
    };

    public static final DbtAccess DBT = new DbtAccess() {
        @Override
        public DbtState read(Profile profile) {
            throw new IllegalStateException("No stack here");
        }

        @Override
        public DbtRunner.Outcome run(Profile profile, DbtRunner.Command command, String selection, Consumer<String> lines,
                                     Consumer<Runnable> cancel) {
            throw new IllegalStateException("No stack here");
        }
    };

    public static final StackServices SERVICES = new StackServices(DEPLOYER, STACKS, ENV, PREFECT, AIRBYTE, DBT);

    private NoStack() {
    }

    /** A profile's view model without a stack, whose notices go nowhere. */
    public static ProfileViewModel profile(Profile profile, SupervisorFactory supervisors, TaskRunner tasks) {
        return new ProfileViewModel(profile, supervisors, message -> { }, tasks);
    }

    /** The main view model of profiles without a stack. */
    public static MainViewModel main(eltdeck.profile.ProfileStore store, SupervisorFactory supervisors, TaskRunner tasks,
                              Notices notices) {
        return new MainViewModel(store, supervisors, SERVICES, tasks, notices);
    }
}
