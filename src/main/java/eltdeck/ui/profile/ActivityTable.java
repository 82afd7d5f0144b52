package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.tunnel.Activity;
import eltdeck.ui.common.ColumnHeaders;
import eltdeck.ui.common.WrappingTextCell;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What happened to the selected profile's connection, newest first; an error's detail is one click away. */
public final class ActivityTable extends TableView<Activity> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    public ActivityTable(ProfileActions actions) {
        ColumnHeaders.neverCut(this);
        setId("activity-table");
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        setPlaceholder(new Label("Nothing yet: connect to see what happens."));

        TableColumn<Activity, String> time = new TableColumn<>("Time");
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(TIME.format(c.getValue().at())));
        fix(time, 80);
        TableColumn<Activity, Activity.Level> level = new TableColumn<>("Level");
        level.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().level()));
        level.setCellFactory(c -> new LevelCell());
        fix(level, 90);
        TableColumn<Activity, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().message()));
        message.setCellFactory(c -> new WrappingTextCell<>(message));
        TableColumn<Activity, Activity> details = new TableColumn<>("");
        details.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        details.setCellFactory(c -> new DetailsCell(actions));
        details.setSortable(false);
        fix(details, 80);
        getColumns().setAll(List.of(time, level, message, details));
    }

    public void show(ProfileViewModel vm) {
        setItems(vm.activity());
    }

    private static void fix(TableColumn<Activity, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    private static final class LevelCell extends TableCell<Activity, Activity.Level> {
        @Override
        protected void updateItem(Activity.Level level, boolean empty) {
            super.updateItem(level, empty);
            getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
            if (empty || level == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(level.name().charAt(0) + level.name().substring(1).toLowerCase(Locale.ROOT));
            switch (level) {
                case ERROR -> {
                    setGraphic(new FontIcon(Feather.X_CIRCLE));
                    getStyleClass().add(Styles.DANGER);
                }
                case WARN -> {
                    setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
                    getStyleClass().add(Styles.WARNING);
                }
                default -> setGraphic(new FontIcon(Feather.INFO));
            }
        }
    }

    /** A "Details" link where the activity carries technical detail. */
    private static final class DetailsCell extends TableCell<Activity, Activity> {
        private final Hyperlink link = new Hyperlink("Details");
        private final ProfileActions actions;

        DetailsCell(ProfileActions actions) {
            this.actions = actions;
        }

        @Override
        protected void updateItem(Activity a, boolean empty) {
            super.updateItem(a, empty);
            if (empty || a == null || a.detail() == null || a.detail().isBlank()) {
                setGraphic(null);
                return;
            }
            link.setOnAction(e -> actions.showDetails(a.message(), a.detail()));
            setGraphic(link);
        }
    }
}
