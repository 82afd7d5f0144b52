package eltdeck.ui.dbt;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import eltdeck.dbt.DbtState;
import eltdeck.dbt.ProjectDirectory;
import eltdeck.logs.LogBuffer;
import eltdeck.profile.Profile;
import eltdeck.stack.DbtRunner;
import eltdeck.ui.common.Dialogs;
import eltdeck.ui.common.TaskRunner;
import eltdeck.ui.logs.LogViewModel;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.MaskerPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The dbt tab in a real stage (headless by default) with reads held until the test lets them go: the masker covers the
 * view while the first read runs, goes when it ends, and stays away while the project shown is read again.
 */
@ExtendWith(ApplicationExtension.class)
class DbtLoadingMaskTest {
    /** One permit lets one read of the reference project through. */
    private final Semaphore reads = new Semaphore(0);
    private DbtViewModel model;

    private final DbtAccess held = new DbtAccess() {
        @Override
        public DbtState read(Profile profile) throws Exception {
            reads.acquire();
            return DbtState.of(ProjectDirectory.reference());
        }

        @Override
        public DbtRunner.Outcome run(Profile profile, DbtRunner.Command command, String selection, Consumer<String> lines,
                                     Consumer<Runnable> cancel) {
            throw new IllegalStateException("a run needs the VM: see DbtThroughUiTest");
        }
    };

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new DbtViewModel(() -> null, held, new LogViewModel(new LogBuffer(), 1000, Runnable::run, Runnable::run,
                ZoneOffset.UTC), TaskRunner.forFx());
        DbtView view = new DbtView();
        view.show(model);
        Scene scene = new Scene(view, 1000, 600);
        scene.getStylesheets().add(Dialogs.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theMaskerShowsWhileTheFirstReadRunsOnlyAndLeavesTheKeyboardFree(FxRobot robot) {
        MaskerPane masker = robot.lookup(".masker-pane").queryAs(MaskerPane.class);
        assertThat(fx(masker::isVisible)).as("nothing read yet, nothing under way").isFalse();

        fx(() -> {
            model.load();
            return null;
        });
        await(5, masker::isVisible);
        assertThat(fx(masker::getText)).isEqualTo("Reading the dbt project…");
        assertThat(fx(() -> list(robot).getItems().isEmpty())).isTrue();
        // Tab moves on while masked: the masker never takes the focus.
        Set<Node> focused = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.TAB);
            focused.add(fx(() -> robot.window(0).getScene().getFocusOwner()));
        }
        assertThat(focused).hasSizeGreaterThan(1).doesNotContain(masker);

        reads.release();
        await(10, () -> !masker.isVisible() && list(robot).getItems().size() == 8);

        // Read again with the project shown: loading, rows still there, never dimmed.
        fx(() -> {
            model.load();
            return null;
        });
        await(5, () -> model.loadingProperty().get());
        assertThat(fx(masker::isVisible)).isFalse();
        assertThat(fx(() -> list(robot).getItems().size())).isEqualTo(8);
        reads.release();
        await(10, () -> !model.loadingProperty().get());
        assertThat(fx(masker::isVisible)).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static ListView<DbtViewModel.NodeRow> list(FxRobot robot) {
        return (ListView<DbtViewModel.NodeRow>) robot.lookup("#dbt-list").queryAs(ListView.class);
    }
}
