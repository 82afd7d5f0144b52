package eltdeck.ui.env;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.LoadingMask;
import eltdeck.ui.common.Shortcuts;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One profile's {@code .env} editor: Reload, Save and Cancel, the form or the raw text, and the findings beside them.
 * Reloading over unsaved edits asks first; saving shows the change to review; a refused save shows what changed on the VM.
 */
final class EnvEditorView extends VBox {
    private final EnvEditorViewModel vm;

    EnvEditorView(EnvEditorViewModel vm) {
        super(10);
        this.vm = vm;
        setId("env-pane");
        getStyleClass().add("env-pane");

        Button reload = new Button("Reload", new FontIcon(Feather.REFRESH_CW));
        reload.setId("env-reload");
        reload.setTooltip(new Tooltip("Read the .env from the VM again (" + Shortcuts.ENV_RELOAD.getDisplayText() + ")"));
        reload.disableProperty().bind(vm.busyProperty().or(vm.configuredProperty().not()));
        reload.setOnAction(e -> reload());
        Button save = new Button("Save", new FontIcon(Feather.SAVE));
        save.setId("env-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip("Review the changes and write them to the VM (" + Shortcuts.ENV_SAVE.getDisplayText() + ")"));
        save.disableProperty().bind(vm.canSaveProperty().not());
        save.setOnAction(e -> save());
        Button cancel = new Button("Cancel", new FontIcon(Feather.X));
        cancel.setId("env-cancel");
        cancel.visibleProperty().bind(vm.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancelLoad());

        ToggleGroup views = new ToggleGroup();
        ToggleButton formView = new ToggleButton("Form", new FontIcon(Feather.LIST));
        formView.setId("env-show-form");
        formView.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton rawView = new ToggleButton("Raw text", new FontIcon(Feather.FILE_TEXT));
        rawView.setId("env-show-raw");
        rawView.getStyleClass().add(Styles.RIGHT_PILL);
        views.getToggles().setAll(formView, rawView);
        views.selectToggle(formView);
        // One of the two is always on.
        views.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                views.selectToggle(was);
            }
        });
        HBox viewSwitch = new HBox(formView, rawView);

        Label saveHint = new Label();
        saveHint.setId("env-save-hint");
        saveHint.textProperty().bind(vm.saveHintProperty());
        saveHint.getStyleClass().add(Styles.TEXT_MUTED);
        // Errors that block saving show in red: the one thing to act on before Save works.
        vm.blockingErrorsProperty().addListener((o, was, n) -> {
            saveHint.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            saveHint.getStyleClass().add(n.intValue() > 0 ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        ToggleButton revealAll = new ToggleButton();
        revealAll.setId("env-reveal-all");
        revealAll.textProperty().bind(Bindings.when(revealAll.selectedProperty()).then("Hide secrets").otherwise("Reveal secrets"));
        revealAll.graphicProperty().bind(Bindings.createObjectBinding(
                () -> new FontIcon(revealAll.isSelected() ? Feather.EYE_OFF : Feather.EYE), revealAll.selectedProperty()));
        revealAll.setTooltip(new Tooltip("Show every secret value in the form and the raw text (the raw text can be edited only then)"));
        revealAll.selectedProperty().bindBidirectional(vm.revealAllProperty());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox buttons = new HBox(8, reload, save, cancel, viewSwitch, space, saveHint, revealAll);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label settingsHint = Labels.paragraph(vm.settingsHint());
        settingsHint.setId("env-settings-hint");
        settingsHint.getStyleClass().add(Styles.TEXT_MUTED);
        settingsHint.visibleProperty().bind(vm.configuredProperty().not().and(vm.loadedProperty().not()));
        settingsHint.managedProperty().bind(settingsHint.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label status = Labels.paragraph("");
        status.setId("env-status");
        status.textProperty().bind(vm.statusProperty());
        HBox statusLine = new HBox(8, spinner, status);
        statusLine.setAlignment(Pos.CENTER_LEFT);
        // During the first read the masker over the editors says it; the line keeps what came of it.
        statusLine.visibleProperty().bind(vm.statusProperty().isNotEmpty().and(vm.firstReadProperty().not()));
        statusLine.managedProperty().bind(statusLine.visibleProperty());
        Label problem = Labels.paragraph("");
        problem.setId("env-problem");
        problem.setGraphic(new FontIcon(Feather.ALERT_CIRCLE));
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        EnvForm form = new EnvForm(vm);
        EnvRawView raw = new EnvRawView(vm);
        form.visibleProperty().bind(formView.selectedProperty());
        raw.visibleProperty().bind(rawView.selectedProperty());
        StackPane editors = new StackPane(form, raw);
        editors.disableProperty().bind(vm.loadedProperty().not());

        ListView<EnvFindingRow> findings = new ListView<>(vm.findings());
        findings.setId("env-findings");
        findings.setCellFactory(list -> new EnvFindingCell(vm, list));
        Label noFindings = new Label();
        noFindings.textProperty().bind(Bindings.when(vm.loadedProperty())
                .then("No findings: the file passes every check.").otherwise("Nothing loaded yet."));
        findings.setPlaceholder(noFindings);
        findings.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.select(now);
            }
        });
        Label findingsTitle = new Label("Findings");
        findingsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        VBox.setVgrow(findings, Priority.ALWAYS);
        VBox findingsPane = new VBox(6, findingsTitle, findings);
        findingsPane.setMinWidth(280);

        SplitPane body = new SplitPane(editors, findingsPane);
        body.setOrientation(Orientation.HORIZONTAL);
        body.setDividerPositions(0.64);
        SplitPane.setResizableWithParent(findingsPane, false);
        LoadingMask bodyMask = new LoadingMask(body, "Reading the .env from the VM…");
        bodyMask.follow(vm.firstReadProperty());
        bodyMask.visibleProperty().bind(settingsHint.visibleProperty().not());
        VBox.setVgrow(bodyMask, Priority.ALWAYS);
        getChildren().setAll(buttons, settingsHint, statusLine, problem, bodyMask);

        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (Shortcuts.ENV_SAVE.match(e)) {
                e.consume();
                save();
            } else if (Shortcuts.ENV_RELOAD.match(e)) {
                e.consume();
                reload();
            }
        });
        vm.conflictProperty().addListener((o, was, now) -> {
            if (now != null) {
                showConflict();
            }
        });
    }

    private void reload() {
        if (vm.busyProperty().get() || !vm.configuredProperty().get()) {
            return;
        }
        if (!vm.dirtyProperty().get() || Dialogs.confirm(window(), "Reload .env", "Discard your unsaved changes?",
                "Reloading reads " + fileName() + " from the VM again; the changes you made here and did not save are lost.",
                "Discard and reload")) {
            vm.load();
        }
    }

    private void save() {
        if (vm.canSaveProperty().get() && new EnvSaveDialog(window(), vm).showAndWait().orElse(false)) {
            vm.save();
        }
    }

    private void showConflict() {
        boolean reload = new EnvConflictDialog(window(), vm).showAndWait().orElse(false);
        vm.dismissConflict();
        if (reload) {
            vm.load();
        }
    }

    private String fileName() {
        return vm.pathProperty().get().isEmpty() ? "the .env" : vm.pathProperty().get();
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
