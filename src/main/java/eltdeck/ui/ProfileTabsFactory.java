package eltdeck.ui;

import eltdeck.tunnel.Activity;
import eltdeck.ui.logs.LogViewModel;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Builds the tab view models of one profile (deploy, containers, .env, Flows, Runs, Airbyte, dbt) over the window's
 * services, and wires what they tell the user. The window shell owns it, so that {@link ProfileViewModel} holds only
 * the profile's own state: the profile, its connection, tunnels and activity.
 */
public final class ProfileTabsFactory {
    private final StackServices services;
    private final TaskRunner tasks;

    public ProfileTabsFactory(StackServices services, TaskRunner tasks) {
        this.services = services;
        this.tasks = tasks;
    }

    /**
     * @param notices where news worth interrupting for is told: a run or deploy that ended
     */
    ProfileTabs create(ProfileViewModel owner, Consumer<String> notices) {
        DeployViewModel deploy = new DeployViewModel(owner::profile, services.deployer(), tasks);
        deploy.resultProperty().addListener((o, was, now) -> {
            if (now == DeployViewModel.Result.SUCCEEDED || now == DeployViewModel.Result.FAILED) {
                notices.accept(owner.name() + ": " + deploy.resultTextProperty().get());
            }
        });
        ContainersViewModel containers = new ContainersViewModel(owner::profile, services.stacks(), new LogViewModel(), tasks);
        EnvEditorViewModel env = new EnvEditorViewModel(owner::profile, services.env(), tasks);
        PrefectEndpoint prefect = new PrefectEndpoint(owner::name, owner.tunnels(), services.prefect(), tasks);
        Consumer<String> notify = message -> {
            owner.record(Activity.Level.INFO, message, "");
            notices.accept(owner.name() + ": " + message);
        };
        RunPages pages = new RunPages(tasks, notify);
        FlowsViewModel flows = new FlowsViewModel(prefect, pages::open, owner::profile, services.prefect(), tasks,
                Clock.systemUTC());
        RunsViewModel runs = new RunsViewModel(prefect, owner::name, services.prefect(), pages::open, notify, tasks);
        AirbyteViewModel airbyte = new AirbyteViewModel(new AirbyteEndpoint(owner::name, owner.tunnels(), services.airbyte(), tasks),
                AirbyteViewModel.JobPageFactory.standard(tasks, notify), notify, tasks);
        DbtViewModel dbt = new DbtViewModel(owner::profile, services.dbt(), new LogViewModel(), tasks);
        return new ProfileTabs(deploy, containers, env, prefect, flows, runs, airbyte, dbt);
    }
}
