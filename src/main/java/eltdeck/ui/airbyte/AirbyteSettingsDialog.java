package eltdeck.ui.airbyte;

import atlantafx.base.theme.Styles;
import eltdeck.airbyte.AirbyteSettings;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.FieldChecks;
import eltdeck.ui.common.Labels;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * How a profile reaches Airbyte: its tunnel to 8001, its tunnel to 8000 with /api, or a URL; the basic-auth proxy's
 * username and password. The password goes to the OS keychain; left blank, the one kept stays.
 */
final class AirbyteSettingsDialog {
    private AirbyteSettingsDialog() {
    }

    static void open(Window owner, AirbyteEndpoint endpoint, java.util.function.Consumer<String> onSaved) {
        AirbyteSettings now = endpoint.settingsProperty().get();
        Dialog<ButtonType> dialog = Dialogs.prepare(new Dialog<>(), owner, "Airbyte credentials", 640);
        dialog.setHeaderText("How this profile reaches Airbyte's API, and who it is there");
        ToggleGroup routes = new ToggleGroup();
        RadioButton via8001 = radio("The profile's tunnel to the VM's port 8001 (Airbyte's API port)", "airbyte-route-8001", routes);
        RadioButton via8000 = radio("The profile's tunnel to the VM's port 8000, path /api (only the web app's port answers)",
                "airbyte-route-8000", routes);
        RadioButton viaUrl = radio("This URL:", "airbyte-route-url", routes);
        TextField url = new TextField(now.url() == null ? "" : now.url().toString());
        url.setId("airbyte-url");
        url.setPromptText("http://127.0.0.1:8001/api");
        url.disableProperty().bind(viaUrl.selectedProperty().not());
        routes.selectToggle(switch (now.route()) {
            case TUNNEL_8001 -> via8001;
            case TUNNEL_8000 -> via8000;
            case URL -> viaUrl;
        });
        TextField user = new TextField(now.username());
        user.setId("airbyte-user");
        PasswordField password = new PasswordField();
        password.setId("airbyte-password");
        password.setPromptText(endpoint.hasPassword() ? "kept; type to replace it" : "Airbyte's default is 'password'");
        Button forget = new Button("Forget password");
        forget.setId("airbyte-forget-password");
        forget.setDisable(!endpoint.hasPassword());
        GridPane grid = Dialogs.formGrid(1);
        grid.addRow(0, Labels.caption("Username"), user);
        grid.addRow(1, Labels.caption("Password"), password, forget);
        // The route and the user are checked as they are typed; Save waits for settings that can be used.
        StringBinding invalid = FieldChecks.problem(() -> settings(via8001, via8000, url, user), routes.selectedToggleProperty(),
                url.textProperty(), user.textProperty());
        FieldChecks checks = new FieldChecks();
        checks.check(url, invalid);
        checks.check(user, invalid);
        // What the server or the keychain said when saving, until the next change.
        StringProperty failure = new SimpleStringProperty("");
        invalid.addListener(o -> failure.set(""));
        Label problem = Labels.paragraph("");
        problem.setId("airbyte-settings-problem");
        problem.textProperty().bind(Bindings.when(invalid.isNotNull()).then(invalid).otherwise(failure));
        problem.getStyleClass().add(Styles.DANGER);
        dialog.getDialogPane().setContent(new VBox(10, via8001, via8000, viaUrl, url, grid,
                Labels.paragraph("The password goes to the OS keychain (for this session only where there is none); never to"
                        + " the database or the log. Airbyte's .env names them BASIC_AUTH_USERNAME and BASIC_AUTH_PASSWORD."),
                problem));
        forget.setOnAction(e -> endpoint.forgetPassword(done -> {
            dialog.close();
            onSaved.accept(done);
        }, failure::set));
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, save);
        dialog.getDialogPane().lookupButton(save).setId("airbyte-settings-save");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(invalid.isNotNull());
        dialog.getDialogPane().lookupButton(save).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            endpoint.save(settings(via8001, via8000, url, user), password.getText(), saved -> {
                dialog.close();
                onSaved.accept(saved);
            }, failure::set);
        });
        dialog.showAndWait();
    }

    /** The settings the fields describe; IllegalArgumentException says what is wrong with them. */
    private static AirbyteSettings settings(RadioButton via8001, RadioButton via8000, TextField url, TextField user) {
        String api = via8001.isSelected() ? "8001" : via8000.isSelected() ? "8000" : url.getText().strip();
        if (api.isEmpty()) {
            throw new IllegalArgumentException("Give the Airbyte API URL, e.g. http://127.0.0.1:8001/api.");
        }
        return AirbyteSettings.parse(api, user.getText());
    }

    private static RadioButton radio(String text, String id, ToggleGroup group) {
        RadioButton radio = new RadioButton(text);
        radio.setId(id);
        radio.setToggleGroup(group);
        return radio;
    }
}
