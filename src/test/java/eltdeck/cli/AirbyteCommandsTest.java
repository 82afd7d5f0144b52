package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.airbyte.emulator.AirbyteEmulator;
import eltdeck.airbyte.emulator.AirbyteReference;
import eltdeck.airbyte.emulator.JobScript;
import eltdeck.secret.Secret;
import eltdeck.ui.testsupport.MemoryKeychain;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Airbyte verbs against the emulator at --airbyte-url (the SSH forward is covered by AirbyteThroughTunnelTest). */
class AirbyteCommandsTest {
    private static final Pattern JOB = Pattern.compile("job (\\d+)|Sync job (\\d+)");

    @TempDir Path dir;
    private AirbyteEmulator emulator;
    private AppContext context;
    private MemoryKeychain keychain;

    @BeforeEach
    void start() throws Exception {
        emulator = AirbyteEmulator.start(AirbyteReference.requireSpec(AirbyteReference.V0_40_32), 0);
        keychain = new MemoryKeychain();
        context = AppContext.open(dir.resolve("home"), keychain);
        assertThat(CliRun.of(context, "profile", "add", "vm", "--host", "127.0.0.1", "--user", "etl").exitCode()).isZero();
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            assertThat(emulator.violations()).as("requests the spec refuses").isEmpty();
            emulator.close();
        }
    }

    private CliRun cli(String... args) {
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--airbyte-url";
        full[args.length + 1] = emulator.apiUrl();
        return CliRun.of(context, full);
    }

    private static CliRun withStdin(String line, java.util.function.Supplier<CliRun> run) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return run.get();
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void configKeepsThePasswordInTheKeychainOnlyAndTheVerbsUseIt() throws Exception {
        CliRun shown = CliRun.of(context, "airbyte", "config", "vm");
        assertThat(shown.out()).contains("Airbyte API: tunnel to the VM's port 8001 (/api)", "Username:    airbyte",
                "Password:    none stored (Airbyte's default is 'password')");
        CliRun noPassword = cli("airbyte", "connections", "vm");
        assertThat(noPassword.exitCode()).isEqualTo(1);
        assertThat(noPassword.err()).contains("asks for a username and password (basic auth of the proxy in front of Airbyte)");

        CliRun set = withStdin(AirbyteEmulator.PASSWORD, () -> CliRun.of(context, "airbyte", "config", "vm", "--api", "8000",
                "--password-stdin"));
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(set.out()).contains("tunnel to the VM's port 8000 (/api)", "Password:    in the OS keychain");
        assertThat(keychain.entries()).containsEntry("airbyte-password:vm", AirbyteEmulator.PASSWORD);
        assertThat(Files.readAllBytes(dir.resolve("home/eltdeck.db"))).asString(StandardCharsets.ISO_8859_1)
                .doesNotContain(AirbyteEmulator.PASSWORD);

        CliRun list = cli("airbyte", "connections", "vm");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("CONNECTION", "SOURCE → DESTINATION", "LAST SYNC")
                .containsPattern("orders-to-snowflake +Shop Postgres → Warehouse +every 24 hours +active +never")
                .containsPattern("payments-to-snowflake +Stripe → Warehouse +cron 0 0 2 \\* \\* \\? \\(UTC\\) +active")
                .containsPattern("legacy-orders .* manual +inactive");

        CliRun wrong = withStdin("not-it", () -> cli("airbyte", "connections", "vm", "--airbyte-password-stdin"));
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).contains("Wrong Airbyte username/password (basic auth of the proxy").doesNotContain("not-it");
    }

    @Test
    void syncFollowsToTheEndAndTheHistoryShowsIt() throws Exception {
        keychain.put("airbyte-password:vm", Secret.of(AirbyteEmulator.PASSWORD));
        emulator.playJobsAs(new JobScript(300, -1, 20, "succeeded", 1200, 48_000));
        emulator.finishAfterRunningReads(1); // running for one poll, however slow the machine
        CliRun sync = cli("airbyte", "sync", "vm", "orders-to-snowflake", "--follow");
        assertThat(sync.exitCode()).as(sync.out() + sync.err()).isZero();
        assertThat(sync.out()).containsPattern("Sync job \\d+ of orders-to-snowflake started.")
                .contains(": pending", ": running", ": succeeded", "attempt 1: succeeded, 1200 records, 46.9 KB",
                        "succeeded: 1200 records, 46.9 KB in");
        String id = jobId(sync.out());

        CliRun jobs = cli("airbyte", "jobs", "vm", AirbyteEmulator.ORDERS);
        assertThat(jobs.exitCode()).as(jobs.err()).isZero();
        assertThat(jobs.out()).contains("JOB", "RECORDS", "BYTES").containsPattern(id + " +succeeded .* 1200 +46.9 KB");
        assertThat(cli("airbyte", "connections", "vm").out()).containsPattern("orders-to-snowflake .* succeeded \\d{4}-");

        emulator.finishAfterRunningReads(0);
        emulator.playJobsAs(new JobScript(100, 300, 3, "failed", 0, 0));
        CliRun failed = cli("airbyte", "sync", "vm", "payments-to-snowflake", "-f");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).contains("system_error (source): Source timed out reading table orders");
        assertThat(cli("airbyte", "jobs", "vm", "payments-to-snowflake").out()).contains("failed", "Source timed out");
    }

    @Test
    void aSecondSyncSaysItFollowsTheRunningJob() throws Exception {
        keychain.put("airbyte-password:vm", Secret.of(AirbyteEmulator.PASSWORD));
        emulator.playJobsAs(new JobScript(100, -1, 5, "succeeded", 10, 100));
        emulator.finishAfterRunningReads(1); // under way until the second sync's follower has seen it running
        String first = jobId(cli("airbyte", "sync", "vm", "orders-to-snowflake").out());
        CliRun second = cli("airbyte", "sync", "vm", "orders-to-snowflake", "--follow");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("A sync of orders-to-snowflake is already running: job " + first + "; following it.",
                "job " + first + ": succeeded");
        CliRun unknown = cli("airbyte", "sync", "vm", "nope");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("No Airbyte connection has the id or name 'nope'");
    }

    private static String jobId(String out) {
        Matcher m = JOB.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
