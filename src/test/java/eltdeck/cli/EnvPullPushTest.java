package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Secrets;
import eltdeck.secret.CapturedLog;
import eltdeck.ssh.KeyGenerator;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code env pull} and {@code env push} over a real OpenSSH server whose "VM" files are this machine's. */
class EnvPullPushTest {
    private static final String CANARY = "canary-Pw-9931";
    private static final String COMPOSE = """
            services:
              agent:
                image: agent
                environment:
                  - SNOWFLAKE_PASSWORD
                  - SNOWFLAKE_USER
                  - GITHUB_TOKEN
            """;
    private static final String EXAMPLE = """
            # The warehouse user.
            # [required]
            SNOWFLAKE_USER=
            SNOWFLAKE_PASSWORD=
            GITHUB_TOKEN=
            """;
    /** Comments, a blank line, CRLF on one line and no final newline: all must survive the round trip. */
    private static final String VM_ENV = "# Warehouse\r\nSNOWFLAKE_USER=etl\n\n  # indented comment\nSNOWFLAKE_PASSWORD=" + CANARY
            + "\nGITHUB_TOKEN=ghp-" + CANARY;

    @TempDir
    static Path dir;
    static OpenSshd sshd;
    static AppContext context;
    static Path envOnVm;
    Path local;

    @BeforeAll
    static void start() throws Exception {
        Prerequisites.requireOpenSshd();
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "env", null);
        sshd = OpenSshd.onLoopback(dir.resolve("sshd"), Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
        context = AppContext.open(dir.resolve("app"), Secrets.none());
        context.profiles().add(sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts"))).withName("vm"));
        Path compose = Files.createDirectories(dir.resolve("vm/stack/docker"));
        Files.writeString(compose.resolve("docker-compose.yml"), COMPOSE);
        Files.writeString(dir.resolve("vm/stack/.env.example"), EXAMPLE);
        envOnVm = compose.resolve(".env");
        assertThat(CliRun.of(context, "stack", "config", "vm", "--repo", "org/stack", "--remote-dir", dir.resolve("vm/stack").toString())
                .exitCode()).isZero();
    }

    @AfterAll
    static void stop() {
        if (sshd != null) {
            sshd.stop();
        }
    }

    @BeforeEach
    void freshVmEnv() throws Exception {
        Files.writeString(envOnVm, VM_ENV);
        local = Files.createTempDirectory(dir, "local").resolve(".env");
    }

    @Test
    void pullThenPushKeepsEveryByteAndShowsOnlyTheMaskedChange() throws Exception {
        CliRun pull = CliRun.of(context, "env", "pull", "vm", "--out", local.toString());
        assertThat(pull.exitCode()).as(pull.err()).isZero();
        assertThat(Files.readString(local)).isEqualTo(VM_ENV);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(local))).isEqualTo("rw-------");
        assertThat(Files.readString(PulledMark.sidecar(local))).contains("remote=" + envOnVm, "sha256=").doesNotContain(CANARY);
        assertThat(CliRun.of(context, "env", "pull", "vm").out()).isEqualTo(VM_ENV);

        String edited = VM_ENV.replace("SNOWFLAKE_USER=etl", "SNOWFLAKE_USER=loader").replace("=" + CANARY, "=new-" + CANARY);
        Files.writeString(local, edited);
        CliRun push = CliRun.of(context, "env", "push", "vm", local.toString());

        assertThat(push.exitCode()).as(push.out() + push.err()).isZero();
        assertThat(Files.readString(envOnVm)).isEqualTo(edited);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(envOnVm))).isEqualTo("rw-------");
        assertThat(push.out()).contains("-   2  SNOWFLAKE_USER=etl", "+   2  SNOWFLAKE_USER=loader", "+   5  SNOWFLAKE_PASSWORD=****")
                .doesNotContain("indented comment");
        assertThat(push.out() + push.err()).doesNotContain(CANARY);
        try (var files = Files.list(envOnVm.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith(".env.bak-"));
        }
        assertThat(CliRun.of(context, "env", "push", "vm", local.toString()).out()).as("a second push after the first")
                .contains("No change");
    }

    @Test
    void anErrorFindingRefusesThePushAndNamesTheLineWithoutTheSecret() throws Exception {
        assertThat(CliRun.of(context, "env", "pull", "vm", "--out", local.toString()).exitCode()).isZero();
        Files.writeString(local, VM_ENV.replace("SNOWFLAKE_PASSWORD=" + CANARY, "SNOWFLAKE_PASSWORD=\"" + CANARY + "@x\""));

        CliRun push = CliRun.of(context, "env", "push", "vm", local.toString());

        assertThat(push.exitCode()).isEqualTo(1);
        assertThat(push.out()).contains(local + ":5: ERROR: ");
        assertThat(push.err()).contains("not pushed", "--force");
        assertThat(push.out() + push.err()).doesNotContain(CANARY);
        assertThat(Files.readString(envOnVm)).isEqualTo(VM_ENV);

        CliRun forced = CliRun.of(context, "env", "push", "vm", local.toString(), "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(forced.out() + forced.err()).doesNotContain(CANARY);
        assertThat(Files.readString(envOnVm)).isEqualTo(Files.readString(local));
    }

    @Test
    void aChangeOnTheVmSinceThePullRefusesThePushUnlessForced() throws Exception {
        assertThat(CliRun.of(context, "env", "pull", "vm", "--out", local.toString()).exitCode()).isZero();
        Files.writeString(envOnVm, VM_ENV + "\nADDED_ON_VM=1\n");
        Files.writeString(local, VM_ENV.replace("etl", "loader"));

        CliRun push = CliRun.of(context, "env", "push", "vm", local.toString());

        assertThat(push.exitCode()).isEqualTo(1);
        assertThat(push.err()).contains("changed on the VM since the pull", "eltdeck env pull vm --out FILE");
        assertThat(Files.readString(envOnVm)).contains("ADDED_ON_VM");

        assertThat(CliRun.of(context, "env", "push", "vm", local.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(envOnVm)).isEqualTo(VM_ENV.replace("etl", "loader"));
    }

    @Test
    void withoutAPullRecordOnlyAFirstEnvIsPushed() throws Exception {
        String edited = VM_ENV.replace("etl", "loader");
        Files.writeString(local, edited);
        CliRun refused = CliRun.of(context, "env", "push", "vm", local.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("no record of pulling");

        Files.delete(envOnVm);
        CliRun pullNothing = CliRun.of(context, "env", "pull", "vm");
        assertThat(pullNothing.exitCode()).isEqualTo(1);
        assertThat(pullNothing.err()).contains("There is no " + envOnVm + " on the VM yet", "vm/stack/.env.example");

        CliRun first = CliRun.of(context, "env", "push", "vm", local.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("New " + envOnVm);
        assertThat(Files.readString(envOnVm)).isEqualTo(edited);
    }

    @Test
    void aPushThatFailsOnTheVmSaysWhatFailedWithoutTheContent() throws Exception {
        Files.writeString(local, VM_ENV);
        // A file where the compose directory should be: the VM cannot create the .env there.
        Path composeDir = envOnVm.getParent();
        Path aside = Files.move(composeDir, composeDir.resolveSibling("docker-aside"));
        Files.writeString(composeDir, "not a directory\n");
        try (CapturedLog log = CapturedLog.start()) {
            CliRun push = CliRun.of(context, "env", "push", "vm", local.toString(), "--force");

            assertThat(push.exitCode()).as(push.out() + push.err()).isNotZero();
            assertThat(push.err()).contains("Cannot write " + envOnVm + " on the VM", "mkdir");
            assertThat(log.size()).as("the push's log events").isPositive();
            assertThat(push.out() + push.err() + log.text()).doesNotContain(CANARY);
        } finally {
            Files.delete(composeDir);
            Files.move(aside, composeDir);
        }
    }
}
