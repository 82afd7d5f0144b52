package eltdeck.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The right side of the main window: the selected profile's overview, failure, tunnels, activity, deploy and .env. */
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
    private final TabPane tabs;
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

        // Tunnels above, the stack's tabs below, the divider between them the user's to move; both give way to an
        // error banner. The tabs start with most of the height: the forms and logs there need it.
        VBox tunnelSection = section("Tunnels", tunnels);
        tunnelSection.setMinHeight(90);
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
        tabs = new TabPane(activityTab, env, deployTab, historyTab, containersTab, flowsTab, runsTab);
        tabs.setId("detail-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(tunnelSection, tabs);
        split.setId("detail-split");
        split.setOrientation(Orientation.VERTICAL);
        split.getStyleClass().add("detail-split");
        // The tunnels start as tall as their rows (at most 40%) and keep their height when the window grows.
        SplitPane.setResizableWithParent(tunnelSection, false);
        split.heightProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number old, Number height) {
                if (height.doubleValue() > 0) {
                    split.heightProperty().removeListener(this);
                    double wanted = tunnelSection.prefHeight(split.getWidth()) + 8;
                    split.setDividerPositions(Math.min(wanted / height.doubleValue(), 0.4));
                }
            }
        });
        VBox.setVgrow(split, Priority.ALWAYS);
        getChildren().setAll(overview, failure, hostKeyChanged, split);
    }

    void show(ProfileViewModel vm) {
        overview.show(vm);
        failure.show(vm);
        hostKeyChanged.show(vm);
        tunnels.show(vm);
        activity.show(vm);
        deploy.show(vm.deploy());
        history.show(vm.deploy());
        containers.show(vm.containers());
        env.show(vm.env());
        flows.show(vm.flows());
        runs.show(vm.runs());
    }

    /** Brings the deploy tab to the front (a deploy was started from the menu or its shortcut). */
    void showDeploy() {
        tabs.getSelectionModel().select(deployTab);
    }

    /** Brings the containers tab to the front. */
    void showContainers() {
        tabs.getSelectionModel().select(containersTab);
    }

    private static VBox section(String title, Node table) {
        Label caption = new Label(title);
        caption.getStyleClass().add(Styles.TITLE_4);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, caption, table);
    }
}
