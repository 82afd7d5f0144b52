package eltdeck.ui.env;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.ssh.KeyGenerator;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import eltdeck.ui.testsupport.AppUnderTest;
import eltdeck.ui.testsupport.AppLog;
import eltdeck.ui.testsupport.EnvStack;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.ScreenshotHold;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The .env tab, headless, against a real OpenSSH server whose files are this machine's: edit in the form, see the
 * findings, fix one and override another, save through the review dialog, and find the file and its backup on the
 * "VM"; and a save refused because the file changed there meanwhile. A canary secret never reaches the app's log
 * file or its database. Skips (fails on CI) without root and sshd.
 */
class EnvEditorThroughUiTest {
    private static final String CANARY = "CANARY-ui-Sn0wfl4ke";
    private static final String ENV = """
            # Warehouse
            SNOWFLAKE_ACCOUNT=xy12345.eu-central-1
            SNOWFLAKE_USER=LOADER
            SNOWFLAKE_PASSWORD=%s
            AIRBYTE_URL=http://airbyte-server:8001/api
            DBT_TARGET=prod
            """.formatted(CANARY);

    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private OpenSshd sshd;
    private AppContext context;
    private final AppUnderTest app = new AppUnderTest();
    private Path envFile;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void vm() throws Exception {
        Prerequisites.requireOpenSshd();
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "env-ui", null);
        sshd = OpenSshd.onLoopback(dir.resolve("sshd"), Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
        envFile = EnvStack.write(dir.resolve("stack"), ENV);
        context = AppContext.open(dir.resolve("app"), new NoKeychain());
        context.profiles().add(sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts"))).withName("vm"));
        new StackSettingsStore(context.database()).save("vm",
                StackSettings.forRepository("example/elt-stack").withRemoteDir(dir.resolve("stack").toString()));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        if (sshd != null) {
            sshd.close();
        }
    }

    @Test
    void editSeeFindingsFixOneOverrideOneAndSaveWithABackup() throws Exception {
        try (AppLog log = AppLog.into(dir.resolve("app"))) {
            openEnvTab();
            // The form fits its column, no sideways scrolling; every remove button in one line, a reveal toggle or not.
            ScrollPane form = robot.lookup("#env-form").queryAs(ScrollPane.class);
            assertThat(fx(() -> form.getContent().getLayoutBounds().getWidth() <= form.getViewportBounds().getWidth())).isTrue();
            assertThat(fx(() -> robot.lookup(n -> n.getId() != null && n.getId().startsWith("env-remove-")).queryAll().stream()
                    .map(n -> Math.round(n.localToScene(n.getLayoutBounds()).getMinX())).distinct().count())).isEqualTo(1L);
            replaceText("#env-value-dbt_target", "\"dev\"");
            await(10, () -> robot.lookup("#env-finding-quoted-value").tryQuery().isPresent());
            replaceText("#env-secret-snowflake_password", CANARY + "@x");
            await(10, () -> robot.lookup("#env-finding-snowflake-password-at").tryQuery().isPresent());
            assertThat(fx(() -> robot.lookup("#env-save").query().isDisabled())).isTrue();
            assertThat(fx(() -> robot.lookup("#env-save-hint").queryAs(Label.class).getText())).startsWith("2 errors block saving");
            assertThat(fx(() -> envTab().getText())).isEqualTo(".env \u2022");

            robot.clickOn(findingButton("quoted-value", ".env-apply-fix"));
            await(10, () -> robot.lookup("#env-finding-quoted-value").tryQuery().isEmpty());
            assertThat(fx(() -> robot.lookup("#env-value-dbt_target").queryAs(TextField.class).getText())).isEqualTo("dev");
            robot.clickOn(findingButton("snowflake-password-at", ".env-override"));
            await(10, () -> !robot.lookup("#env-save").query().isDisabled());
            assertThat(fx(() -> robot.lookup("#env-finding-snowflake-password-at .env-overridden").query().isVisible())).isTrue();

            robot.clickOn("#env-value-snowflake_user");
            robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
            await(10, () -> robot.lookup("#env-save-diff").tryQuery().isPresent());
            String diff = fx(() -> robot.lookup("#env-save-diff").queryAs(TextArea.class).getText());
            assertThat(diff).contains("-   4  SNOWFLAKE_PASSWORD=****", "+   4  SNOWFLAKE_PASSWORD=****", "+   6  DBT_TARGET=dev")
                    .doesNotContain(CANARY);
            assertThat(fx(() -> robot.lookup("#env-save-overridden").queryAs(Label.class).getText())).contains("SNOWFLAKE_PASSWORD contains '@'");
            robot.clickOn("#env-save-confirm");
            await(20, () -> statusText().startsWith("Saved "));

            String saved = ENV.replace(CANARY, CANARY + "@x").replace("DBT_TARGET=prod", "DBT_TARGET=dev");
            assertThat(Files.readString(envFile)).isEqualTo(saved);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(envFile))).isEqualTo("rw-------");
            List<Path> backups = backups();
            assertThat(backups).hasSize(1);
            assertThat(Files.readString(backups.get(0))).isEqualTo(ENV);
            assertThat(fx(() -> envTab().getText())).isEqualTo(".env");
            assertThat(fx(() -> robot.lookup("#env-save").query().isDisabled())).isTrue();

            // The app logged its work (the SSH logins) to its file, and no secret value.
            assertThat(log.text()).contains("Connected to").doesNotContain(CANARY);
            assertThat(new String(Files.readAllBytes(dir.resolve("app/eltdeck.db")), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
            ScreenshotHold.hold();
        }
    }

    @Test
    void aSaveOverAFileChangedOnTheVmIsRefusedShowsTheChangeAndReloadingAsksFirst() throws Exception {
        openEnvTab();
        replaceText("#env-value-dbt_target", "dev");
        String theirs = ENV.replace(CANARY, "rotated-" + CANARY) + "PREFECT__CONTEXT__SECRETS__GITHUB_TOKEN=ghp_" + CANARY + "\n";
        Files.writeString(envFile, theirs);

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        await(10, () -> robot.lookup("#env-save-confirm").tryQuery().isPresent());
        robot.clickOn("#env-save-confirm");
        await(20, () -> robot.lookup("#env-conflict-diff").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#env-conflict-diff").queryAs(TextArea.class).getText())).isEqualTo(String.join("\n",
                "-   4  SNOWFLAKE_PASSWORD=****", "+   4  SNOWFLAKE_PASSWORD=****", "+   7  PREFECT__CONTEXT__SECRETS__GITHUB_TOKEN=****"));
        robot.clickOn("#env-conflict-keep");

        assertThat(Files.readString(envFile)).isEqualTo(theirs);
        assertThat(backups()).isEmpty();
        assertThat(fx(() -> robot.lookup("#env-value-dbt_target").queryAs(TextField.class).getText())).isEqualTo("dev");
        assertThat(fx(() -> robot.lookup("#env-problem").queryAs(Label.class).getText())).contains("changed on the VM since it was loaded");
        assertThat(fx(() -> envTab().getText())).isEqualTo(".env \u2022");

        // Focus in the form (which scrolls to the field), as a click there would, so Ctrl+R reaches the editor.
        robot.interact(() -> robot.lookup("#env-value-dbt_target").query().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        await(10, () -> robot.lookup("Discard and reload").tryQuery().isPresent());
        robot.clickOn("Discard and reload");
        await(20, () -> "prod".equals(robot.lookup("#env-value-dbt_target").queryAs(TextField.class).getText())
                && robot.lookup("#env-secret-prefect__context__secrets__github_token").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(fx(() -> envTab().getText())).isEqualTo(".env");
        assertThat(fx(() -> robot.lookup("#env-problem").query().isVisible())).isFalse();
    }

    private void openEnvTab() throws Exception {
        app.openOn(context, "vm");
        app.selectTab("env-tab");
        await(30, () -> statusText().startsWith("Loaded "));
        assertThat(statusText()).endsWith("/stack/docker/.env: 5 variables.");
    }

    /** A button of the finding's cell, the list scrolled to show it as a user would. */
    private Node findingButton(String rule, String button) {
        robot.interact(() -> {
            ListView<EnvFindingRow> list = robot.lookup("#env-findings").queryListView();
            list.getItems().stream().filter(f -> f.finding().rule().id().equals(rule)).findFirst().ifPresent(list::scrollTo);
        });
        return robot.lookup("#env-finding-" + rule + " " + button).query();
    }

    private Tab envTab() {
        return app.tab("env-tab");
    }

    private String statusText() {
        return fx(() -> robot.lookup("#env-status").queryAs(Label.class).getText());
    }

    /** Focuses the field (the form scrolls to it), selects its text and types over it, as a user does. */
    private void replaceText(String query, String text) {
        Node field = robot.lookup(query).query();
        robot.interact(field::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        await(10, () -> text.equals(((TextField) field).getText()));
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(envFile.getParent())) {
            return files.filter(f -> f.getFileName().toString().startsWith(".env.bak-")).toList();
        }
    }
}
