package eltdeck.ui.profile;

import atlantafx.base.theme.Styles;
import eltdeck.profile.Profile;
import eltdeck.ui.common.ColumnHeaders;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.HomePaths;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.WrappingTextCell;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Lists the hosts of an OpenSSH config with checkboxes and imports the ticked ones as profiles. */
public final class ImportDialog extends Dialog<Void> {
    static final ButtonType IMPORT = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);

    private boolean done;

    public ImportDialog(Window owner, ImportViewModel vm) {
        Dialogs.prepare(this, owner, "Import from SSH config", 1020);
        setHeaderText("Import hosts from your SSH config");
        setGraphic(new FontIcon(Feather.DOWNLOAD));

        TextField file = new TextField();
        file.setId("import-file");
        file.textProperty().bindBidirectional(vm.fileProperty());
        file.setOnAction(e -> vm.load());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> chooseFile(vm));
        Button reload = new Button("Read", new FontIcon(Feather.REFRESH_CW));
        reload.setOnAction(e -> vm.load());
        HBox fileRow = new HBox(8, Labels.caption("Config file"), file, choose, reload);
        fileRow.setAlignment(Pos.CENTER_LEFT);

        TableView<ImportCandidate> table = new TableView<>(vm.candidates());
        table.setId("import-table");
        ColumnHeaders.neverCut(table);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No hosts to show"));
        TableColumn<ImportCandidate, Boolean> tick = new TableColumn<>("Import");
        tick.setCellValueFactory(c -> c.getValue().selectedProperty());
        tick.setCellFactory(CheckBoxTableCell.forTableColumn(tick));
        tick.setEditable(true);
        tick.setMaxWidth(70);
        tick.setMinWidth(70);
        table.getColumns().add(tick);
        table.getColumns().add(textColumn("Name", 120, Profile::name));
        table.getColumns().add(textColumn("Destination", 200, Profile::destination));
        table.getColumns().add(textColumn("Identity file", 160, p -> HomePaths.shorten(p.identityFile())));
        table.getColumns().add(textColumn("Jump host", 140, p -> p.jump() == null ? "" : p.jump().toString()));
        TableColumn<ImportCandidate, String> note = new TableColumn<>("Note");
        note.setCellValueFactory(c -> c.getValue().noteProperty());
        note.setCellFactory(c -> new WrappingTextCell<>(note));
        note.setMinWidth(240);
        table.getColumns().add(note);
        VBox.setVgrow(table, Priority.ALWAYS);
        // Notes arrive after an import; the rows must be measured again to show them wrapped.
        vm.busyProperty().addListener((o, was, busy) -> {
            if (!busy) {
                table.refresh();
            }
        });

        Label message = Labels.paragraph("");
        message.getStyleClass().add(Styles.WARNING);
        message.textProperty().bind(vm.messageProperty());

        VBox content = new VBox(12, fileRow, table, message);
        content.setPrefHeight(440);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE, IMPORT);
        Button importButton = (Button) getDialogPane().lookupButton(IMPORT);
        importButton.getStyleClass().add(Styles.ACCENT);
        importButton.disableProperty().bind(vm.busyProperty());
        importButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (!done) {
                event.consume();
                vm.importSelected(() -> {
                    done = true;
                    importButton.fire();
                });
            }
        });
        vm.load();
    }

    private static TableColumn<ImportCandidate, String> textColumn(String title, double width, Function<Profile, String> value) {
        TableColumn<ImportCandidate, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue().profile())));
        column.setPrefWidth(width);
        return column;
    }

    private void chooseFile(ImportViewModel vm) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose an SSH config file");
        Path current = HomePaths.expand(vm.fileProperty().get());
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (chosen != null) {
            vm.fileProperty().set(HomePaths.shorten(chosen.toPath()));
            vm.load();
        }
    }
}
