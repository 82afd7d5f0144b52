package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.testvm.Await;
import eltdeck.testvm.TestSshServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@link RemoteFiles} against a real shell on each test server; the "VM" files are this machine's. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RemoteFilesContract {
    private static final String CANARY = "canary-Sn0wfl@ke-4711";

    Path dir;
    TestSshServer server;
    SshConnector connector;
    KeyGenerator.GeneratedKey key;
    Path knownHosts;
    SshLink link;

    abstract TestSshServer start(Path authorizedKeys);

    @BeforeAll
    void connect(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        key = KeyGenerator.generate(dir.resolve("id"), "files", null);
        server = start(Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
        knownHosts = server.writeKnownHosts(dir.resolve("known_hosts"));
        connector = new SshConnector(NoPassphrase.SOURCE, null);
        link = open();
    }

    private SshLink open() throws Exception {
        return connector.connect(server.profile(key.privateKey(), knownHosts), HostKeyPolicy.STRICT);
    }

    @AfterAll
    void disconnect() {
        if (link != null) {
            link.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private Path fresh(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name)).resolve(".env");
    }

    @Test
    void absentFileReadsAsEmptyAndIsCreatedPrivate() throws Exception {
        Path file = fresh("create");
        RemoteFiles files = new RemoteFiles(link);
        assertThat(files.read(file.toString())).isEmpty();
        byte[] content = "\uFEFFA=1\r\n# comment\r\nB=$$x\r\n".getBytes(StandardCharsets.UTF_8);
        files.write(file.toString(), content, null, Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(files.read(file.toString())).hasValueSatisfying(s -> assertThat(s.content()).isEqualTo(content));
        assertThat(siblings(file)).containsExactly(".env");
    }

    @Test
    void eachWriteKeepsTheOldVersionAndOnlyTheNewestTenBackups() throws Exception {
        Path file = fresh("backups");
        RemoteFiles files = new RemoteFiles(link);
        RemoteFiles.Snapshot last = files.write(file.toString(), "V=0\n".getBytes(StandardCharsets.UTF_8), null, Instant.EPOCH);
        for (int i = 1; i <= 12; i++) {
            last = files.write(file.toString(), ("V=" + i + "\n").getBytes(StandardCharsets.UTF_8), last, Instant.EPOCH.plusSeconds(i));
        }
        assertThat(Files.readString(file)).isEqualTo("V=12\n");
        assertThat(siblings(file)).hasSize(11).contains(".env", ".env.bak-19700101T000012Z", ".env.bak-19700101T000003Z")
                .doesNotContain(".env.bak-19700101T000002Z");
        assertThat(Files.readString(file.resolveSibling(".env.bak-19700101T000012Z"))).isEqualTo("V=11\n");
    }

    @Test
    void aFileChangedOnTheVmSinceItWasReadIsNotOverwritten() throws Exception {
        Path file = fresh("changed");
        Files.writeString(file, "A=1\n");
        RemoteFiles files = new RemoteFiles(link);
        RemoteFiles.Snapshot read = files.read(file.toString()).orElseThrow();
        Files.writeString(file, "A=2\n");
        assertThatThrownBy(() -> files.write(file.toString(), "A=3\n".getBytes(StandardCharsets.UTF_8), read, Instant.now()))
                .isInstanceOf(RemoteFiles.ChangedOnVmException.class).hasMessageContaining("changed on the VM since it was read");
        assertThat(Files.readString(file)).isEqualTo("A=2\n");
        assertThatThrownBy(() -> files.write(file.toString(), "A=3\n".getBytes(StandardCharsets.UTF_8), null, Instant.now()))
                .isInstanceOf(RemoteFiles.ChangedOnVmException.class);
    }

    /**
     * The connection dies halfway through the content (what a dropped link does to the write): the old file
     * stays whole, no temp file is left, and the secret being written was never on a command line.
     */
    @Test
    void anInterruptedWriteLeavesTheOldFile() throws Exception {
        Path file = fresh("interrupted");
        Files.writeString(file, "OLD=1\n");
        RemoteFiles.Snapshot read = new RemoteFiles(link).read(file.toString()).orElseThrow();
        byte[] half = ("SNOWFLAKE_PASSWORD=" + CANARY + "\n").getBytes(StandardCharsets.UTF_8);
        CountDownLatch sent = new CountDownLatch(1);
        CountDownLatch abandoned = new CountDownLatch(1);
        // After half the content the stream stalls, as a dying laptop's would, until the test gives the write up.
        InputStream stalls = new SequenceInputStream(new ByteArrayInputStream(RemoteFiles.header(read, half.length * 2)),
                new SequenceInputStream(new ByteArrayInputStream(half), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        sent.countDown();
                        try {
                            abandoned.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new IOException("stopped");
                    }
                }));
        SshLink doomed = open();
        CompletableFuture<Integer> writing = CompletableFuture.supplyAsync(() -> {
            try {
                return doomed.exec(RemoteFiles.writeCommand(file.toString(), Instant.now()), stalls,
                        OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false);
            } catch (Exception e) {
                return -1;
            }
        });
        assertThat(sent.await(20, TimeUnit.SECONDS)).isTrue();
        awaitTempFile(file.getParent());
        assertThat(processArguments()).as("no secret on any command line").doesNotContain(CANARY);
        doomed.close();
        abandoned.countDown();
        writing.cancel(true);
        awaitNoTempFile(file);
        assertThat(Files.readString(file)).isEqualTo("OLD=1\n");
    }

    @Test
    void homeRelativePathsResolveOnTheVm() throws Exception {
        ByteArrayOutputStream home = new ByteArrayOutputStream();
        link.exec(RemoteCommand.script("printf %s \"$HOME\""), home, OutputStream.nullOutputStream(), false);
        String relative = ".eltdeck-test-" + ProcessHandle.current().pid() + "/.env";
        Path target = Path.of(home.toString(StandardCharsets.UTF_8), relative);
        try {
            new RemoteFiles(link).write("~/" + relative, "H=1\n".getBytes(StandardCharsets.UTF_8), null, Instant.now());
            assertThat(Files.readString(target)).isEqualTo("H=1\n");
        } finally {
            Files.deleteIfExists(target);
            Files.deleteIfExists(target.getParent());
        }
    }

    private String processArguments() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        link.exec(RemoteCommand.script("ps -eo args"), out, OutputStream.nullOutputStream(), false);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String[] siblings(Path file) {
        return Stream.of(listed(file.getParent())).sorted().toArray(String[]::new);
    }

    private static void awaitNoTempFile(Path file) throws Exception {
        Await.until(Duration.ofSeconds(10), "the temp file to go", () -> listed(file.getParent()).length == 1);
        assertThat(siblings(file)).containsExactly(".env");
    }

    /** Waits until the remote temp file exists: the content is being received into it. */
    private static void awaitTempFile(Path dir) {
        Await.until(Duration.ofSeconds(20), "the write to start (its temp file)",
                () -> Stream.of(listed(dir)).anyMatch(name -> name.startsWith(".eltdeck-write.")));
    }

    private static String[] listed(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).toArray(String[]::new);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
