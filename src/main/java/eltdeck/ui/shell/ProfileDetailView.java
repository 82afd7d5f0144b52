package eltdeck.ui.shell;

import eltdeck.ui.airbyte.AirbytePane;
import eltdeck.ui.common.LazyTab;
import eltdeck.ui.common.TabFocus;
import eltdeck.ui.containers.ContainersPane;
import eltdeck.ui.dbt.DbtPane;
import eltdeck.ui.deploy.DeployPane;
import eltdeck.ui.deploy.HistoryPane;
import eltdeck.ui.env.EnvTab;
import eltdeck.ui.prefect.FlowsPane;
import eltdeck.ui.prefect.RunsPane;
import eltdeck.ui.profile.ActivityTable;
import eltdeck.ui.profile.FailurePane;
import eltdeck.ui.profile.HostKeyChangedPane;
import eltdeck.ui.profile.OverviewPane;
import eltdeck.ui.profile.ProfileViewModel;
import eltdeck.ui.profile.TunnelFold;
import eltdeck.ui.profile.TunnelTable;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The right side of the main window: the selected profile's overview, failure, tunnels, and its tabs (activity to dbt). */
final class ProfileDetailView extends VBox {
    private final OverviewPane overview;
    private final FailurePane failure;
    private final HostKeyChangedPane hostKeyChanged;
    private final TunnelTable tunnels;
    private final ActivityTable activity;
    private final EnvTab env = new EnvTab();
    // Built when first brought to the front: the window opens sooner without them.
    private final LazyTab<DeployPane> deployTab;
    private final LazyTab<HistoryPane> historyTab = LazyTab.of("History", "history-tab", () -> new HistoryPane(this::showDeploy));
    private final LazyTab<ContainersPane> containersTab = LazyTab.live("Containers", "containers-tab", ContainersPane::new,
            ContainersPane::liveWhile);
    private final LazyTab<FlowsPane> flowsTab = LazyTab.live("Flows", "flows-tab", FlowsPane::new,
            FlowsPane::liveWhile);
    private final LazyTab<RunsPane> runsTab = LazyTab.live("Runs", "runs-tab", RunsPane::new,
            RunsPane::liveWhile);
    private final LazyTab<AirbytePane> airbyteTab = LazyTab.live("Airbyte", "airbyte-tab", AirbytePane::new,
            AirbytePane::liveWhile);
    private final LazyTab<DbtPane> dbtTab = LazyTab.live("dbt", "dbt-tab", DbtPane::new,
            DbtPane::liveWhile);
    private final TabPane tabs;
    private final Function<ProfileViewModel, ProfileTabs> tabsOf;
    private final TitledPane tunnelSection;
    private final TunnelFold tunnelFold;

    ProfileDetailView(DeckActions actions, Function<ProfileViewModel, ProfileTabs> tabsOf) {
        super(14);
        this.tabsOf = tabsOf;
        setPadding(new Insets(16));
        overview = new OverviewPane(actions);
        failure = new FailurePane(actions);
        hostKeyChanged = new HostKeyChangedPane(actions);
        tunnels = new TunnelTable(actions);
        activity = new ActivityTable(actions);
        deployTab = LazyTab.of("Deploy", "deploy-tab", () -> new DeployPane(actions));

        // The tunnel table is as tall as its rows; the tabs take the rest, and give way to an error banner. The tunnels
        // fold away by themselves once every link is up, giving the tabs (graphs, logs) the height.
        tunnelSection = new TitledPane("Tunnels", tunnels);
        tunnelFold = new TunnelFold(tunnelSection);
        tunnelSection.setId("tunnels-section");
        tunnelSection.setAnimated(false);
        tunnelSection.setMinHeight(Region.USE_PREF_SIZE);
        activity.setPrefHeight(120);
        Tab activityTab = new Tab("Activity", activity);
        activityTab.setId("activity-tab");
        tabs = new TabPane(activityTab, env, deployTab, historyTab, containersTab, flowsTab, runsTab, airbyteTab,
                dbtTab);
        tabs.setId("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().setAll(overview, failure, hostKeyChanged, tunnelSection, tabs);
    }

    void show(ProfileViewModel vm) {
        overview.show(vm);
        failure.show(vm);
        hostKeyChanged.show(vm);
        tunnels.show(vm);
        tunnelFold.follow(vm);
        activity.show(vm);
        ProfileTabs t = tabsOf.apply(vm);
        deployTab.show(t.deploy(), DeployPane::show);
        historyTab.show(t.deploy(), HistoryPane::show);
        containersTab.show(t.containers(), ContainersPane::show);
        env.show(t.env());
        flowsTab.show(t.flows(), FlowsPane::show);
        runsTab.show(t.runs(), RunsPane::show);
        airbyteTab.show(t.airbyte(), AirbytePane::show);
        dbtTab.show(t.dbt(), DbtPane::show);
        // Read now, not when a tab is first opened: the overview and the getting-started guide show them too.
        t.deploy().refresh();
        t.flows().endpoint().reload();
        t.airbyte().endpoint().reload();
    }

    BooleanProperty tunnelsExpandedProperty() {
        return tunnelSection.expandedProperty();
    }

    /** Brings the deploy tab to the front, the focus on its Deploy button (or Stack settings, before there is a stack). */
    void showDeploy() {
        TabFocus.show(deployTab);
    }

    /** The deploy the menu starts: the Deploy tab comes to the front and the deploy starts once confirmed. */
    void startDeploy() {
        showDeploy();
        deployTab.pane().confirmAndDeploy();
    }

    /** Brings the containers tab to the front, the focus in its table. */
    void showContainers() {
        TabFocus.show(containersTab);
    }

    /** Brings the Airbyte tab to the front, the focus in its connections. */
    void showAirbyte() {
        TabFocus.show(airbyteTab);
    }

    /** Brings the dbt tab to the front, the focus in its models. */
    void showDbt() {
        TabFocus.show(dbtTab);
    }
}
