package eltdeck.ui.shell;

import atlantafx.base.theme.Styles;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.Labels;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Help › About: version, commit, runtimes and where the files are, with Copy for a bug report. */
final class AboutView extends VBox {

    AboutView(AboutInfo info) {
        super(14);
        setId("about");
        setPadding(new Insets(18));
        ImageView icon = new ImageView(new Image(AboutView.class.getResource("/eltdeck/icon.png").toExternalForm(), 48, 48, true, true));
        Label name = new Label(EltDeckApp.TITLE);
        name.getStyleClass().add(Styles.TITLE_3);
        Label build = new Label(info.build().describe());
        build.getStyleClass().add(Styles.TEXT_MUTED);
        HBox header = new HBox(12, icon, new VBox(2, name, build));
        GridPane grid = Dialogs.formGrid(0);
        info.rows().forEach((caption, value) -> {
            Label text = Labels.paragraph(value);
            text.setId("about-" + caption.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            grid.addRow(grid.getRowCount(), Labels.caption(caption), text);
        });
        getChildren().addAll(header, grid, new HBox(Dialogs.copyButton(info::text)));
    }
}
