package eltdeck.ui.prefect;

import static eltdeck.ui.testsupport.FxWait.await;
import static eltdeck.ui.testsupport.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowSchedules;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectSettingsStore;
import eltdeck.prefect.ScheduleTimes;
import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import eltdeck.prefect.emulator.RunScripts;
import eltdeck.profile.Profile;
import eltdeck.ui.testsupport.AppUnderTest;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.ScreenshotHold;
import java.net.URI;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Flows tab through the window, headless, against the Prefect emulator (the profile's API URL points at it):
 * edit a schedule and see its next runs, then trigger a run and watch it to the end on its page.
 */
class FlowsThroughUiTest {
    private final FxRobot robot = new FxRobot();
    @TempDir
    Path dir;
    private PrefectEmulator emulator;
    private final AppUnderTest app = new AppUnderTest();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        emulator = PrefectEmulator.start(PrefectReference.requireSdl(), 0);
        emulator.createTenant();
        emulator.startAgent(List.of("etl"));
        emulator.registerFlow(FlowsViewModelTest.ALL_ETL);
        GraphQlClient client = new GraphQlClient(URI.create(emulator.url()));
        new FlowSchedules(client).setDefaultParameters(new FlowCatalog(client).find("all-etl"), Map.of("env", "prod"));
        AppContext context = AppContext.open(dir.resolve("app"), new NoKeychain());
        context.profiles().add(Profile.of("vm", "vm.example.com", "deck"));
        new PrefectSettingsStore(context.database()).setApiUrl("vm", Optional.of(URI.create(emulator.url())));
        app.openOn(context, "vm");
        app.selectTab("flows-tab");
        await(20, () -> flowsTable().getItems().size() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void editAScheduleAndSeeItsNextRuns() throws Exception {
        assertThat(fx(() -> robot.lookup("#flows-server").queryAs(Label.class).getText())).startsWith("Prefect Server ");
        // Nothing to say yet: the status line takes no room under the table.
        assertThat(fx(() -> robot.lookup("#flows-status").query().isManaged())).isFalse();
        robot.interact(() -> flowsTable().getSelectionModel().select(0));
        robot.clickOn("#flow-schedule");
        await(10, () -> robot.lookup("#schedule-add-cron").tryQuery().isPresent());
        robot.clickOn("#schedule-add-cron");
        await(5, () -> robot.lookup("#clock-cron-1").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#clock-cron-1").queryAs(TextField.class).setText("30 6 * * 1-5");
            robot.lookup("#schedule-timezone").<ComboBox<String>>query().setValue("Europe/Berlin");
        });
        await(5, () -> nextRuns().getItems().size() == 10);
        List<ScheduleTimes.RunTime> next = fx(() -> List.copyOf(nextRuns().getItems()));
        assertThat(next).allSatisfy(t -> {
            assertThat(t.inSchedule().getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
            assertThat(t.inSchedule().toLocalTime()).hasToString("06:30");
            assertThat(t.inSchedule().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(t.local().toInstant()).isEqualTo(t.inSchedule().toInstant());
        });
        assertThat(fx(() -> robot.lookup("#clock-words-1").queryAs(Label.class).getText()))
                .isEqualTo("At 06:30 every day between Monday and Friday");

        // A bad cron expression empties the preview and says why; fixing it brings the runs back.
        robot.interact(() -> robot.lookup("#clock-cron-1").queryAs(TextField.class).setText("61 6 * * *"));
        await(5, () -> nextRuns().getItems().isEmpty() && robot.lookup("#schedule-save").query().isDisabled());
        assertThat(fx(() -> robot.lookup("#schedule-problems .label").queryAs(Label.class).getText()))
                .startsWith("Clock 1: '61 6 * * *' is not a cron expression");
        robot.interact(() -> robot.lookup("#clock-cron-1").queryAs(TextField.class).setText("30 6 * * 1-5"));
        await(5, () -> nextRuns().getItems().size() == 10);
        ScreenshotHold.hold();

        robot.clickOn("#schedule-save");
        await(20, () -> flowsTable().getItems().get(0).scheduleText().equals(
                "At 06:30 every day between Monday and Friday (Europe/Berlin)"));
        assertThat(new FlowCatalog(new GraphQlClient(URI.create(emulator.url()))).find("all-etl").schedule().timezone())
                .isEqualTo(ZoneId.of("Europe/Berlin"));
        await(5, () -> robot.lookup("#flows-status").query().isVisible());
        assertThat(fx(() -> robot.lookup("#flows-status").queryAs(Label.class).getText())).startsWith("Saved the schedule of all-etl.");
    }

    @Test
    void triggerARunAndWatchItToTheEnd() throws Exception {
        emulator.playRunsAs(RunScripts.lateBatches(30, "Success"));
        robot.interact(() -> flowsTable().getSelectionModel().select(0));
        robot.clickOn("#flow-run");
        await(10, () -> robot.lookup("#run-name").tryQuery().isPresent());
        assertThat(fx(() -> robot.lookup("#run-param-env").queryAs(TextField.class).getText())).isEqualTo("prod");
        assertThat(fx(() -> robot.lookup("#run-param-dbt_command").queryAs(TextField.class).getText())).isEqualTo("dbt build");
        robot.interact(() -> {
            robot.lookup("#run-name").queryAs(TextField.class).setText("from the window");
            robot.lookup("#run-param-env").queryAs(TextField.class).setText("staging");
        });
        robot.clickOn("#run-start");

        await(20, () -> robot.lookup("#run-state").tryQuery().isPresent());
        await(60, () -> "Success".equals(robot.lookup("#run-state").queryAs(Label.class).getText()));
        assertThat(fx(() -> robot.lookup("#run-title").queryAs(Label.class).getText())).isEqualTo("all-etl · from the window");
        assertThat(fx(() -> robot.lookup("#run-cancel").query().isDisabled())).isTrue();
        await(20, () -> robot.lookup("#run-page #log-lines").queryAs(ListView.class).getItems().stream()
                .anyMatch(l -> l.toString().contains("step line 030 of 030")));
        assertThat(fx(() -> robot.lookup("#run-states").queryAs(ListView.class).getItems().size())).isGreaterThanOrEqualTo(3);
        assertThat(fx(() -> robot.lookup("#run-tasks").queryAs(TableView.class).getItems().size())).isEqualTo(1);
        assertThat(new eltdeck.prefect.FlowRuns(new GraphQlClient(URI.create(emulator.url())))
                .recent(eltdeck.prefect.RunFilter.recent(5))).singleElement()
                .satisfies(r -> assertThat(r.parameters()).containsEntry("env", "staging"));
        ScreenshotHold.hold();
    }

    private TableView<FlowRow> flowsTable() {
        return robot.lookup("#flows-table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<ScheduleTimes.RunTime> nextRuns() {
        return robot.lookup("#schedule-next-runs").queryAs(TableView.class);
    }

}
