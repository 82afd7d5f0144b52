package eltdeck.ui;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.BuildInfo;
import eltdeck.ui.testsupport.NoKeychain;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Help → About, headless: it names the build as {@code eltdeck --version} does, with the pom's version. */
class AboutThroughUiTest {
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    @Test
    void helpAboutShowsTheVersionAndCommit() throws Exception {
        AppContext context = AppContext.open(dir.resolve("app"), new NoKeychain());
        app = FxToolkit.setupApplication(() -> new EltDeckApp(context));
        FxToolkit.showStage();

        robot.clickOn("Help").clickOn("About ELT Deck");
        await(10, () -> robot.lookup("#about").tryQuery().isPresent());

        DialogPane about = robot.lookup("#about").queryAs(DialogPane.class);
        String header = fx(about::getHeaderText);
        assertThat(header).isEqualTo(BuildInfo.current().describe())
                .startsWith("ELT Deck " + System.getProperty("eltdeck.expected.version") + " (commit ");
        assertThat(fx(about::getContentText)).contains("Java " + System.getProperty("java.version"));
    }
}
