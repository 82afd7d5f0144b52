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
import eltdeck.testvm.Commands;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import eltdeck.tunnel.ConnectionSupervisor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against a real OpenSSH sshd at its default MaxSessions (10): one connection refuses an eleventh session channel,
 * and the window's shared links carry twelve long-lived followers of a connected profile on two connections.
 */
class SharedLinksOpenSshTest {
    private static final RemoteCommand FOLLOW = RemoteCommand.script("echo following; sleep 300");

    @TempDir
    Path dir;
    private OpenSshd sshd;
    private Profile profile;
    private ConnectionSupervisor supervisor;
    private SharedLinks links;
    private final List<AutoCloseable> held = new ArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        Prerequisites.requireOpenSshd();
        Prerequisites.requireCommands("ss");
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "shared", null);
        sshd = OpenSshd.onLoopback(dir.resolve("sshd"), Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
        profile = sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts"))).withTunnels(List.of());
        SshConnector connector = new SshConnector(NoPassphrase.SOURCE, null);
        supervisor = new ConnectionSupervisor(profile, connector, HostKeyPolicy.STRICT, Duration.ofSeconds(30));
        LiveSessions live = new LiveSessions();
        live.track(supervisor);
        links = new SharedLinks(live, LinkSource.own(connector, HostKeyPolicy.STRICT), SharedLinks.OPENSSH_MAX_SESSIONS);
        supervisor.start();
        assertThat(supervisor.awaitConnected(Duration.ofSeconds(20))).isTrue();
    }

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : held) {
            c.close();
        }
        if (supervisor != null) {
            supervisor.close();
        }
        if (sshd != null) {
            sshd.close();
        }
    }

    @Test
    void oneConnectionRefusesTheEleventhSessionChannel() throws Exception {
        SshLink live = supervisor.liveLink().orElseThrow();
        SshLink view = live.share(() -> { });
        held.add(view);
        for (int i = 0; i < SharedLinks.OPENSSH_MAX_SESSIONS; i++) {
            follow(view);
        }
        assertThatThrownBy(() -> view.start(FOLLOW, false)).isInstanceOf(Exception.class);
    }

    @Test
    void twelveFollowersOfAConnectedProfileRideOnTwoConnections() throws Exception {
        for (int i = 0; i < 12; i++) {
            SshLink link = links.open(profile, 1);
            held.add(link);
            follow(link);
        }
        assertThat(establishedConnections()).as("connections to sshd").isEqualTo(2);
    }

    private void follow(SshLink link) throws Exception {
        StreamingCommand follower = link.start(FOLLOW, false);
        held.add(0, follower);
        assertThat(new String(follower.output().readNBytes(10), StandardCharsets.UTF_8)).isEqualTo("following\n");
    }

    /** Established TCP connections to sshd's port, as the server's side counts them. */
    private long establishedConnections() throws Exception {
        String out = Commands.run("ss", "-Htn", "state", "established", "( sport = :" + sshd.port() + " )");
        return out.lines().filter(l -> !l.isBlank()).count();
    }
}
