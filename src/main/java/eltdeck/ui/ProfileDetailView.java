package eltdeck.ui;

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
    private final DeployPane deploy;
    private final HistoryPane history;
    private final ContainersPane containers = new ContainersPane();
    private final Tab containersTab = new Tab("Containers", containers);
    private final EnvTab env = new EnvTab();
    private final FlowsPane flows = new FlowsPane();
    private final RunsPane runs = new RunsPane();
    private final AirbytePane airbyte = new AirbytePane();
    private final DbtPane dbt = new DbtPane();
    private final Tab dbtTab = new Tab("dbt", dbt);
    private final Tab airbyteTab;
    private final TabPane tabs;
    private final TitledPane tunnelSection;
    private final TunnelFold tunnelFold;
    private final Tab deployTab;

    ProfileDetailView(DeckActions actions) {
        super(14);
        setPadding(new Insets(16));
        overview = new OverviewPane(actions);
        failure = new FailurePane(actions);
        hostKeyChanged = new HostKeyChangedPane(actions);
        tunnels = new TunnelTable(actions);
        activity = new ActivityTable(actions);
        deploy = new DeployPane(actions);
        history = new HistoryPane(this::showDeploy);

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
        deployTab = new Tab("Deploy", deploy);
        deployTab.setId("deploy-tab");
        Tab historyTab = new Tab("History", history);
        historyTab.setId("history-tab");
        containersTab.setId("containers-tab");
        containers.liveWhile(containersTab.selectedProperty());
        Tab flowsTab = new Tab("Flows", flows);
        flowsTab.setId("flows-tab");
        flows.liveWhile(flowsTab.selectedProperty());
        Tab runsTab = new Tab("Runs", runs);
        runsTab.setId("runs-tab");
        runs.liveWhile(runsTab.selectedProperty());
        airbyteTab = new Tab("Airbyte", airbyte);
        airbyteTab.setId("airbyte-tab");
        airbyte.liveWhile(airbyteTab.selectedProperty());
        dbtTab.setId("dbt-tab");
        dbt.liveWhile(dbtTab.selectedProperty());
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
        deploy.show(vm.deploy());
        history.show(vm.deploy());
        containers.show(vm.containers());
        env.show(vm.env());
        flows.show(vm.flows());
        runs.show(vm.runs());
        airbyte.show(vm.airbyte());
        dbt.show(vm.dbt());
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
        deploy.confirmAndDeploy();
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
