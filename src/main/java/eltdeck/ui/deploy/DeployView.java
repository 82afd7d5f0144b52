package eltdeck.ui.deploy;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import eltdeck.ui.common.Shortcuts;
import eltdeck.ui.common.TabFocus;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The selected profile's deploy: Deploy, Redeploy and Cancel, the steps with their state, and a step's output. */
public final class DeployView extends VBox {
    private final ObjectProperty<DeployViewModel> vm = new SimpleObjectProperty<>(this, "vm");
    private final Button deploy = new Button("Deploy", new FontIcon(Feather.UPLOAD_CLOUD));
    private final Button redeploy = new Button("Redeploy", new FontIcon(Feather.REFRESH_CW));
    private final Button cancel = new Button("Cancel", new FontIcon(Feather.X));
    private final Spinner<Integer> timeout = new Spinner<>(1, 60, 5);
    private final Button stackSettings = new Button("Stack settings…", new FontIcon(Feather.SETTINGS));
    private final Button access = new Button("Repository access…", new FontIcon(Feather.LOCK));
    private final Button createTenant = new Button("Create the default tenant and deploy", new FontIcon(Feather.PLUS_CIRCLE));
    private final DeployActions actions;
    private final Label settingsHint = Labels.paragraph("");
    private final ListView<DeployStepRow> steps = new ListView<>();
    private final TextArea output = new TextArea();
    private final Label result = Labels.paragraph("");
    private final Label resultHint = Labels.paragraph("");
    private final ChangeListener<DeployStepRow> currentChanged = (o, was, row) -> {
        if (row != null) {
            steps.getSelectionModel().select(row);
        }
    };
    private final InvalidationListener resultChanged = o -> styleResult();
    /** Deploy and Cancel swap as a deploy starts and ends: the focus follows to the one shown, not to the next field. */
    private final InvalidationListener runningChanged = o -> {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        if (focused == null || isInside(focused) || focused.isDisabled() || !focused.isVisible()) {
            Platform.runLater(() -> TabFocus.focusInto(this));
        }
    };

    public DeployView(DeployActions actions) {
        super(10);
        this.actions = actions;
        setId("deploy-pane");
        getStyleClass().add("deploy-pane");
        deploy.setId("deploy");
        deploy.getStyleClass().addAll(Styles.ACCENT, TabFocus.TARGET);
        deploy.setTooltip(new Tooltip("Deploy the stack: lock, repository, .env check, compose config, pull and up,"
                + " readiness, record, unlock (" + Shortcuts.DEPLOY.getDisplayText() + ")"));
        redeploy.setId("redeploy");
        redeploy.setTooltip(new Tooltip("Deploy and recreate every container, changed or not"));
        cancel.setId("deploy-cancel");
        cancel.getStyleClass().add(TabFocus.TARGET);
        cancel.managedProperty().bind(cancel.visibleProperty());
        settingsHint.setId("deploy-settings-hint");
        settingsHint.getStyleClass().add(Styles.TEXT_MUTED);
        settingsHint.managedProperty().bind(settingsHint.visibleProperty());
        result.setId("deploy-result");
        result.managedProperty().bind(result.visibleProperty());
        resultHint.setId("deploy-result-hint");
        resultHint.managedProperty().bind(resultHint.visibleProperty());

        timeout.setId("deploy-timeout");
        timeout.setEditable(true);
        timeout.setPrefWidth(80);
        timeout.setTooltip(new Tooltip("How long the readiness gate waits for the agent, the Prefect API and the UI"));
        Label timeoutLabel = new Label("Readiness timeout");
        timeoutLabel.setLabelFor(timeout);
        stackSettings.setId("stack-settings");
        stackSettings.getStyleClass().add(TabFocus.TARGET);
        stackSettings.setTooltip(new Tooltip("The repository, branch and directories of this profile's stack"));
        access.setId("repository-access");
        access.setTooltip(new Tooltip("A git token or the VM's deploy key, for a private repository"));
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox buttons = new HBox(8, deploy, redeploy, cancel, space, timeoutLabel, timeout, new Label("min"), stackSettings, access);
        buttons.setAlignment(Pos.CENTER_LEFT);

        steps.setId("deploy-steps");
        steps.setCellFactory(v -> new StepCell());
        steps.getStyleClass().add(Styles.DENSE);
        steps.setPrefWidth(240);
        steps.setMinWidth(200);
        output.setId("deploy-output");
        output.setEditable(false);
        output.setWrapText(false);
        output.getStyleClass().add("mono");
        output.setPromptText("The selected step's output shows here.");
        HBox.setHgrow(output, Priority.ALWAYS);
        HBox body = new HBox(10, steps, output);
        VBox.setVgrow(body, Priority.ALWAYS);
        body.setPrefHeight(160);
        createTenant.setId("deploy-create-tenant");
        createTenant.managedProperty().bind(createTenant.visibleProperty());
        createTenant.setTooltip(new Tooltip("What `prefect server create-tenant` does: the agent can then register"));
        getChildren().setAll(buttons, settingsHint, result, resultHint, createTenant, body);

        vm.addListener((o, old, now) -> bind(old, now));
        timeout.valueProperty().addListener((o, was, minutes) -> {
            if (minutes != null && vm.get() != null) {
                vm.get().readinessMinutesProperty().set(minutes);
            }
        });
        steps.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> showOutput(now));
    }

    public void show(DeployViewModel next) {
        vm.set(next);
    }

    private void bind(DeployViewModel old, DeployViewModel now) {
        if (old != null) {
            old.currentProperty().removeListener(currentChanged);
            old.resultProperty().removeListener(resultChanged);
            old.runningProperty().removeListener(runningChanged);
        }
        timeout.getValueFactory().setValue(now.readinessMinutesProperty().get());
        timeout.disableProperty().bind(now.runningProperty());
        stackSettings.disableProperty().bind(now.runningProperty());
        stackSettings.setOnAction(e -> actions.stackSettings(now));
        access.disableProperty().bind(now.runningProperty());
        createTenant.visibleProperty().bind(now.tenantMissingProperty());
        createTenant.setOnAction(e -> now.deployCreatingTenant());
        access.setOnAction(e -> new RepositoryAccessDialog(getScene().getWindow(), now, actions::openInBrowser).show());
        deploy.disableProperty().bind(now.canDeployProperty().not());
        redeploy.disableProperty().bind(now.canDeployProperty().not());
        deploy.setOnAction(e -> confirmAndDeploy());
        redeploy.setOnAction(e -> confirm(now, true, now::redeploy));
        cancel.setOnAction(e -> now.cancel());
        cancel.visibleProperty().bind(now.runningProperty());
        now.runningProperty().addListener(runningChanged);
        cancel.disableProperty().bind(now.cancellingProperty());
        settingsHint.setText(now.settingsHint());
        settingsHint.visibleProperty().bind(now.configuredProperty().not().and(now.runningProperty().not()));
        result.textProperty().bind(now.resultTextProperty());
        result.visibleProperty().bind(now.resultTextProperty().isNotEmpty());
        resultHint.textProperty().bind(Bindings.concat("Hint: ", now.resultHintProperty()));
        resultHint.visibleProperty().bind(now.resultHintProperty().isNotEmpty());
        now.resultProperty().addListener(resultChanged);
        styleResult();
        steps.setItems(now.steps());
        now.currentProperty().addListener(currentChanged);
        DeployStepRow current = now.currentProperty().get();
        if (current != null) {
            steps.getSelectionModel().select(current);
        } else {
            steps.getSelectionModel().clearSelection();
        }
        showOutput(steps.getSelectionModel().getSelectedItem());
    }

    /** Deploys once the user confirmed (a deploy changes the running stack); nothing without a stack to deploy. */
    public void confirmAndDeploy() {
        DeployViewModel now = vm.get();
        if (now != null && now.canDeployProperty().get()) {
            confirm(now, false, now::deploy);
        }
    }

    private void confirm(DeployViewModel model, boolean recreate, Runnable start) {
        String what = recreate ? "Redeploy" : "Deploy";
        if (Dialogs.confirm(getScene().getWindow(), what, what + " " + model.profileName() + " now?",
                model.confirmation(recreate), what)) {
            start.run();
        }
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private void styleResult() {
        DeployViewModel model = vm.get();
        result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
        resultHint.getStyleClass().removeAll(Styles.DANGER);
        switch (model.resultProperty().get()) {
            case SUCCEEDED -> result.getStyleClass().add(Styles.SUCCESS);
            case FAILED -> {
                result.getStyleClass().add(Styles.DANGER);
                resultHint.getStyleClass().add(Styles.DANGER);
            }
            case CANCELLED -> result.getStyleClass().add(Styles.WARNING);
            default -> { }
        }
    }

    private void showOutput(DeployStepRow row) {
        output.textProperty().unbind();
        if (row == null) {
            output.setText("");
        } else {
            output.textProperty().bind(Bindings.createStringBinding(() -> row.outputProperty().get()
                    + (row.hintProperty().get().isEmpty() ? "" : "\n\nhint: " + row.hintProperty().get()),
                    row.outputProperty(), row.hintProperty()));
            // The last line's start: the bottom of the output, scrolled fully left.
            output.positionCaret(output.getText().lastIndexOf('\n') + 1);
            output.setScrollTop(Double.MAX_VALUE);
        }
    }

    /** Icon (a spinner while running), the step's name, its duration. */
    private static final class StepCell extends ListCell<DeployStepRow> {
        private final Label name = new Label();
        private final Label duration = new Label();
        private final HBox box;

        StepCell() {
            Region space = new Region();
            HBox.setHgrow(space, Priority.ALWAYS);
            duration.getStyleClass().add(Styles.TEXT_MUTED);
            box = new HBox(8, new Region(), name, space, duration);
            box.setAlignment(Pos.CENTER_LEFT);
            getStyleClass().add("deploy-step");
        }

        @Override
        protected void updateItem(DeployStepRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                return;
            }
            setId("deploy-step-" + row.step().name().toLowerCase(java.util.Locale.ROOT));
            name.setText(row.label());
            duration.setText(row.durationProperty().get());
            box.getChildren().set(0, icon(row.state()));
            getProperties().put("state", row.state());
            setAccessibleText(row.label() + ", " + row.state().name().toLowerCase(java.util.Locale.ROOT));
            setGraphic(box);
            setText(null);
        }

        private static Node icon(DeployStepRow.State state) {
            if (state == DeployStepRow.State.RUNNING) {
                ProgressIndicator spinner = new ProgressIndicator();
                spinner.setPrefSize(16, 16);
                spinner.setMaxSize(16, 16);
                return spinner;
            }
            FontIcon icon = new FontIcon(switch (state) {
                case SUCCEEDED -> Feather.CHECK_CIRCLE;
                case FAILED -> Feather.X_CIRCLE;
                case CANCELLED -> Feather.SLASH;
                case SKIPPED -> Feather.MINUS_CIRCLE;
                default -> Feather.CIRCLE;
            });
            icon.getStyleClass().addAll("deploy-step-icon", "deploy-step-" + state.name().toLowerCase(java.util.Locale.ROOT));
            Tooltip.install(icon, new Tooltip(state.name().toLowerCase(java.util.Locale.ROOT)));
            return icon;
        }
    }
}
