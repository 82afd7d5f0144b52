package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.JumpHost;
import eltdeck.profile.Profile;
import eltdeck.profile.Secrets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
    @TempDir
    Path dir;
    private AppContext context;

    @BeforeEach
    void open() {
        context = AppContext.open(dir.resolve("home"), Secrets.none());
    }

    @Test
    void addListShowEditCopyRemove() throws IOException {
        Path key = Files.writeString(dir.resolve("id"), "key");
        CliRun add = CliRun.of(context, "profile", "add", "prod", "--host", "vm.example.com", "--port", "2200", "--user", "etl",
                "--identity", key.toString(), "--jump", "ops@bastion:2222", "--known-hosts", dir.resolve("kh").toString());
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).contains("Added prod (etl@vm.example.com:2200)");

        assertThat(CliRun.of(context, "profile", "list").out()).contains("prod").contains("etl@vm.example.com:2200 via ops@bastion:2222");
        assertThat(CliRun.of(context, "profile", "show", "prod").out()).contains("Prefect API        VM port 4200  -> localhost:4200");

        assertThat(CliRun.of(context, "profile", "edit", "prod", "--port", "22", "--name", "prod2", "--jump", "none").exitCode()).isZero();
        Profile edited = context.profiles().get("prod2");
        assertThat(edited.port()).isEqualTo(22);
        assertThat(edited.jump()).isNull();
        assertThat(edited.identityFile()).isEqualTo(key.toAbsolutePath());

        assertThat(CliRun.of(context, "profile", "cp", "prod2").out()).contains("Copied prod2 to prod2-copy");
        assertThat(CliRun.of(context, "profile", "cp", "prod2", "stage").exitCode()).isZero();
        assertThat(CliRun.of(context, "profile", "rm", "prod2").out()).contains("Removed prod2");
        assertThat(context.profiles().list()).extracting(Profile::name).containsExactly("prod2-copy", "stage");
    }

    @Test
    void invalidInputSaysWhatIsWrongAndWritesNothing() {
        CliRun bad = CliRun.of(context, "profile", "add", "vm", "--host", "bad host", "--port", "0", "--user", "u");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("Host 'bad host' is not a valid DNS name").contains("Port 0 is out of range");
        assertThat(context.profiles().list()).isEmpty();

        CliRun noHost = CliRun.of(context, "profile", "add", "vm");
        assertThat(noHost.exitCode()).isEqualTo(1);
        assertThat(noHost.err()).contains("--host is required");

        assertThat(CliRun.of(context, "profile", "show", "ghost").err()).contains("No profile named 'ghost'");
    }

    @Test
    void importsHostsFromAnSshConfigAndSkipsExistingOnes() throws IOException {
        Path config = Files.writeString(dir.resolve("config"),
                "Host etl\n  HostName 198.51.100.4\n  User ubuntu\n  ProxyJump jump.example.com\nHost *\n  Port 22\n");
        context.profiles().add(Profile.of("taken", "h", "u"));
        Files.writeString(config, "Host taken\n  HostName x\n", java.nio.file.StandardOpenOption.APPEND);
        CliRun run = CliRun.of(context, "profile", "import-ssh-config", "--file", config.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("added   etl (ubuntu@198.51.100.4 via ubuntu@jump.example.com)")
                .contains("skipped taken").contains("1 of 2 hosts imported");
        assertThat(context.profiles().get("etl").jump()).isEqualTo(new JumpHost("ubuntu", "jump.example.com", 22));
    }

    @Test
    void theStackOptionsCanBeGivenOnAddAndEdit() throws IOException {
        Path key = Files.writeString(dir.resolve("id"), "key");
        CliRun missingRepo = CliRun.of(context, "profile", "add", "vm", "--host", "h", "--user", "u", "--identity", key.toString(),
                "--branch", "prod");
        assertThat(missingRepo.exitCode()).isEqualTo(1);
        assertThat(missingRepo.err()).contains("need --repo URL|ORG/NAME first");
        assertThat(context.profiles().list()).isEmpty();

        assertThat(CliRun.of(context, "profile", "add", "vm", "--host", "h", "--user", "u", "--identity", key.toString(),
                "--repo", "acme/elt", "--compose-dir", "stack").exitCode()).isZero();
        assertThat(CliRun.of(context, "profile", "edit", "vm", "--branch", "release", "--name", "vm2").exitCode()).isZero();
        assertThat(CliRun.of(context, "profile", "show", "vm2").out())
                .contains("repository:    acme/elt (https://github.com/acme/elt.git)", "branch:        release", "compose dir:   stack");
        assertThat(CliRun.of(context, "stack", "config", "vm2").out()).contains("branch:        release");
    }
}
