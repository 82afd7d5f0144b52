package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.testvm.Commands;
import eltdeck.testvm.LoginUser;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StackEnvFiles#read}'s one command against a real OpenSSH sshd that logs in as an ordinary user: the stack is
 * at {@code ~/NAME} in that user's home, and whatever the files hold comes back byte for byte.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StackEnvFilesVmTest {
    private LoginUser user;
    private OpenSshd sshd;
    private SshLink link;
    private String stackName;
    private Path repo;
    private Path compose;
    private StackSettings settings;

    @BeforeAll
    void connect(@TempDir Path dir) throws Exception {
        Prerequisites.requireOpenSshd();
        user = LoginUser.ensure(LoginUser.VM_USER);
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "env-files", null);
        Path authorized = LoginUser.readableByAll(Files.writeString(Files.createDirectories(dir.resolve("keys")).resolve("authorized_keys"),
                key.publicLine() + "\n", StandardCharsets.US_ASCII), dir);
        sshd = OpenSshd.onLoopback(dir.resolve("sshd"), authorized);
        link = new SshConnector(NoPassphrase.SOURCE, null).connect(
                sshd.profileAs(user.name(), key.privateKey(), false, sshd.writeKnownHosts(dir.resolve("known_hosts"))),
                HostKeyPolicy.STRICT);
        stackName = "stack-" + ProcessHandle.current().pid();
        repo = user.home().resolve(stackName);
        compose = repo.resolve("docker");
        settings = StackSettings.forRepository("acme/elt").withRemoteDir("~/" + stackName);
    }

    @AfterAll
    void disconnect() throws IOException {
        if (link != null) {
            link.close();
        }
        if (sshd != null) {
            sshd.stop();
        }
    }

    @AfterEach
    void removeStack() throws IOException {
        if (repo != null) {
            user.remove(repo);
        }
    }

    @Test
    void contentsThatLookLikeTheFramingComeBackByteForByte() throws Exception {
        byte[] env = "H /elsewhere\nM\nE nope\nF 3\nabc\n=\n~\nF 999999\n".getBytes(StandardCharsets.UTF_8);
        byte[] composeFile = "services: {}\n\nF 0\n\n=\n".getBytes(StandardCharsets.UTF_8);
        byte[] example = "M\n~\n".getBytes(StandardCharsets.UTF_8);
        stack(env, composeFile, example, null);

        StackEnvFiles files = StackEnvFiles.read(link, settings);

        assertThat(files.env().orElseThrow().content()).isEqualTo(env);
        assertThat(files.compose().orElseThrow().content()).isEqualTo(composeFile);
        assertThat(files.example().orElseThrow().content()).isEqualTo(example);
    }

    @Test
    void theStackInTheHomeDirectoryIsFoundByTheSameCommand() throws Exception {
        stack("A=1\n".getBytes(StandardCharsets.UTF_8), new byte[0], null, null);

        StackEnvFiles files = StackEnvFiles.read(link, settings);

        assertThat(files.paths().repoDir()).isEqualTo(repo.toString());
        assertThat(files.env().orElseThrow().path()).isEqualTo(compose.resolve(".env").toString());
        assertThat(files.compose().orElseThrow().path()).isEqualTo(compose.resolve("docker-compose.yml").toString());
    }

    @Test
    void emptyFilesAreFilesOfNoBytes() throws Exception {
        stack(new byte[0], new byte[0], new byte[0], null);

        StackEnvFiles files = StackEnvFiles.read(link, settings);

        assertThat(files.env()).hasValueSatisfying(s -> assertThat(s.content()).isEmpty());
        assertThat(files.compose()).hasValueSatisfying(s -> assertThat(s.content()).isEmpty());
        assertThat(files.example()).hasValueSatisfying(s -> assertThat(s.content()).isEmpty());
    }

    @Test
    void missingFilesAreEmptyAndTheExampleIsLookedForBesideTheComposeFileFirst() throws Exception {
        assertThat(StackEnvFiles.read(link, settings)).satisfies(files -> {
            assertThat(files.env()).isEmpty();
            assertThat(files.compose()).isEmpty();
            assertThat(files.example()).isEmpty();
        });

        stack(null, null, null, "TOP=1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(StackEnvFiles.read(link, settings).example().orElseThrow().path()).isEqualTo(repo.resolve(".env.example").toString());

        stack(null, null, "BESIDE=1\n".getBytes(StandardCharsets.UTF_8), null);
        assertThat(StackEnvFiles.read(link, settings).example().orElseThrow().text()).isEqualTo("BESIDE=1\n");
    }

    @Test
    void binaryContentWithoutAFinalNewlineComesBackWhole() throws Exception {
        byte[] every = new byte[256];
        for (int i = 0; i < every.length; i++) {
            every[i] = (byte) i;
        }
        byte[] large = new byte[300_000];
        new Random(7).nextBytes(large);
        stack(every, large, "A=1\r\nB=2".getBytes(StandardCharsets.UTF_8), null);

        StackEnvFiles files = StackEnvFiles.read(link, settings);

        assertThat(files.env().orElseThrow().content()).isEqualTo(every);
        assertThat(files.compose().orElseThrow().content()).isEqualTo(large);
        assertThat(files.example().orElseThrow().text()).isEqualTo("A=1\r\nB=2");
    }

    @Test
    void anUnreadableFileSaysWhichAndWhy() throws Exception {
        stack("SECRET=canary-Pw-5521\n".getBytes(StandardCharsets.UTF_8), new byte[0], null, null);
        Path env = compose.resolve(".env");
        Commands.run("chown", "root:", env.toString());
        Files.setPosixFilePermissions(env, PosixFilePermissions.fromString("rw-------"));

        assertThatThrownBy(() -> StackEnvFiles.read(link, settings)).isInstanceOf(IOException.class)
                .hasMessage("Cannot read " + env + " on the VM: cat: " + env + ": Permission denied")
                .hasMessageNotContaining("canary");
    }

    @Test
    void aDirectoryWhereTheEnvShouldBeSaysSo() throws Exception {
        stack(null, new byte[0], null, null);
        Path env = Files.createDirectories(compose.resolve(".env"));

        assertThatThrownBy(() -> StackEnvFiles.read(link, settings)).isInstanceOf(IOException.class)
                .hasMessage("Cannot read " + env + " on the VM: cat: " + env + ": Is a directory");
    }

    @Test
    void anUnreadableExampleAtTheTopDoesNotMatterWhenOneIsBesideTheComposeFile() throws Exception {
        stack(null, null, "BESIDE=1\n".getBytes(StandardCharsets.UTF_8), "TOP=1\n".getBytes(StandardCharsets.UTF_8));
        Path top = repo.resolve(".env.example");
        Commands.run("chown", "root:", top.toString());
        Files.setPosixFilePermissions(top, PosixFilePermissions.fromString("rw-------"));

        assertThat(StackEnvFiles.read(link, settings).example().orElseThrow().text()).isEqualTo("BESIDE=1\n");
    }

    /** Writes the files that are not null into the stack, owned by the login user. */
    private void stack(byte[] env, byte[] composeFile, byte[] exampleBeside, byte[] exampleTop) throws IOException {
        Files.createDirectories(compose);
        write(compose.resolve(".env"), env);
        write(compose.resolve("docker-compose.yml"), composeFile);
        write(compose.resolve(".env.example"), exampleBeside);
        write(repo.resolve(".env.example"), exampleTop);
        user.own(repo);
    }

    private static void write(Path file, byte[] content) throws IOException {
        if (content != null) {
            Files.write(file, content);
        }
    }
}
