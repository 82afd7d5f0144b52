package eltdeck.ui.deploy;

import atlantafx.base.theme.Styles;
import eltdeck.stack.DeployRecord;
import eltdeck.ui.common.ColumnHeaders;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Durations;
import eltdeck.ui.common.Labels;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected profile's deploys, newest first, and a rollback to the commit of one of them. */
public final class HistoryView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());
    private final TableView<DeployRecord> table = new TableView<>();
    private final Button rollback = new Button("Roll back to this commit", new FontIcon(Feather.ROTATE_CCW));
    private final Runnable showDeploy;
    private DeployViewModel vm;

    /** @param showDeploy brings the Deploy tab to the front, where the rollback's steps show */
    public HistoryView(Runnable showDeploy) {
        super(10);
        this.showDeploy = showDeploy;
        setId("history-pane");
        table.setId("deploy-history");
        ColumnHeaders.neverCut(table);
        table.getStyleClass().add(Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(Labels.paragraph("No deploys yet."));
        table.getColumns().setAll(List.of(
                column("When", 150, r -> WHEN.format(r.startedAt())),
                column("Commit", 110, r -> r.commit().isEmpty() ? "—" : r.commit().substring(0, Math.min(10, r.commit().length()))),
                column("Result", 100, r -> r.result().toLowerCase(Locale.ROOT) + (r.redeploy() ? " (redeploy)" : "")),
                column("Duration", 80, r -> Durations.seconds(r.duration())),
                column("Who", 90, DeployRecord::who),
                column("Message", 300, DeployRecord::message)));
        table.setRowFactory(t -> new ResultRow());
        VBox.setVgrow(table, Priority.ALWAYS);

        rollback.setId("rollback");
        rollback.setTooltip(new Tooltip("Deploy the selected deploy's commit again; .env, volumes and databases stay as they are"));
        rollback.setOnAction(e -> confirmRollback());
        Label note = new Label("A rollback redeploys the repository only: .env, volumes and databases are not rolled back.");
        note.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bar = new HBox(12, rollback, note);
        bar.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(bar, table);
    }

    public void show(DeployViewModel next) {
        vm = next;
        table.setItems(next.history());
        rollback.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !next.canRollBack(table.getSelectionModel().getSelectedItem()),
                table.getSelectionModel().selectedItemProperty(), next.canDeployProperty()));
    }

    private void confirmRollback() {
        DeployRecord to = table.getSelectionModel().getSelectedItem();
        if (to != null && Dialogs.confirm(getScene().getWindow(), "Roll back", "Roll back " + vm.profileName() + " to "
                + to.commit().substring(0, Math.min(10, to.commit().length())) + "?", DeployViewModel.rollbackWarning(to), "Roll back")) {
            vm.rollback(to);
            showDeploy.run();
        }
    }

    private static TableColumn<DeployRecord, String> column(String title, double width, Function<DeployRecord, String> value) {
        TableColumn<DeployRecord, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    /** Failed deploys stand out. */
    private static final class ResultRow extends TableRow<DeployRecord> {
        @Override
        protected void updateItem(DeployRecord r, boolean empty) {
            super.updateItem(r, empty);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), !empty && r != null && !r.succeeded());
        }
    }
}
