package eltdeck.ui.prefect;

import atlantafx.base.theme.Styles;
import eltdeck.prefect.GraphQlClient;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.FieldChecks;
import eltdeck.ui.common.Labels;
import javafx.beans.binding.StringBinding;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Sets the Prefect API URL of a profile (kept in the database), or clears it to use the 4200 tunnel again. */
final class ApiUrlDialog {
    private ApiUrlDialog() {
    }

    static void open(Window owner, PrefectEndpoint endpoint) {
        Dialog<ButtonType> dialog = Dialogs.prepare(new Dialog<>(), owner, "Prefect API URL", 600);
        dialog.setHeaderText("Where this profile's Prefect 1 API answers");
        TextField url = new TextField(endpoint.overrideProperty().get() == null ? "" : endpoint.overrideProperty().get().toString());
        url.setId("api-url");
        url.setPromptText("blank: the local end of the profile's tunnel to port 4200");
        Label problem = Labels.paragraph("");
        problem.setId("api-url-problem");
        problem.getStyleClass().add(Styles.DANGER);
        // The URL is checked as it is typed; Save waits for one that can be used (or a blank).
        StringBinding invalid = FieldChecks.problem(() -> {
            if (!url.getText().isBlank()) {
                GraphQlClient.url(url.getText().strip());
            }
        }, url.textProperty());
        dialog.getDialogPane().setContent(new VBox(10, Labels.paragraph("Leave it blank to reach the API through the"
                + " profile's tunnel to the VM's port 4200 (it must be connected). Set a URL such as"
                + " http://127.0.0.1:4200/graphql to use another way in. The command line's Prefect verbs use the same"
                + " setting (eltdeck prefect config)."), new FieldChecks().withMessage(url, invalid), problem));
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);
        dialog.getDialogPane().lookupButton(save).setId("api-url-save");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(invalid.isNotNull());
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            endpoint.setOverride(url.getText(), dialog::close, problem::setText);
        });
        dialog.showAndWait();
    }
}
