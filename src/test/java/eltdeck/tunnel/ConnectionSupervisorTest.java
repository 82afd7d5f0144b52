package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.testvm.Await;
import eltdeck.testvm.ChildProcess;
import eltdeck.testvm.EchoServer;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpProbe;
import eltdeck.testvm.HttpStandIn;
import eltdeck.testvm.LinkTimeline;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.TunnelWatch;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tunnels of a profile with custom ports, supervised against the embedded sshd, whose "VM services" are HTTP
 * stand-ins on this machine's loopback. Runs anywhere.
 */
class ConnectionSupervisorTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    EmbeddedSshd sshd;
    final Map<Integer, HttpStandIn> services = new LinkedHashMap<>();
    Profile profile;
    ConnectionSupervisor supervisor;
    TunnelWatch watch;
    int web;
    int api;

    @BeforeEach
    void startVm() throws Exception {
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "tunnels", null);
        sshd = EmbeddedSshd.admitting(key, dir);
        web = startService(FreePort.find());
        api = startService(FreePort.find());
        profile = sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts")))
                .withTunnels(List.of(new TunnelSpec("Web", web, FreePort.find()), new TunnelSpec("API", api, FreePort.find())));
        supervisor = new ConnectionSupervisor(profile, new SshConnector(NoPassphrase.SOURCE, null), HostKeyPolicy.STRICT,
                Duration.ofMillis(500));
        watch = TunnelWatch.on(supervisor);
    }

    @AfterEach
    void stopVm() {
        supervisor.close();
        services.values().forEach(HttpStandIn::close);
        sshd.close();
    }

    @Test
    void everyTunnelCarriesHttpAndShowsUpWithItsRoundTrip() throws Exception {
        supervisor.start();
        assertThat(supervisor.awaitConnected(WAIT)).as(watch.describe()).isTrue();
        watch.awaitAllUp(WAIT);
        for (TunnelSpec spec : profile.tunnels()) {
            assertThat(HttpProbe.get(spec.localPort(), WAIT)).isEqualTo(HttpStandIn.bodyFor(spec.remotePort()));
            TunnelStatus status = watch.status(spec.remotePort());
            assertThat(status.localPort()).isEqualTo(spec.localPort());
            assertThat(status.rttMillis()).isPositive();
            assertThat(status.describe()).startsWith("Up, ");
        }
    }

    @Test
    void forwardsListenOnLoopbackOnly() throws Exception {
        supervisor.start();
        watch.awaitAllUp(WAIT);
        for (TunnelSpec spec : profile.tunnels()) {
            // Were the forward bound to the wildcard address, this bind would fail with "Address already in use".
            assertThatCode(() -> {
                try (ServerSocket other = new ServerSocket()) {
                    other.setReuseAddress(false);
                    other.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), spec.localPort()));
                }
            }).as("forward on local port %d binds 127.0.0.1 only", spec.localPort()).doesNotThrowAnyException();
        }
    }

    @Test
    void bulkTrafficCrossesTheForwardIntactBothWaysAndIsCounted() throws Exception {
        int local = FreePort.find();
        try (EchoServer echo = EchoServer.start(); EchoTunnel tunnel = echoTunnelUp(echo, local)) {
            TunnelWatch w = tunnel.watch();
            byte[] sent = new byte[8 * 1024 * 1024];
            new Random(42).nextBytes(sent);
            assertThat(roundTrip(local, sent)).isEqualTo(sent);
            Await.until(WAIT, "byte counters of " + sent.length, () -> w.status(echo.port()).bytesIn() == sent.length
                    && w.status(echo.port()).bytesOut() == sent.length, w::describe);
        }
    }

    @Test
    void connectionsInFlightDoNotHoldUpNewOnes() throws Exception {
        int local = FreePort.find();
        try (EchoServer echo = EchoServer.start(); EchoTunnel tunnel = echoTunnelUp(echo, local)) {
            TunnelWatch w = tunnel.watch();
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    Socket c = new Socket(InetAddress.getLoopbackAddress(), local);
                    c.setSoTimeout(10_000);
                    held.add(c);
                    assertThat(echoLine(c, "connection " + i)).isEqualTo("connection " + i);
                }
                for (int i = 0; i < held.size(); i++) {
                    assertThat(echoLine(held.get(i), "still open " + i)).isEqualTo("still open " + i);
                }
                Await.until(WAIT, "4 connections in flight", () -> w.status(echo.port()).openConnections() == 4, w::describe);
            } finally {
                for (Socket c : held) {
                    c.close();
                }
            }
        }
    }

    /** A supervisor of one tunnel to the echo server, up. */
    private EchoTunnel echoTunnelUp(EchoServer echo, int localPort) {
        Profile p = profile.withTunnels(List.of(new TunnelSpec("Echo", echo.port(), localPort)));
        ConnectionSupervisor s = new ConnectionSupervisor(p, new SshConnector(NoPassphrase.SOURCE, null), HostKeyPolicy.STRICT,
                Duration.ofMillis(500));
        EchoTunnel tunnel = new EchoTunnel(s, TunnelWatch.on(s));
        s.start();
        tunnel.watch().awaitTunnel(echo.port(), TunnelStatus.Kind.UP, WAIT);
        return tunnel;
    }

    private record EchoTunnel(ConnectionSupervisor supervisor, TunnelWatch watch) implements AutoCloseable {
        @Override
        public void close() {
            supervisor.close();
        }
    }

    /** Sends a line over a held connection and reads the echo back. */
    private static String echoLine(Socket c, String line) throws IOException {
        byte[] sent = line.getBytes(StandardCharsets.UTF_8);
        c.getOutputStream().write(sent);
        return new String(c.getInputStream().readNBytes(sent.length), StandardCharsets.UTF_8);
    }

    private static byte[] roundTrip(int port, byte[] data) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            // Write on another thread while reading here, or both sides' buffers fill up and stall.
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    socket.getOutputStream().write(data);
                    socket.shutdownOutput();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            byte[] back = socket.getInputStream().readAllBytes();
            writer.get(30, TimeUnit.SECONDS);
            return back;
        }
    }

    /** Only the server's "connect failed" means a closed port: a refusal for another reason says what to change. */
    @Test
    void forwardingRefusedBySshdIsNotCalledAClosedPort() throws Exception {
        supervisor.start();
        watch.awaitAllUp(WAIT);
        sshd.allowForwarding(false);
        try {
            TunnelStatus refused = watch.awaitTunnel(api, TunnelStatus.Kind.FORWARD_REFUSED, WAIT);
            assertThat(refused.describe()).contains("does not forward to port " + api, "AllowTcpForwarding");
            assertThat(watch.activities()).noneSatisfy(a -> assertThat(a.message()).contains("Remote port closed"));
            assertThat(supervisor.state().kind()).isEqualTo(ConnectionState.Kind.CONNECTED);
        } finally {
            sshd.allowForwarding(true);
        }
        watch.awaitAllUp(WAIT);
    }

    /**
     * A service that takes its time (a long poll): the forward's request goes unanswered, the link is checked, it
     * answers, and everything reads as before; the slow request is left alone.
     */
    @Test
    void requestLeftUnansweredByASlowServiceChecksTheLinkAndChangesNothing() throws Exception {
        supervisor.start();
        watch.awaitAllUp(WAIT);
        LinkTimeline timeline = LinkTimeline.on(supervisor);
        services.remove(api).close();
        // Accepts (the kernel's backlog does) and never answers.
        try (ServerSocket silent = new ServerSocket(api, 50, InetAddress.getLoopbackAddress());
             Socket client = new Socket(InetAddress.getLoopbackAddress(), watch.status(api).localPort())) {
            client.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();

            Await.until(Duration.ofSeconds(15), "the link checked and answering", () -> watch.activities().stream()
                    .anyMatch(a -> a.message().startsWith("The link answers")), watch::describe);
            watch.awaitState(ConnectionState.Kind.CONNECTED, WAIT);
            watch.awaitAllUp(WAIT);
            long checkedAt = timeline.first(ConnectionState.Kind.CHECKING, Long.MIN_VALUE).orElseThrow(
                    () -> new AssertionError("no check of the link:" + timeline.describe()));
            assertThat(timeline.tunnelEntries()).as(timeline.describe()).filteredOn(e -> e.atNanos() >= checkedAt)
                    .allSatisfy(e -> assertThat(e.tunnels()).allSatisfy(t -> assertThat(t.kind())
                            .isIn(TunnelStatus.Kind.UP, TunnelStatus.Kind.CHECKING)));
            client.setSoTimeout(200);
            assertThatThrownBy(() -> client.getInputStream().read()).as("the slow request is still open and waiting")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void closedRemotePortShowsAndTheTunnelComesBackWhenTheServiceDoes() throws Exception {
        supervisor.start();
        watch.awaitAllUp(WAIT);
        services.remove(api).close();

        TunnelStatus closed = watch.awaitTunnel(api, TunnelStatus.Kind.REMOTE_PORT_CLOSED, WAIT);
        assertThat(closed.describe()).contains("Remote port closed", String.valueOf(api));
        assertThatThrownBy(() -> HttpProbe.get(closed.localPort(), WAIT)).isInstanceOf(IOException.class);
        assertThat(watch.status(web).kind()).isEqualTo(TunnelStatus.Kind.UP);

        startService(api);
        watch.awaitTunnel(api, TunnelStatus.Kind.UP, WAIT);
        assertThat(HttpProbe.get(closed.localPort(), WAIT)).isEqualTo(HttpStandIn.bodyFor(api));
    }

    @Test
    @SuppressWarnings("try") // the socket only has to hold the port
    void busyLocalPortNamesItsHolderAndTheTunnelCanMoveToAnotherPort() throws Exception {
        int busy = watchedLocalPort(web);
        try (ServerSocket holder = new ServerSocket(busy, 1, InetAddress.getLoopbackAddress())) {
            supervisor.start();
            TunnelStatus status = watch.awaitTunnel(web, TunnelStatus.Kind.LOCAL_PORT_BUSY, WAIT);
            System.out.println("Busy local port reported as: " + status.describe());
            assertThat(status.portHolder()).isNotBlank();
            assertThat(status.describe()).contains("Local port busy", String.valueOf(busy), status.portHolder());
            assertThat(watch.activities()).anySatisfy(a -> assertThat(a.message()).contains("Local port " + busy, "held by"));
            watch.awaitTunnel(api, TunnelStatus.Kind.UP, WAIT);

            int moved = FreePort.find();
            supervisor.mapLocalPort(web, moved);
            TunnelStatus up = watch.awaitTunnel(web, TunnelStatus.Kind.UP, WAIT);
            assertThat(up.localPort()).isEqualTo(moved);
            assertThat(HttpProbe.get(moved, WAIT)).isEqualTo(HttpStandIn.bodyFor(web));
        }
    }

    @Test
    void portHeldByAnotherProgramNamesThatProgramAndItsPid() throws Exception {
        Prerequisites.requireCommands("ss");
        int busy = watchedLocalPort(web);
        try (ChildProcess other = HttpStandIn.launch(List.of(), busy, dir.resolve("holder.log"))) {
            HttpStandIn.awaitReady(other, busy);
            supervisor.start();
            TunnelStatus status = watch.awaitTunnel(web, TunnelStatus.Kind.LOCAL_PORT_BUSY, WAIT);
            assertThat(status.portHolder()).isEqualTo("java (pid " + other.pid() + ")");
        }
    }

    @Test
    void stoppedTunnelStaysStoppedAcrossAReconnect() throws Exception {
        supervisor.start();
        watch.awaitAllUp(WAIT);
        int local = watchedLocalPort(web);
        supervisor.stopTunnel(web);
        watch.awaitTunnel(web, TunnelStatus.Kind.STOPPED, WAIT);
        assertThatThrownBy(() -> HttpProbe.get(local, WAIT)).isInstanceOf(IOException.class);

        sshd.restart();
        watch.awaitHttpThroughAll(WAIT);
        watch.awaitTunnel(api, TunnelStatus.Kind.UP, WAIT);
        assertThat(watch.activities()).anySatisfy(a -> assertThat(a.message()).startsWith("Reconnected"));
        assertThat(watch.status(web).kind()).isEqualTo(TunnelStatus.Kind.STOPPED);
        assertThatThrownBy(() -> HttpProbe.get(local, WAIT)).isInstanceOf(IOException.class);

        supervisor.startTunnel(web);
        watch.awaitTunnel(web, TunnelStatus.Kind.UP, WAIT);
        assertThat(HttpProbe.get(local, WAIT)).isEqualTo(HttpStandIn.bodyFor(web));
    }

    @Test
    void tunnelsReturnOnTheSameLocalPortsWithinSecondsOfTheServer() throws Exception {
        supervisor.start();
        watch.awaitAllUp(WAIT);
        sshd.stop();
        watch.awaitReconnectAttempt(3, WAIT); // a few failed attempts, so the backoff has grown

        sshd.startAgain();
        Duration back = watch.awaitHttpThroughAll(Duration.ofSeconds(15));
        System.out.printf("Embedded sshd restart: tunnels carried HTTP again %d ms after the server returned%n", back.toMillis());
        assertThat(back).isLessThan(Duration.ofSeconds(5));
        for (TunnelSpec spec : profile.tunnels()) {
            assertThat(watch.status(spec.remotePort()).localPort()).isEqualTo(spec.localPort());
        }
    }

    @Test
    void hostKeyChangedWhileReconnectingStopsForGoodInsteadOfRetrying() throws Exception {
        supervisor.start();
        watch.awaitAllUp(WAIT);
        sshd.restartWithNewHostKey();

        watch.awaitState(ConnectionState.Kind.FAILED, WAIT);
        assertThat(supervisor.state().failure().kind()).isEqualTo(eltdeck.ssh.SshFailure.Kind.HOST_KEY_CHANGED);
        watch.awaitTunnel(web, TunnelStatus.Kind.STOPPED, WAIT);
        assertThatThrownBy(() -> HttpProbe.get(watchedLocalPort(web), WAIT)).isInstanceOf(IOException.class);
        // The connection's worker thread is the one that retries: once it has ended, nothing will.
        Await.until(WAIT, "the connection's worker to end", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().equals("connection-" + profile.name()) && t.isAlive()));
        assertThat(supervisor.state().kind()).as("no retry after a refused host key").isEqualTo(ConnectionState.Kind.FAILED);
    }

    private int watchedLocalPort(int remotePort) {
        return profile.tunnels().stream().filter(t -> t.remotePort() == remotePort).findFirst().orElseThrow().localPort();
    }

    private int startService(int port) throws IOException {
        services.put(port, HttpStandIn.start(port));
        return port;
    }
}
