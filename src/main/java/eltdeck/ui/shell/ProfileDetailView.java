package eltdeck.ui.shell;

import eltdeck.ui.airbyte.AirbyteView;
import eltdeck.ui.common.LazyTab;
import eltdeck.ui.common.Once;
import eltdeck.ui.common.TabFocus;
import eltdeck.ui.containers.ContainersView;
import eltdeck.ui.dbt.DbtView;
import eltdeck.ui.deploy.DeployView;
import eltdeck.ui.deploy.HistoryView;
import eltdeck.ui.env.EnvTabView;
import eltdeck.ui.prefect.FlowsView;
import eltdeck.ui.prefect.RunsView;
import eltdeck.ui.profile.ActivityTable;
import eltdeck.ui.profile.FailureView;
import eltdeck.ui.profile.HostKeyChangedView;
import eltdeck.ui.profile.OverviewView;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The right side of the main window: the selected profile's overview, failure, tunnels, and its tabs (activity to dbt). */
final class ProfileDetailView extends VBox {
    private final OverviewView overview;
    private final FailureView failure;
    private final HostKeyChangedView hostKeyChanged;
    private final TunnelTable tunnels;
    private final ActivityTable activity;
    private final EnvTabView env = new EnvTabView();
    // Built when first brought to the front: the window opens sooner without them.
    private final LazyTab<DeployView> deployTab;
    private final LazyTab<HistoryView> historyTab = LazyTab.of("History", "history-tab", () -> new HistoryView(this::showDeploy));
    private final LazyTab<ContainersView> containersTab = LazyTab.live("Containers", "containers-tab", ContainersView::new,
            ContainersView::liveWhile);
    private final LazyTab<FlowsView> flowsTab = LazyTab.live("Flows", "flows-tab", FlowsView::new,
            FlowsView::liveWhile);
    private final LazyTab<RunsView> runsTab = LazyTab.live("Runs", "runs-tab", RunsView::new,
            RunsView::liveWhile);
    private final LazyTab<AirbyteView> airbyteTab = LazyTab.live("Airbyte", "airbyte-tab", AirbyteView::new,
            AirbyteView::liveWhile);
    private final LazyTab<DbtView> dbtTab = LazyTab.live("dbt", "dbt-tab", DbtView::new,
            DbtView::liveWhile);
    private final TabPane tabs;
    private final Function<ProfileViewModel, ProfileTabs> tabsOf;
    private final TitledPane tunnelSection;
    private final TunnelFold tunnelFold;

    ProfileDetailView(DeckActions actions, Function<ProfileViewModel, ProfileTabs> tabsOf) {
        super(14);
        this.tabsOf = tabsOf;
        setPadding(new Insets(16));
        overview = new OverviewView(actions);
        failure = new FailureView(actions);
        hostKeyChanged = new HostKeyChangedView(actions);
        tunnels = new TunnelTable(actions);
        activity = new ActivityTable(actions);
        deployTab = LazyTab.of("Deploy", "deploy-tab", () -> new DeployView(actions));

        // The tunnel table is as tall as its rows; the tabs take the rest, and give way to an error banner. The tunnels
        // fold away by themselves once every link is up, giving the tabs (graphs, logs) the height.
        // The table goes in the first time the section unfolds: folded (as it is at every start, before a connection)
        // it would still be styled and laid out, a good part of the profile's first frame.
        StackPane tunnelsWhenUnfolded = new StackPane();
        tunnelSection = new TitledPane("Tunnels", tunnelsWhenUnfolded);
        Once.whenTrue(tunnelSection.expandedProperty(), () -> tunnelsWhenUnfolded.getChildren().setAll(tunnels));
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
        deployTab.show(t.deploy(), DeployView::show);
        historyTab.show(t.deploy(), HistoryView::show);
        containersTab.show(t.containers(), ContainersView::show);
        env.show(t.env());
        flowsTab.show(t.flows(), FlowsView::show);
        runsTab.show(t.runs(), RunsView::show);
        airbyteTab.show(t.airbyte(), AirbyteView::show);
        dbtTab.show(t.dbt(), DbtView::show);
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
