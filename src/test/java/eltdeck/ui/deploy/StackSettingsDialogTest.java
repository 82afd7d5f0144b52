package eltdeck.ui.deploy;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.ui.testsupport.FormTyping;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The stack settings form marks its problems with ControlsFX's validation decorations, on their fields, as typed. */
class StackSettingsDialogTest {
    private final FxRobot robot = new FxRobot();
    private StackSettingsDialog dialog;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 200, 100));
            stage.show();
        });
        Stage owner = FxToolkit.toolkitContext().getRegisteredStage();
        robot.interact(() -> {
            dialog = new StackSettingsDialog(owner, "vm", new StackSettingsForm(Optional.empty()));
            dialog.show();
        });
    }

    @AfterEach
    void close() throws Exception {
        robot.interact(() -> dialog.close());
        FxToolkit.cleanupStages();
    }

    @Test
    void anInvalidFieldIsDecoratedUntilItIsFixed() {
        // The empty repository is marked as soon as the form shows; a wrong dbt directory joins it as it is typed.
        await(10, () -> decorated("#stack-repository"));
        FormTyping.type(robot, "#stack-dbt-container-dir", "root/dbt");
        await(10, () -> decorated("#stack-dbt-container-dir"));
        assertThat(fx(() -> decorated("#stack-repository"))).isTrue();
        assertThat(fx(() -> problem("#stack-dbt-container-dir-problem"))).contains("absolute path");
        assertThat(fx(this::signsShown)).isEqualTo(2);
        assertThat(fx(() -> robot.lookup("#stack-save").query().isDisabled())).isTrue();

        // Fixed, the field loses its frame, its sign and its message; the other problem stays where it is.
        FormTyping.type(robot, "#stack-dbt-container-dir", "/root/dbt");
        await(10, () -> !decorated("#stack-dbt-container-dir"));
        assertThat(fx(() -> field("#stack-dbt-container-dir").getStyleClass())).doesNotContain("error");
        assertThat(fx(() -> robot.lookup("#stack-dbt-container-dir-problem").query().isVisible())).isFalse();
        assertThat(fx(() -> decorated("#stack-repository"))).isTrue();
        assertThat(fx(this::signsShown)).isEqualTo(1);

        FormTyping.type(robot, "#stack-repository", "acme/elt-stack");
        await(10, () -> !decorated("#stack-repository"));
        await(10, () -> !robot.lookup("#stack-save").query().isDisabled());
    }

    /** The field carries ControlsFX's error style class and its graphic decoration (the sign in its corner). */
    private boolean decorated(String query) {
        Control field = field(query);
        List<Decoration> decorations = Decorator.getDecorations(field);
        return field.getStyleClass().contains("error") && decorations != null
                && decorations.stream().anyMatch(GraphicDecoration.class::isInstance);
    }

    private int signsShown() {
        return robot.lookup(".field-error-sign").queryAll().size();
    }

    private Control field(String query) {
        return robot.lookup(query).queryAs(Control.class);
    }

    private String problem(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
