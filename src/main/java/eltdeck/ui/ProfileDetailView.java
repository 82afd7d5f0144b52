package eltdeck.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The right side of the main window: the selected profile's overview, failure, tunnels and activity. */
final class ProfileDetailView extends VBox {
    private final OverviewPane overview;
    private final FailurePane failure;
    private final HostKeyChangedPane hostKeyChanged;
    private final TunnelTable tunnels;
    private final ActivityTable activity;

    ProfileDetailView(DeckActions actions) {
        super(14);
        setPadding(new Insets(16));
        overview = new OverviewPane(actions);
        failure = new FailurePane(actions);
        hostKeyChanged = new HostKeyChangedPane(actions);
        tunnels = new TunnelTable(actions);
        activity = new ActivityTable(actions);

        // The tunnel table is as tall as its rows; the activity gets the rest, and gives way to an error banner.
        VBox tunnelSection = section("Tunnels", tunnels);
        tunnelSection.setMinHeight(Region.USE_PREF_SIZE);
        VBox activitySection = section("Activity", activity);
        VBox.setVgrow(activitySection, Priority.ALWAYS);
        activity.setPrefHeight(120);
        getChildren().setAll(overview, failure, hostKeyChanged, tunnelSection, activitySection);
    }

    void show(ProfileViewModel vm) {
        overview.show(vm);
        failure.show(vm);
        hostKeyChanged.show(vm);
        tunnels.show(vm);
        activity.show(vm);
    }

    private static VBox section(String title, Node table) {
        Label caption = new Label(title);
        caption.getStyleClass().add(Styles.TITLE_4);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(8, caption, table);
    }
}
