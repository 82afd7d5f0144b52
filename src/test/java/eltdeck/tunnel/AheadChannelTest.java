package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.testvm.Await;
import eltdeck.testvm.EmbeddedSshd;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The channel a tunnel opens ahead of its next connection, against the embedded sshd and a service that greets each
 * connection with its number: which connection a client gets, and what it hears, tells which channel it was given.
 */
class AheadChannelTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    EmbeddedSshd sshd;
    SshLink link;
    GreetingService service;
    ExecutorService pumps;
    LocalForwarder forwarder;

    @BeforeEach
    void start() throws Exception {
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "ahead", null);
        sshd = EmbeddedSshd.start("deck", Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
        Profile profile = sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts")));
        link = new SshConnector(NoPassphrase.SOURCE, null).connect(profile, HostKeyPolicy.STRICT);
        service = GreetingService.start();
        pumps = Executors.newCachedThreadPool(DaemonThreads.named("ahead-test"));
        forwarder = new LocalForwarder(service.port(), 0, () -> link, pumps);
        forwarder.bind();
    }

    @AfterEach
    void stop() throws IOException {
        forwarder.close();
        pumps.shutdownNow();
        service.close();
        link.close();
        sshd.close();
    }

    @Test
    void theNextConnectionTakesTheChannelOpenedAheadWithWhatTheServiceSentMeanwhile() throws Exception {
        assertThat(greetingThroughTunnel()).isEqualTo("hello 1");
        Await.until(WAIT, "a channel opened ahead", forwarder::holdsChannelAhead);

        assertThat(greetingThroughTunnel()).as("the greeting sent before this client came").isEqualTo("hello 2");
        Await.until(WAIT, "the next channel opened ahead", forwarder::holdsChannelAhead);
        assertThat(service.accepted()).isEqualTo(3);
    }

    @Test
    void aChannelOpenedAheadWhoseServiceHungUpIsNotHandedOn() throws Exception {
        service.hangUpOn(2);
        assertThat(greetingThroughTunnel()).isEqualTo("hello 1");
        Await.until(WAIT, "the channel opened ahead, and the service's hang-up on it to reach the tunnel",
                () -> forwarder.channelsOpenedAhead() == 1 && !forwarder.holdsChannelAhead());
        assertThat(service.hungUp()).isEqualTo(1);

        assertThat(greetingThroughTunnel()).as("a fresh channel, not the dead one").isEqualTo("hello 3");
    }

    @Test
    void aChannelOpenedAheadAndNotUsedIsClosedAfterItsLifetime() throws Exception {
        assertThat(greetingThroughTunnel()).isEqualTo("hello 1");
        Await.until(WAIT, "a channel opened ahead", forwarder::holdsChannelAhead);

        Await.until(WAIT, "the service to see the unused connection closed", () -> service.closedByClient() == 2);
        assertThat(forwarder.holdsChannelAhead()).isFalse();
        assertThat(forwarder.openConnections()).isZero();
    }

    @Test
    void aChannelOpenedAheadIsDroppedWithTheConnections() throws Exception {
        assertThat(greetingThroughTunnel()).isEqualTo("hello 1");
        Await.until(WAIT, "a channel opened ahead", forwarder::holdsChannelAhead);

        forwarder.dropConnections();
        assertThat(forwarder.holdsChannelAhead()).isFalse();
        Await.until(WAIT, "the service to see both connections closed", () -> service.closedByClient() == 2);
    }

    /** Connects through the tunnel, reads the service's greeting and hangs up. */
    private String greetingThroughTunnel() throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), forwarder.localPort())) {
            s.setSoTimeout((int) WAIT.toMillis());
            return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8)).readLine();
        }
    }

    /** Greets each connection with "hello N", then waits for the client to close; hangs up at once on the ones named. */
    private static final class GreetingService implements AutoCloseable {
        private final ServerSocket server;
        private final AtomicInteger accepted = new AtomicInteger();
        private final AtomicInteger closedByClient = new AtomicInteger();
        private final AtomicInteger hungUp = new AtomicInteger();
        private final Set<Integer> hangUpOn = ConcurrentHashMap.newKeySet();

        private GreetingService(ServerSocket server) {
            this.server = server;
        }

        static GreetingService start() throws IOException {
            GreetingService service = new GreetingService(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread t = new Thread(service::acceptLoop, "greeting-accept");
            t.setDaemon(true);
            t.start();
            return service;
        }

        int port() {
            return server.getLocalPort();
        }

        int accepted() {
            return accepted.get();
        }

        int closedByClient() {
            return closedByClient.get();
        }

        int hungUp() {
            return hungUp.get();
        }

        void hangUpOn(int connection) {
            hangUpOn.add(connection);
        }

        private void acceptLoop() {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    int number = accepted.incrementAndGet();
                    Thread t = new Thread(() -> serve(client, number), "greeting-" + number);
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        }

        private void serve(Socket client, int number) {
            try (client) {
                if (hangUpOn.contains(number)) {
                    hungUp.incrementAndGet();
                    return;
                }
                client.getOutputStream().write(("hello " + number + "\n").getBytes(StandardCharsets.UTF_8));
                if (client.getInputStream().read() == -1) {
                    closedByClient.incrementAndGet();
                }
            } catch (IOException e) {
                // The tunnel went away.
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
