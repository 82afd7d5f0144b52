package eltdeck.ui.shell;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Labels;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** First run, no profile yet: one big way in ("Add VM"), and the import for people with an SSH config. */
final class EmptyState extends VBox {
    private final Button add = new Button("Add VM", new FontIcon(Feather.PLUS));

    EmptyState(DeckActions actions) {
        super(18);
        setId("empty-state");
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);

        FontIcon icon = new FontIcon(Feather.SERVER);
        icon.getStyleClass().add("empty-state-icon");
        Label title = new Label("Connect to your ELT VM");
        title.getStyleClass().add(Styles.TITLE_1);
        Label text = Labels.paragraph("Add the cloud VM that runs Prefect and Airbyte. ELT Deck connects over SSH and keeps"
                + " its five tunnels up: Airbyte on 8000 and 8001, Prefect on 8080, 4200 and 4201.");
        text.setTextAlignment(TextAlignment.CENTER);
        text.setMaxWidth(520);
        text.getStyleClass().add(Styles.TEXT_MUTED);

        add.setId("empty-add-vm");
        add.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        add.setDefaultButton(true);
        add.setOnAction(e -> actions.addVm());
        Button importConfig = new Button("Import from ~/.ssh/config", new FontIcon(Feather.DOWNLOAD));
        importConfig.setId("empty-import");
        importConfig.getStyleClass().add(Styles.BUTTON_OUTLINED);
        importConfig.setOnAction(e -> actions.importSshConfig());
        Hyperlink keyFirst = new Hyperlink("No SSH key yet? Generate one first");
        keyFirst.setOnAction(e -> actions.generateKey());

        getChildren().setAll(icon, title, text, add, importConfig, keyFirst);
    }

    void focusAddVm() {
        add.requestFocus();
    }
}
