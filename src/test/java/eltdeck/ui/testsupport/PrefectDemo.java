package eltdeck.ui.testsupport;

import eltdeck.AppContext;
import eltdeck.prefect.Flow;
import eltdeck.prefect.FlowCatalog;
import eltdeck.prefect.FlowRuns;
import eltdeck.prefect.FlowSchedules;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectSettingsStore;
import eltdeck.prefect.RunRequest;
import eltdeck.prefect.Schedule;
import eltdeck.prefect.ScheduleClock;
import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import eltdeck.prefect.emulator.RunScript;
import eltdeck.profile.Profile;
import eltdeck.ui.shell.EltDeckApp;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/**
 * The app on a Prefect emulator with a few flows, schedules and finished runs, to look at the Flows and Runs tabs
 * (screenshots, trying things by hand): {@code java -cp … eltdeck.ui.testsupport.PrefectDemo HOME [flows-tab|runs-tab]}.
 * HOME is a fresh ELT Deck data directory; the profile "prod-elt" reads the emulator through its API URL setting.
 */
public final class PrefectDemo {
    private PrefectDemo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: PrefectDemo HOME [flows-tab|runs-tab]");
            System.exit(2);
        }
        PrefectEmulator emulator = PrefectEmulator.start(PrefectReference.requireSdl(), 0);
        fill(emulator);
        Path home = Files.createDirectories(Path.of(args[0]));
        AppContext context = AppContext.open(home, new NoKeychain());
        if (context.profiles().find("prod-elt").isEmpty()) {
            context.profiles().add(Profile.of("prod-elt", "elt.example.com", "deck"));
        }
        new PrefectSettingsStore(context.database()).setApiUrl("prod-elt", Optional.of(URI.create(emulator.url())));
        String tab = args.length > 1 ? args[1] : "flows-tab";
        // The profile's tabs exist once the window has read the profiles: until then, look again now and then.
        Thread select = new Thread(() -> {
            AtomicBoolean selected = new AtomicBoolean();
            for (int tries = 0; tries < 150 && !selected.get(); tries++) {
                sleep(200);
                Platform.runLater(() -> Window.getWindows().stream().map(w -> w.getScene().lookup("#detail-tabs"))
                        .filter(TabPane.class::isInstance).map(TabPane.class::cast).findFirst().ifPresent(tabs -> {
                            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> tab.equals(t.getId()))
                                    .findFirst().orElseThrow());
                            selected.set(true);
                        }));
            }
        });
        select.setDaemon(true);
        select.start();
        Application app = new EltDeckApp(context);
        Platform.startup(() -> {
            try {
                app.init();
                app.start(new javafx.stage.Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void fill(PrefectEmulator emulator) throws Exception {
        emulator.createTenant();
        emulator.startAgent(List.of("etl"));
        emulator.registerFlow(Map.of("name", "all-etl", "project", "elt", "labels", List.of("etl"), "parameters", List.of(
                Map.of("name", "env", "required", true), Map.of("name", "dbt_command", "required", false, "default", "dbt build"))));
        emulator.registerFlow(Map.of("name", "airbyte-sync", "project", "elt", "labels", List.of("etl"), "parameters",
                List.of(Map.of("name", "connection", "required", false, "default", "postgres-to-snowflake"))));
        emulator.registerFlow(Map.of("name", "dbt-docs", "project", "docs", "labels", List.of("docs")));
        GraphQlClient client = new GraphQlClient(URI.create(emulator.url()));
        FlowCatalog catalog = new FlowCatalog(client);
        FlowSchedules schedules = new FlowSchedules(client);
        schedules.setDefaultParameters(catalog.find("all-etl"), Map.of("env", "prod"));
        schedules.setSchedule(catalog.find("all-etl"), new Schedule(List.of(new ScheduleClock.Cron("0 2 * * *", Map.of())),
                ZoneId.of("Europe/Berlin")));
        schedules.setSchedule(catalog.find("airbyte-sync"), Schedule.utc(List.of(new ScheduleClock.Interval(Duration.ofHours(1), Map.of()))));
        schedules.setSchedule(catalog.find("dbt-docs"), Schedule.utc(List.of(new ScheduleClock.Cron("0 6 * * 1", Map.of()))));
        schedules.setActive(catalog.find("all-etl").flowGroupId(), true);
        schedules.setActive(catalog.find("airbyte-sync").flowGroupId(), true);
        FlowRuns runs = new FlowRuns(client);
        String[] outcomes = {"Success", "Success", "Failed", "Success", "Success", "Success", "Failed", "Success"};
        for (int i = 0; i < outcomes.length; i++) {
            for (String name : List.of("all-etl", "airbyte-sync")) {
                Flow flow = catalog.find(name);
                int lines = name.equals("all-etl") ? 10 + (i * 7) % 23 : 4 + (i * 5) % 9;
                emulator.playRunsAs(new RunScript(lines, 5, Duration.ofMillis(60), Duration.ZERO, outcomes[(i + name.length()) % outcomes.length]));
                String id = runs.create(RunRequest.of(flow, Map.of(), null));
                while (!runs.get(id).isFinished()) {
                    sleep(100);
                }
            }
        }
        emulator.schedulerLoop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
