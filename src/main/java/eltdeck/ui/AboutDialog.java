package eltdeck.ui;

import eltdeck.BuildInfo;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Help → About: which build this is (version and commit, as {@code eltdeck --version} says) and what it runs on. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Window owner) {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        Dialogs.prepare(about, owner, "About ELT Deck", 520);
        about.setHeaderText(BuildInfo.current().describe());
        about.setContentText(text());
        about.getDialogPane().setId("about");
        about.show();
    }

    static String text() {
        return "Deploy and operate a Prefect 1 + Airbyte + dbt stack on one VM.\n\n"
                + "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")\n"
                + "JavaFX " + System.getProperty("javafx.runtime.version");
    }
}
