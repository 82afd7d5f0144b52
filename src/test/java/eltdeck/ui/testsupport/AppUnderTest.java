package eltdeck.ui.testsupport;

import eltdeck.AppContext;
import eltdeck.ui.shell.EltDeckApp;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The app with its main window, headless, for a test that goes through the window: opened over an {@link AppContext}
 * (or as a test builds it), and quit as the user quits it once the test is done. The test class registers TestFX's
 * primary stage first ({@code FxToolkit.registerPrimaryStage()} in a {@code @BeforeAll}).
 */
public final class AppUnderTest {
    private final FxRobot robot = new FxRobot();
    private Application app;

    /** Opens the window over {@code context}. */
    public void open(AppContext context) throws Exception {
        open(() -> new EltDeckApp(context));
    }

    /** Opens the window of the app {@code newApp} makes (a tray, a browser of the test's own...). */
    public void open(Supplier<Application> newApp) throws Exception {
        app = FxToolkit.setupApplication(newApp::get);
        FxToolkit.showStage();
    }

    /** Opens the window over {@code context} and waits until it shows the profile it selects at start. */
    public void openOn(AppContext context, String profile) throws Exception {
        open(context);
        FxWait.await(20, () -> profile.equals(robot.lookup("#overview-name").queryAs(Label.class).getText()));
    }

    /** The selected profile's tab {@code id} ("env-tab"). */
    public Tab tab(String id) {
        return tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("No tab " + id));
    }

    /** Selects the tab {@code id} as a click on its header does (a window of the app's own may cover the header). */
    public void selectTab(String id) {
        robot.interact(() -> tabs().getSelectionModel().select(tab(id)));
    }

    /** The id of the tab shown now. */
    public String selectedTab() {
        return tabs().getSelectionModel().getSelectedItem().getId();
    }

    private TabPane tabs() {
        return robot.lookup("#detail-tabs").queryAs(TabPane.class);
    }

    /** Quits the app as the user does (its stop() runs) and closes what it left open; nothing if it is not open. */
    public void close() throws Exception {
        if (app != null) {
            Application quitting = app;
            app = null;
            FxToolkit.cleanupApplication(quitting);
            FxToolkit.cleanupStages();
        }
    }
}
