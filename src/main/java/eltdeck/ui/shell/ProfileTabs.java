package eltdeck.ui.shell;

import eltdeck.tunnel.Activity;
import eltdeck.ui.airbyte.AirbyteEndpoint;
import eltdeck.ui.airbyte.AirbyteViewModel;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.containers.ContainersViewModel;
import eltdeck.ui.dbt.DbtViewModel;
import eltdeck.ui.deploy.DeployViewModel;
import eltdeck.ui.env.EnvEditorViewModel;
import eltdeck.ui.logs.LogViewModel;
import eltdeck.ui.prefect.FlowsViewModel;
import eltdeck.ui.prefect.PrefectEndpoint;
import eltdeck.ui.prefect.RunPages;
import eltdeck.ui.prefect.RunsViewModel;
import eltdeck.ui.profile.ProfileViewModel;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * The view models of one profile's tabs (deploy, containers, .env, Prefect, Airbyte, dbt), built over the stack
 * services. Wired here, in the shell, so that no feature needs to know another.
 */
public final class ProfileTabs {
    private final DeployViewModel deploy;
    private final ContainersViewModel containers;
    private final EnvEditorViewModel env;
    private final PrefectEndpoint prefect;
    private final FlowsViewModel flows;
    private final RunsViewModel runs;
    private final AirbyteViewModel airbyte;
    private final DbtViewModel dbt;

    /**
     * @param notices where news worth interrupting for is told: a run or deploy that ended
     */
    public ProfileTabs(ProfileViewModel profile, StackServices services, Consumer<String> notices, TaskRunner tasks) {
        deploy = new DeployViewModel(profile::profile, services.deployer(), tasks);
        deploy.resultProperty().addListener((o, was, now) -> {
            if (now == DeployViewModel.Result.SUCCEEDED || now == DeployViewModel.Result.FAILED) {
                notices.accept(profile.name() + ": " + deploy.resultTextProperty().get());
            }
        });
        containers = new ContainersViewModel(profile::profile, services.stacks(), new LogViewModel(), tasks);
        env = new EnvEditorViewModel(profile::profile, services.env(), tasks);
        prefect = new PrefectEndpoint(profile::name, profile.tunnels(), services.prefect(), tasks);
        Consumer<String> notify = message -> {
            profile.record(Activity.Level.INFO, message, "");
            notices.accept(profile.name() + ": " + message);
        };
        RunPages pages = new RunPages(tasks, notify);
        flows = new FlowsViewModel(prefect, pages::open, profile::profile, services.prefect(), tasks, Clock.systemUTC());
        runs = new RunsViewModel(prefect, profile::name, services.prefect(), pages::open, notify, tasks);
        airbyte = new AirbyteViewModel(new AirbyteEndpoint(profile::name, profile.tunnels(), services.airbyte(), tasks),
                AirbyteViewModel.JobPageFactory.standard(tasks, notify), notify, tasks);
        dbt = new DbtViewModel(profile::profile, services.dbt(), new LogViewModel(), tasks);
    }

    /** The dbt tab: the project on the VM, its checks and results, and dbt runs. */
    public DbtViewModel dbt() {
        return dbt;
    }

    /** The profile's deploy panel; it opens its own SSH link, apart from the connection's. */
    public DeployViewModel deploy() {
        return deploy;
    }

    /** The profile's containers and their logs; live over a link of its own while its tab is shown. */
    public ContainersViewModel containers() {
        return containers;
    }

    /** The profile's .env editor; it opens its own SSH link, apart from the connection's. */
    public EnvEditorViewModel env() {
        return env;
    }

    /** Where the profile's Prefect API answers. */
    public PrefectEndpoint prefect() {
        return prefect;
    }

    /** The Flows tab: flows, schedules, runs started from there. */
    public FlowsViewModel flows() {
        return flows;
    }

    /** The Runs tab: recent runs of every flow. */
    public RunsViewModel runs() {
        return runs;
    }

    /** The Airbyte tab: connections, syncs and their jobs. */
    public AirbyteViewModel airbyte() {
        return airbyte;
    }
}
