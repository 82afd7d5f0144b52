package eltdeck.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.ssh.StreamingCommand;
import eltdeck.testvm.Await;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.tunnel.ConnectionSupervisor;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile connected in the window: its actions open channels on the supervisor's connection, counted on the embedded
 * sshd as client connections; beyond the session limit a second connection; a dead live connection is never reused.
 */
class SharedLinksTest {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final int MAX_SESSIONS = 4;

    @TempDir
    Path dir;
    private EmbeddedSshd sshd;
    private Profile profile;
    private ConnectionSupervisor supervisor;
    private SharedLinks links;
    private final List<AutoCloseable> held = new ArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "shared", null);
        sshd = EmbeddedSshd.admitting(key, dir);
        profile = sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts"))).withTunnels(List.of());
        SshConnector connector = new SshConnector(NoPassphrase.SOURCE, null);
        supervisor = new ConnectionSupervisor(profile, connector, HostKeyPolicy.STRICT, Duration.ofMillis(500));
        LiveSessions live = new LiveSessions();
        live.track(supervisor);
        links = new SharedLinks(live, LinkSource.own(connector, HostKeyPolicy.STRICT), MAX_SESSIONS);
        supervisor.start();
        assertThat(supervisor.awaitConnected(WAIT)).isTrue();
        Await.until(WAIT, "the supervisor's one connection", () -> sshd.openSessions() == 1);
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : held) {
            c.close();
        }
        supervisor.close();
        sshd.close();
    }

    @Test
    void actionsWhileConnectedRideOnTheLiveConnection() throws Exception {
        int logins = sshd.sessionsCreated();
        for (int i = 0; i < 20; i++) {
            try (SshLink link = links.open(profile, 1)) {
                assertThat(run(link, "echo action-" + i)).isEqualTo("action-" + i + "\n");
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                int n = i;
                Callable<String> action = () -> {
                    try (SshLink link = links.open(profile, 1)) {
                        return run(link, "echo at-once-" + n);
                    }
                };
                answers.add(pool.submit(action));
            }
            for (int i = 0; i < 3; i++) {
                assertThat(answers.get(i).get()).isEqualTo("at-once-" + i + "\n");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sshd.sessionsCreated()).as("connections made to sshd by 23 actions").isEqualTo(logins);
        assertThat(sshd.openSessions()).isEqualTo(1);
        assertThat(supervisor.liveLink()).as("closing a shared link leaves the live one up").isPresent();
    }

    @Test
    void beyondTheSessionLimitASecondConnectionIsSharedThenClosed() throws Exception {
        // The live connection keeps one channel for its supervisor's checks: 3 followers fill it.
        for (int i = 0; i < MAX_SESSIONS - 1; i++) {
            follow(links.open(profile, 1));
        }
        assertThat(sshd.openSessions()).isEqualTo(1);

        SshLink second = links.open(profile, 1);
        assertThat(run(second, "echo on-the-second")).isEqualTo("on-the-second\n");
        assertThat(sshd.openSessions()).isEqualTo(2);
        SshLink alsoSecond = links.open(profile, 1);
        assertThat(run(alsoSecond, "echo shared-too")).isEqualTo("shared-too\n");
        assertThat(sshd.openSessions()).as("the second connection is shared as the first").isEqualTo(2);

        second.close();
        alsoSecond.close();
        Await.until(WAIT, "the second connection closed with its last action", () -> sshd.openSessions() == 1);
    }

    @Test
    void closingASharedLinkEndsItsChannelsAndRefusesNewOnes() throws Exception {
        SshLink link = links.open(profile, 1);
        StreamingCommand follower = link.start(RemoteCommand.script("echo started; sleep 300"), false);
        assertThat(new String(follower.output().readNBytes(8), StandardCharsets.UTF_8)).isEqualTo("started\n");
        link.close();
        assertThat(follower.output().read()).as("the follower's channel ended").isEqualTo(-1);
        assertThatThrownBy(() -> run(link, "true")).hasMessageContaining("closed");
        assertThat(supervisor.liveLink()).isPresent();
    }

    @Test
    void aDeadLiveConnectionFailsItsChannelsAndIsNotReused() throws Exception {
        SshLink onLive = links.open(profile, 1);
        assertThat(run(onLive, "echo before")).isEqualTo("before\n");

        supervisor.stop();
        Await.until(WAIT, "the live connection gone", () -> !onLive.isConnected());
        assertThatThrownBy(() -> run(onLive, "echo after")).isInstanceOf(Exception.class);
        onLive.close();

        // The client sees the connection gone before the server has counted it closed.
        Await.until(WAIT, "the server to see the live connection closed", () -> sshd.openSessions() == 0);
        try (SshLink next = links.open(profile, 1)) {
            assertThat(run(next, "echo next")).isEqualTo("next\n");
            assertThat(sshd.openSessions()).as("a connection of its own").isEqualTo(1);
        }
        Await.until(WAIT, "the action's own connection closed with it", () -> sshd.openSessions() == 0);
    }

    @Test
    void aLiveConnectionKilledByTheServerIsNotReused() throws Exception {
        SshLink onLive = links.open(profile, 1);
        sshd.stop();
        Await.until(WAIT, "the client sees the connection gone", () -> !onLive.isConnected());
        assertThatThrownBy(() -> run(onLive, "true")).isInstanceOf(Exception.class);
        onLive.close();
        sshd.startAgain();

        try (SshLink next = links.open(profile, 1)) {
            assertThat(run(next, "echo fresh")).isEqualTo("fresh\n");
        }
    }

    private void follow(SshLink link) throws Exception {
        StreamingCommand follower = link.start(RemoteCommand.script("echo following; sleep 300"), false);
        assertThat(new String(follower.output().readNBytes(10), StandardCharsets.UTF_8)).isEqualTo("following\n");
        held.add(follower);
        held.add(link);
    }

    private static String run(SshLink link, String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = link.exec(RemoteCommand.script(command), out, OutputStream.nullOutputStream(), false);
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }
}
