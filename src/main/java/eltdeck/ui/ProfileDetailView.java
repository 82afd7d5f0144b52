package eltdeck.ui;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
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
        getStyleClass().add("detail");
        overview = new OverviewPane(actions);
        failure = new FailurePane(actions);
        hostKeyChanged = new HostKeyChangedPane(actions);
        tunnels = new TunnelTable(actions);
        activity = new ActivityTable(actions);

        SplitPane tables = new SplitPane(section("Tunnels", tunnels), section("Activity", activity));
        tables.setOrientation(Orientation.VERTICAL);
        tables.setDividerPositions(0.6);
        tables.getStyleClass().add("detail-split");
        VBox.setVgrow(tables, Priority.ALWAYS);
        getChildren().setAll(overview, failure, hostKeyChanged, tables);
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
        VBox box = new VBox(8, caption, table);
        box.getStyleClass().add("detail-section");
        return box;
    }
}
