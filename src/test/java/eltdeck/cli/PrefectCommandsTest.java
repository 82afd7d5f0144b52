package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import eltdeck.prefect.emulator.RunScripts;
import eltdeck.profile.Secrets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prefect verbs against the emulator at --prefect-url (the SSH forward is covered by PrefectThroughTunnelTest). */
class PrefectCommandsTest {
    private static final Pattern RUN_ID = Pattern.compile("Run ([0-9a-f-]{36}) ");
    private static final Pattern STEP = Pattern.compile("step line (\\d+) of");
    static final Map<String, Object> ALL_ETL = Map.of("name", "all-etl", "project", "elt", "labels", List.of("etl"),
            "parameters", List.of(Map.of("name", "env", "required", true), Map.of("name", "dbt_command", "required", false,
                    "default", "dbt build")));

    @TempDir Path dir;
    private PrefectEmulator emulator;
    private AppContext context;

    @BeforeEach
    void start() throws Exception {
        emulator = PrefectEmulator.start(PrefectReference.requireSdl(), 0);
        emulator.createTenant();
        emulator.registerFlow(ALL_ETL);
        context = AppContext.open(dir.resolve("home"), Secrets.none());
        CliRun add = CliRun.of(context, "profile", "add", "vm", "--host", "127.0.0.1", "--user", "etl");
        assertThat(add.exitCode()).as(add.err()).isZero();
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private CliRun cli(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--prefect-url";
        full[args.length + 1] = emulator.url();
        return CliRun.of(context, full);
    }

    @Test
    void flowsListShowsTheFlowAndWarnsWithoutAgent() {
        CliRun list = cli("flows", "list", "vm");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("elt/all-etl  version 1  labels [etl]", "schedule: none", "last run: none",
                "no agent has asked for work in the last minute");
        assertThat(cli("flows", "list", "vm", "--search", "nomatch").out()).contains("No flow matches 'nomatch'.");
    }

    @Test
    void scheduleSetOnOffShow() {
        CliRun set = cli("schedule", "set", "vm", "all-etl", "--cron", "0 2 * * *", "--every", "6h", "--param", "env=prod",
                "--default", "env=test", "--tz", "Europe/Berlin");
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("Schedule set", "Schedule OFF, time zone Europe/Berlin",
                "At 02:00, every day (Europe/Berlin) with env=prod  [0 2 * * *]", "Every 6 hours (Europe/Berlin) with env=prod",
                "Default parameters: {env=test}", "Next 10 run times");

        assertThat(cli("schedule", "on", "vm", "all-etl").out()).contains("Schedule ON");
        assertThat(cli("flows", "list", "vm").out()).contains("schedule: on, At 02:00, every day").doesNotContain("next run: none");
        assertThat(cli("schedule", "off", "vm", "all-etl").out()).contains("Schedule OFF");
        assertThat(cli("flows", "list", "vm").out()).contains("next run: none scheduled");
    }

    @Test
    void badScheduleInputIsRefusedWithWhatToDo() {
        CliRun cron = cli("schedule", "set", "vm", "all-etl", "--cron", "0 2 * *", "--default", "env=x");
        assertThat(cron.exitCode()).isEqualTo(1);
        assertThat(cron.err()).contains("is not a cron expression", "Give five fields");
        CliRun zone = cli("schedule", "set", "vm", "all-etl", "--cron", "0 2 * * *", "--tz", "Berlin");
        assertThat(zone.err()).contains("Unknown time zone 'Berlin'");
        CliRun param = cli("schedule", "set", "vm", "all-etl", "--every", "1h", "--param", "env");
        assertThat(param.err()).contains("needs the form KEY=VALUE");
        assertThat(cli("schedule", "show", "vm", "nope").err()).contains("No flow 'nope'", "its flows: elt/all-etl");
    }

    @Test
    void runFollowExitsByTheRunsResult() {
        emulator.startAgent(List.of("etl"));
        CliRun ok = cli("run", "vm", "all-etl", "--param", "env=prod", "--run-name", "by hand", "--follow");
        assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("step line 005 of 005", "State: Success");
        assertThat(ok.err()).doesNotContain("Warning");

        emulator.playRunsAs(RunScripts.lateBatches(3, "Failed"));
        CliRun failed = cli("run", "vm", "all-etl", "--param", "env=prod", "--follow");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("State: Failed");

        CliRun list = cli("runs", "list", "vm", "--flow", "all-etl", "--state", "Success");
        assertThat(list.out()).contains("Success", "all-etl").doesNotContain("Failed");
        String id = runId(ok.out());
        assertThat(cli("runs", "logs", "vm", id, "--level", "INFO").out()).contains("step line 001 of 005", "State: Success");
        assertThat(cli("runs", "cancel", "vm", id).out()).contains("had already finished: Success");
    }

    /** The case as reported: a task runner whose uploads come 2.5 s after the flow runner's, followed with the default window. */
    @Test
    void aTaskRunnersLateLinesArePrintedInTheirPlaceOnce() {
        emulator.startAgent(List.of("etl"));
        emulator.playRunsAs(RunScripts.taskRunnerLate(40, Duration.ofMillis(2500)));
        CliRun run = cli("run", "vm", "all-etl", "--param", "env=prod", "--follow");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(steps(run.out())).isEqualTo(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(run.out().strip()).endsWith("State: Success (All reference tasks succeeded.)");
    }

    /** Three processes, each line late by a random time up to 0.7 s, followed through a 1 s window. */
    @Test
    void severalProcessesUploadingLateAreFollowedInTimeOrderOnce() {
        emulator.startAgent(List.of("etl"));
        emulator.playRunsAs(RunScripts.randomlyLate(60, 3, Duration.ofMillis(700), 3));
        CliRun run = cli("run", "vm", "all-etl", "--param", "env=prod", "--follow", "--reorder-window", "1s");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(steps(run.out())).isEqualTo(IntStream.rangeClosed(1, 60).boxed().toList());

        String id = runId(run.out());
        emulator.playRunsAs(RunScripts.randomlyLate(30, 2, Duration.ofMillis(700), 4));
        CliRun asTheyCome = cli("run", "vm", "all-etl", "--param", "env=prod", "--follow", "--reorder-window", "0");
        assertThat(steps(asTheyCome.out())).hasSize(30).doesNotHaveDuplicates();
        assertThat(steps(cli("runs", "logs", "vm", id).out())).isEqualTo(IntStream.rangeClosed(1, 60).boxed().toList());
    }

    @Test
    void aBadReorderWindowSaysWhatToGive() {
        CliRun run = cli("runs", "logs", "vm", "some-run", "--follow", "--reorder-window", "-PT1S");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--reorder-window", "cannot be negative");
    }

    private static List<Integer> steps(String out) {
        List<Integer> steps = new ArrayList<>();
        Matcher m = STEP.matcher(out);
        while (m.find()) {
            steps.add(Integer.parseInt(m.group(1)));
        }
        return steps;
    }

    @Test
    void runWithoutAgentWarnsAndCanBeCancelled() {
        CliRun run = cli("run", "vm", "all-etl", "--param", "env=prod");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("no agent with labels [etl] has asked for work");
        CliRun cancel = cli("runs", "cancel", "vm", runId(run.out()));
        assertThat(cancel.out()).contains("is Cancelled.");
        assertThat(cli("run", "vm", "all-etl").err()).contains("Required parameters were not supplied: [env]");
    }

    private static String runId(String out) {
        Matcher m = RUN_ID.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1);
    }
}
