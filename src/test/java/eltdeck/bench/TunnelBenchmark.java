package eltdeck.bench;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.PassphraseSource;
import eltdeck.ssh.SshConnector;
import eltdeck.testvm.ChildProcess;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpStandIn;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.TestKeys;
import eltdeck.tunnel.ConnectionSupervisor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ELT Deck's tunnel beside what users would type instead, against one real OpenSSH sshd on loopback, the
 * routes interleaved so that drift of the machine hits them all alike. Prints figures; asserts nothing.
 * Run with {@code mvn -Pbench verify}.
 */
@Tag("bench")
class TunnelBenchmark {
    private static final long DOWNLOAD_BYTES = 512L << 20;
    private static final int DOWNLOAD_ROUNDS = 3;
    private static final int REQUESTS = 200;
    private static final int WARMUP_REQUESTS = 30;

    @TempDir
    Path dir;

    @Test
    void tunnelsSideBySide() throws Exception {
        Prerequisites.requireOpenSshd();
        Prerequisites.requireOpenSshClient();
        TestKeys.Key key = new TestKeys(dir.resolve("keys")).ed25519();
        Path authorized = TestKeys.authorize(dir.resolve("authorized_keys"), key);
        try (OpenSshd sshd = OpenSshd.onLoopback(dir.resolve("sshd"), authorized);
             BulkServer bulk = new BulkServer(DOWNLOAD_BYTES);
             HttpStandIn http = HttpStandIn.start(FreePort.find())) {
            Path knownHosts = sshd.writeKnownHosts(dir.resolve("known_hosts"));
            List<Route> routes = new ArrayList<>();
            try {
                routes.add(new Route("direct on loopback", bulk.port(), http.port(), () -> { }));
                routes.add(eltDeck(sshd, key, knownHosts, bulk.port(), http.port()));
                routes.add(openSsh("ssh -N -L", List.of("-N"), sshd, key, knownHosts, bulk.port(), http.port()));
                routes.add(openSsh("ssh -L + remote shell", List.of("-tt"), sshd, key, knownHosts, bulk.port(), http.port()));
                report(sshd, measure(routes), System.out);
            } finally {
                for (Route r : routes) {
                    r.closer().close();
                }
            }
        }
    }

    private static Map<Route, double[][]> measure(List<Route> routes) throws IOException {
        for (Route r : routes) {
            Measure.throughputMiBs(r.bulkPort());
            for (int i = 0; i < WARMUP_REQUESTS; i++) {
                Measure.requestMillis(r.httpPort());
            }
        }
        Map<Route, double[][]> figures = new LinkedHashMap<>();
        routes.forEach(r -> figures.put(r, new double[][] {new double[DOWNLOAD_ROUNDS], new double[REQUESTS]}));
        for (int round = 0; round < DOWNLOAD_ROUNDS; round++) {
            for (Route r : routes) {
                figures.get(r)[0][round] = Measure.throughputMiBs(r.bulkPort());
            }
        }
        for (int i = 0; i < REQUESTS; i++) {
            for (Route r : routes) {
                figures.get(r)[1][i] = Measure.requestMillis(r.httpPort());
            }
        }
        return figures;
    }

    private static void report(OpenSshd sshd, Map<Route, double[][]> figures, PrintStream out) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append(String.format("Tunnel benchmark, %s, %d cores, Java %s, %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), sshVersion()));
        table.append(String.format("%d MiB download (median of %d) and %d small HTTP requests on fresh connections, interleaved%n%n",
                DOWNLOAD_BYTES >> 20, DOWNLOAD_ROUNDS, REQUESTS));
        table.append(String.format("%-24s %14s %10s %10s%n", "route", "download MiB/s", "p50 ms", "p95 ms"));
        double openSshThroughput = 0;
        double elt = 0;
        for (Map.Entry<Route, double[][]> e : figures.entrySet()) {
            double throughput = Measure.percentile(e.getValue()[0], 50);
            table.append(String.format("%-24s %14.0f %10.3f %10.3f%n", e.getKey().name(), throughput,
                    Measure.percentile(e.getValue()[1], 50), Measure.percentile(e.getValue()[1], 95)));
            if (e.getKey().name().equals("ssh -N -L")) {
                openSshThroughput = throughput;
            } else if (e.getKey().name().startsWith("ELT Deck")) {
                elt = throughput;
            }
        }
        table.append(String.format("%nELT Deck / ssh -N -L download: %.2fx%n", elt / openSshThroughput));
        out.print(table);
        Path file = Path.of("target", "bench", "tunnel.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table.toString(), StandardCharsets.UTF_8);
    }

    private static String sshVersion() {
        try {
            Process p = new ProcessBuilder("ssh", "-V").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "ssh version unknown";
        }
    }

    private static Route eltDeck(OpenSshd sshd, TestKeys.Key key, Path knownHosts, int bulkPort, int httpPort)
            throws InterruptedException {
        int localBulk = FreePort.find();
        int localHttp = FreePort.find();
        Profile profile = sshd.profile(key.privateKey(), knownHosts).withKeepAlive(Profile.KeepAlive.DEFAULT)
                .withTunnels(List.of(new TunnelSpec("bulk", bulkPort, localBulk), new TunnelSpec("http", httpPort, localHttp)));
        ConnectionSupervisor supervisor = new ConnectionSupervisor(profile, new SshConnector(PassphraseSource.NONE),
                HostKeyPolicy.STRICT, Duration.ofMinutes(10));
        supervisor.start();
        if (!supervisor.awaitConnected(Duration.ofSeconds(20))) {
            supervisor.close();
            throw new IllegalStateException("ELT Deck could not connect: " + supervisor.state().describe());
        }
        return new Route("ELT Deck tunnel", localBulk, localHttp, supervisor::close);
    }

    /** The command a user types, with the same key and known_hosts, forwarding the same two ports. */
    private static Route openSsh(String name, List<String> mode, OpenSshd sshd, TestKeys.Key key, Path knownHosts,
                                 int bulkPort, int httpPort) throws IOException {
        int localBulk = FreePort.find();
        int localHttp = FreePort.find();
        List<String> command = new ArrayList<>(List.of("ssh"));
        command.addAll(mode);
        command.addAll(List.of("-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts,
                "-o", "ExitOnForwardFailure=yes", "-i", key.privateKey().toString(), "-p", String.valueOf(sshd.port()),
                "-L", localBulk + ":localhost:" + bulkPort, "-L", localHttp + ":localhost:" + httpPort,
                sshd.user() + "@" + sshd.host()));
        ChildProcess ssh = ChildProcess.start(name, command, Files.createTempFile("bench-ssh", ".log"));
        awaitForward(localHttp, ssh);
        return new Route(name, localBulk, localHttp, ssh::stop);
    }

    private static void awaitForward(int port, ChildProcess ssh) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            try {
                Measure.requestMillis(port);
                return;
            } catch (IOException e) {
                if (!ssh.isAlive()) {
                    throw new IllegalStateException("ssh exited: " + ssh.output());
                }
                Thread.onSpinWait();
            }
        }
        throw new IllegalStateException("the ssh forward on port " + port + " did not come up: " + ssh.output());
    }

    /** One way to reach the two test servers, and how to take it down. */
    private record Route(String name, int bulkPort, int httpPort, Closer closer) {
    }

    @FunctionalInterface
    private interface Closer {
        void close() throws IOException;
    }
}
