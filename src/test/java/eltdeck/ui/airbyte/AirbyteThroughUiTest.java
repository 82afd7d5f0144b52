package eltdeck.ui.airbyte;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.airbyte.AirbyteClient;
import eltdeck.airbyte.AirbyteConnection;
import eltdeck.airbyte.AirbyteCredentials;
import eltdeck.airbyte.AirbyteSettings;
import eltdeck.airbyte.AirbyteSettingsStore;
import eltdeck.airbyte.SyncJob;
import eltdeck.airbyte.SyncJobs;
import eltdeck.airbyte.emulator.AirbyteEmulator;
import eltdeck.airbyte.emulator.AirbyteReference;
import eltdeck.airbyte.emulator.JobScript;
import eltdeck.profile.Profile;
import eltdeck.secret.Secret;
import eltdeck.ui.testsupport.AppUnderTest;
import eltdeck.ui.testsupport.MemoryKeychain;
import eltdeck.ui.testsupport.ScreenshotHold;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Airbyte tab through the window, headless, against the Airbyte emulator (the profile's API URL points at it,
 * every request checked against the 0.40.32 spec): credentials asked for and kept in the keychain, connections listed,
 * Sync now followed to success on the job page with its logs, the 409 path, and cancel.
 */
class AirbyteThroughUiTest {
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private AirbyteEmulator emulator;
    private MemoryKeychain keychain;
    private final AppUnderTest app = new AppUnderTest();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        emulator = AirbyteEmulator.start(AirbyteReference.requireSpec(AirbyteReference.V0_40_32), 0);
        keychain = new MemoryKeychain();
        AppContext context = AppContext.open(dir.resolve("app"), keychain);
        context.profiles().add(Profile.of("vm", "vm.example.com", "deck"));
        new AirbyteSettingsStore(context.database()).set("vm", AirbyteSettings.parse(emulator.apiUrl(), "airbyte"));
        app.openOn(context, "vm");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        await(10, () -> "airbyte-tab".equals(app.selectedTab()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        if (emulator != null) {
            assertThat(emulator.violations()).as("requests the spec refuses").isEmpty();
            emulator.close();
        }
    }

    @Test
    void credentialsThenSyncFollowedToSuccessThenTheRunningJobFollowedAndCancelled() throws Exception {
        // Not connected, the tunnels are folded away: the tab has the window's height for its two tables.
        assertThat(fx(() -> robot.lookup("#tunnels-section").queryAs(TitledPane.class).isExpanded())).isFalse();
        // No password yet: the proxy's 401 is said plainly, with what to do.
        await(20, () -> text("#airbyte-error").contains("asks for a username and password (basic auth of the proxy"));
        assertThat(text("#airbyte-error")).contains("Use Credentials… to set them.");
        robot.clickOn("#airbyte-credentials");
        await(10, () -> robot.lookup("#airbyte-password").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#airbyte-password").queryAs(PasswordField.class).setText(AirbyteEmulator.PASSWORD));
        robot.clickOn("#airbyte-settings-save");
        await(20, () -> connections().getItems().size() == 3);
        assertThat(keychain.entries()).containsEntry("airbyte-password:vm", AirbyteEmulator.PASSWORD);
        assertThat(text("#airbyte-server")).isEqualTo("Airbyte at " + emulator.apiUrl() + " · version unknown");
        assertThat(fx(() -> robot.lookup("#airbyte-error-banner").query().isVisible())).isFalse();

        robot.interact(() -> robot.lookup("#airbyte-search").queryAs(TextField.class).setText("payments"));
        await(5, () -> connections().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#airbyte-search").queryAs(TextField.class).setText(""));
        await(5, () -> connections().getItems().size() == 3);

        // Sync now: the job's page follows it to the end, with its attempt and log.
        emulator.playJobsAs(new JobScript(300, -1, 20, "succeeded", 1200, 48_000));
        robot.interact(() -> connections().getSelectionModel().select(0));
        assertThat(fx(() -> connections().getSelectionModel().getSelectedItem().name())).isEqualTo("orders-to-snowflake");
        robot.clickOn("#airbyte-sync");
        await(20, () -> robot.lookup("#airbyte-job-status").tryQuery().isPresent());
        await(30, () -> "running".equals(text("#airbyte-job-status")));
        emulator.finishRunningJobs();
        await(30, () -> "succeeded".equals(text("#airbyte-job-status")));
        await(20, () -> robot.lookup("#airbyte-job-page #log-lines").queryAs(ListView.class).getItems().stream()
                .anyMatch(l -> l.toString().contains("replication line 020 of 020")));
        assertThat(fx(() -> robot.lookup("#airbyte-job-attempts").queryAs(ListView.class).getItems().size())).isEqualTo(1);
        assertThat(fx(() -> robot.lookup("#airbyte-job-cancel").query().isDisabled())).isTrue();
        assertThat(text("#airbyte-job-times")).contains("1200 records, 46.9 KB");
        ScreenshotHold.hold();
        closeJobPage();
        await(10, () -> jobs().getItems().size() == 1 && "succeeded".equals(jobs().getItems().get(0).status()));
        robot.clickOn("#airbyte-refresh");
        await(10, () -> "succeeded".equals(connections().getItems().get(0).lastSyncStatus()));
        ScreenshotHold.hold();

        // A sync already running (started elsewhere): Sync now says so and follows that job; cancel stops it.
        emulator.playJobsAs(JobScript.hanging());
        AirbyteClient direct = new AirbyteClient(URI.create(emulator.apiUrl()),
                Optional.of(new AirbyteCredentials(AirbyteEmulator.USER, Secret.of(AirbyteEmulator.PASSWORD))));
        long running = new SyncJobs(direct).sync(AirbyteEmulator.ORDERS).job().id();
        robot.clickOn("#airbyte-sync");
        await(20, () -> notices().contains("A sync of orders-to-snowflake is already running: following job " + running + "."));
        await(20, () -> robot.lookup("#airbyte-job-title").tryQuery().isPresent()
                && text("#airbyte-job-title").equals("orders-to-snowflake · job " + running));
        await(30, () -> "running".equals(text("#airbyte-job-status")));
        robot.clickOn("#airbyte-job-cancel");
        await(10, () -> robot.lookup("#dialog-confirm").tryQuery().isPresent());
        robot.clickOn("#dialog-confirm");
        await(30, () -> "cancelled".equals(text("#airbyte-job-status")));
        assertThat(text("#airbyte-job-message")).isEqualTo("Job " + running + " is cancelled.");
        assertThat(new SyncJobs(direct).status(running).status()).isEqualTo("cancelled");
        closeJobPage();
    }


    private void closeJobPage() {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle().contains("· job "))
                .map(w -> (Stage) w).toList().forEach(Stage::close));
    }

    private String text(String id) {
        return fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private TableView<AirbyteConnection> connections() {
        return robot.lookup("#airbyte-connections").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<SyncJob> jobs() {
        return robot.lookup("#airbyte-jobs").queryAs(TableView.class);
    }

    /** The words of the notifications on screen, one a line (read on the FX thread). */
    private String notices() {
        return robot.lookup(".notification-bar.notice .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("\n"));
    }
}
