package eltdeck.ui.shell;

import eltdeck.ui.common.Dialogs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Insets;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Help › README: the README shipped inside the application, as text. Markdown is written to read well as plain
 * text, so this needs no browser, no network and no HTML engine in the installed runtime, and works offline.
 */
final class ReadmeView extends BorderPane {
    static final String RESOURCE = "/eltdeck/README.md";

    ReadmeView() {
        TextArea text = Dialogs.readOnlyText("readme-text", 30);
        // The README's lines are broken at 120 columns already: wrapping them again would break them twice.
        text.setWrapText(false);
        text.setText(readme());
        setCenter(text);
        HBox actions = new HBox(Dialogs.copyButton(text::getText));
        actions.setPadding(new Insets(8, 0, 0, 0));
        setBottom(actions);
        setPadding(new Insets(12));
    }

    static String readme() {
        try (InputStream in = ReadmeView.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "This build of ELT Deck has no README inside it (it was not built with Maven). The README.md at"
                        + " the top of the project's source tree is the same text.";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the README inside the application", e);
        }
    }
}
