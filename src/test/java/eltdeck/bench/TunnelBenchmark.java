package eltdeck.bench;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.testvm.ChildProcess;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.JvmInVm;
import eltdeck.testvm.NamespaceVm;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.TestKeys;
import eltdeck.tunnel.ConnectionSupervisor;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ELT Deck's tunnel beside what users would type instead, against one real OpenSSH sshd in a namespace VM (its
 * own network stack behind a veth link), with the servers on the VM. Each round makes 100 small HTTP requests per
 * route, each on a fresh connection (as a web UI's first requests are), interleaved request by request, then one
 * 256 MiB download per route; the order of the routes rotates every round, so drift of the (shared) machine hits
 * them all alike. The JVM runs with the installed app's JIT options ({@code app.jit.options} in the pom), and the
 * rounds measure the tunnel as it runs in an app kept open all day: after its first requests and download, which
 * are printed apart, while the JIT compiles the forwarding path over thousands more. Prints figures; asserts
 * nothing. Run with {@code mvn -Pbench verify}.
 */
@Tag("bench")
class TunnelBenchmark {
    private static final long DOWNLOAD_BYTES = 256L << 20;
    private static final int ROUNDS = 5;
    private static final int REQUESTS_PER_ROUND = 100;
    private static final int WARMUP_REQUESTS = 100;
    /**
     * Requests and downloads through ELT Deck's tunnel, beyond the warm-up, before the rounds: while fewer have
     * passed, the JIT is still compiling the forwarding path (the forwarder, JSch's channels and cipher), on the
     * cores the rounds share. OpenSSH's routes are native code from their first byte.
     */
    private static final int ELT_DECK_COMPILE_REQUESTS = 10_000;
    private static final int ELT_DECK_COMPILE_DOWNLOADS = 8;
    /** Ports on the VM, which has a network of its own. */
    private static final int VM_BULK_PORT = 9100;
    private static final int VM_HTTP_PORT = 9200;
    private static final String ELT_DECK = "ELT Deck tunnel";
    private static final String SSH_N = "ssh -N -L";
    private static final String SSH_SHELL = "ssh -L + remote shell";

    @TempDir
    Path dir;

    @Test
    void tunnelsSideBySide() throws Exception {
        Prerequisites.requireNamespaceVm();
        Prerequisites.requireOpenSshClient();
        TestKeys.Key key = new TestKeys(dir.resolve("keys")).ed25519();
        Path authorized = TestKeys.authorize(dir.resolve("authorized_keys"), key);
        try (NamespaceVm vm = NamespaceVm.start(dir.resolve("vm"), authorized, List.of(), Map.of());
             ChildProcess servers = JvmInVm.start(vm, "bench servers", VmBenchServers.class,
                     List.of(String.valueOf(DOWNLOAD_BYTES), String.valueOf(VM_BULK_PORT), String.valueOf(VM_HTTP_PORT)),
                     VmBenchServers.READY, dir.resolve("servers.log"))) {
            Path knownHosts = vm.sshd().writeKnownHosts(dir.resolve("known_hosts"));
            List<Route> routes = new ArrayList<>();
            try {
                routes.add(new Route("direct to the VM", InetAddress.getByName(vm.address()), VM_BULK_PORT, VM_HTTP_PORT, () -> { }));
                routes.add(eltDeck(vm, key, knownHosts));
                routes.add(openSsh(SSH_N, List.of("-N"), vm, key, knownHosts));
                routes.add(openSsh(SSH_SHELL, List.of("-tt"), vm, key, knownHosts));
                measure(routes);
                report(routes);
            } finally {
                for (Route r : routes) {
                    r.closer().close();
                }
            }
        }
    }

    private static void measure(List<Route> routes) throws IOException {
        for (Route r : routes) {
            r.firstDownload()[0] = Measure.throughputMiBs(r.host(), r.bulkPort());
            for (int i = 0; i < WARMUP_REQUESTS; i++) {
                r.firstRequests()[i] = Measure.requestMillis(r.host(), r.httpPort());
            }
        }
        Route eltDeck = named(routes, ELT_DECK);
        for (int i = 0; i < ELT_DECK_COMPILE_REQUESTS; i++) {
            Measure.requestMillis(eltDeck.host(), eltDeck.httpPort());
        }
        for (int i = 0; i < ELT_DECK_COMPILE_DOWNLOADS; i++) {
            Measure.throughputMiBs(eltDeck.host(), eltDeck.bulkPort());
        }
        List<Route> order = new ArrayList<>(routes);
        for (int round = 0; round < ROUNDS; round++) {
            Collections.rotate(order, 1);
            double[][] requests = new double[order.size()][REQUESTS_PER_ROUND];
            for (int i = 0; i < REQUESTS_PER_ROUND; i++) {
                for (int r = 0; r < order.size(); r++) {
                    requests[r][i] = Measure.requestMillis(order.get(r).host(), order.get(r).httpPort());
                }
            }
            for (int r = 0; r < order.size(); r++) {
                order.get(r).requestRounds().add(requests[r]);
                order.get(r).downloads().add(Measure.throughputMiBs(order.get(r).host(), order.get(r).bulkPort()));
            }
        }
    }

    private static void report(List<Route> routes) throws IOException {
        StringBuilder t = new StringBuilder();
        t.append(String.format("Tunnel benchmark, %s, %d cores, Java %s, %s%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), sshVersion()));
        t.append(String.format("sshd in a namespace VM behind a veth link; %d rounds, each %d small HTTP GETs per route on "
                + "fresh connections (interleaved) and one %d MiB download per route%n%n", ROUNDS, REQUESTS_PER_ROUND,
                DOWNLOAD_BYTES >> 20));
        t.append(String.format("%-22s %27s   %31s%n", "", "download MiB/s", "small GET ms, all rounds"));
        t.append(String.format("%-22s %8s %9s %8s   %7s %7s %7s %7s%n", "route", "min", "median", "max", "min", "p50", "p95", "p99"));
        for (Route r : routes) {
            double[] d = r.downloads().stream().mapToDouble(Double::doubleValue).toArray();
            double[] g = r.allRequests();
            t.append(String.format("%-22s %8.0f %9.0f %8.0f   %7.3f %7.3f %7.3f %7.3f%n", r.name(), min(d),
                    Measure.percentile(d, 50), Measure.percentile(d, 100), min(g), Measure.percentile(g, 50),
                    Measure.percentile(g, 95), Measure.percentile(g, 99)));
        }
        t.append(String.format("%nSmall GET p50 / p95 per round, ms:%n"));
        for (Route r : routes) {
            t.append(String.format("%-22s %s%n", r.name(), r.requestRounds().stream()
                    .map(g -> String.format("%.2f/%.2f", Measure.percentile(g, 50), Measure.percentile(g, 95)))
                    .collect(Collectors.joining("  "))));
        }
        t.append(String.format("%nEach route right after it came up, not in the figures above: its first download, MiB/s, and its first"
                + " %d small GETs, p50 / p95 ms%n(ELT Deck's tunnel then carried %d more GETs and %d more downloads before the"
                + " rounds):%n", WARMUP_REQUESTS, ELT_DECK_COMPILE_REQUESTS, ELT_DECK_COMPILE_DOWNLOADS));
        for (Route r : routes) {
            t.append(String.format("%-22s %8.0f   %.2f / %.2f%n", r.name(), r.firstDownload()[0],
                    Measure.percentile(r.firstRequests(), 50), Measure.percentile(r.firstRequests(), 95)));
        }
        Route elt = named(routes, ELT_DECK);
        Route sshN = named(routes, SSH_N);
        Route sshShell = named(routes, SSH_SHELL);
        t.append(String.format("%nELT Deck / better OpenSSH route: small GET p50 %.2fx, p95 %.2fx; download / %s: %.2fx%n",
                Measure.percentile(elt.allRequests(), 50) / Math.min(Measure.percentile(sshN.allRequests(), 50),
                        Measure.percentile(sshShell.allRequests(), 50)),
                Measure.percentile(elt.allRequests(), 95) / Math.min(Measure.percentile(sshN.allRequests(), 95),
                        Measure.percentile(sshShell.allRequests(), 95)),
                SSH_N, elt.medianDownload() / sshN.medianDownload()));
        System.out.print(t);
        Path file = Path.of("target", "bench", "tunnel.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, t.toString(), StandardCharsets.UTF_8);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static Route named(List<Route> routes, String name) {
        return routes.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static String sshVersion() {
        try {
            Process p = new ProcessBuilder("ssh", "-V").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "ssh version unknown";
        }
    }

    private static Route eltDeck(NamespaceVm vm, TestKeys.Key key, Path knownHosts) throws Exception {
        int localBulk = FreePort.find();
        int localHttp = FreePort.find();
        Profile profile = vm.sshd().profile(key.privateKey(), knownHosts).withKeepAlive(Profile.KeepAlive.DEFAULT)
                .withTunnels(List.of(new TunnelSpec("bulk", VM_BULK_PORT, localBulk), new TunnelSpec("http", VM_HTTP_PORT, localHttp)));
        ConnectionSupervisor supervisor = new ConnectionSupervisor(profile, new SshConnector(NoPassphrase.SOURCE, null),
                HostKeyPolicy.STRICT, Duration.ofMinutes(10));
        supervisor.start();
        if (!supervisor.awaitConnected(Duration.ofSeconds(20))) {
            supervisor.close();
            throw new IllegalStateException("ELT Deck could not connect: " + supervisor.state().describe());
        }
        return new Route(ELT_DECK, InetAddress.getLoopbackAddress(), localBulk, localHttp, supervisor::close);
    }

    /** The command a user types, with the same key and known_hosts, forwarding the same two ports. */
    private static Route openSsh(String name, List<String> mode, NamespaceVm vm, TestKeys.Key key, Path knownHosts)
            throws IOException {
        int localBulk = FreePort.find();
        int localHttp = FreePort.find();
        List<String> command = new ArrayList<>(List.of("ssh"));
        command.addAll(mode);
        command.addAll(List.of("-F", "none", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
                "-o", "UserKnownHostsFile=" + knownHosts, "-o", "ExitOnForwardFailure=yes", "-i", key.privateKey().toString(),
                "-p", String.valueOf(vm.sshd().port()), "-L", localBulk + ":localhost:" + VM_BULK_PORT,
                "-L", localHttp + ":localhost:" + VM_HTTP_PORT, vm.sshd().user() + "@" + vm.sshd().host()));
        ChildProcess ssh = ChildProcess.start(name, command, Files.createTempFile("bench-ssh", ".log"));
        awaitForward(localHttp, ssh);
        return new Route(name, InetAddress.getLoopbackAddress(), localBulk, localHttp, ssh::stop);
    }

    private static void awaitForward(int port, ChildProcess ssh) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            try {
                Measure.requestMillis(InetAddress.getLoopbackAddress(), port);
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

    /** One way to reach the two servers on the VM, how to take it down, and what it measured. */
    private record Route(String name, InetAddress host, int bulkPort, int httpPort, Closer closer,
                         double[] firstDownload, double[] firstRequests, List<double[]> requestRounds, List<Double> downloads) {
        Route(String name, InetAddress host, int bulkPort, int httpPort, Closer closer) {
            this(name, host, bulkPort, httpPort, closer, new double[1], new double[WARMUP_REQUESTS], new ArrayList<>(),
                    new ArrayList<>());
        }

        double[] allRequests() {
            return requestRounds.stream().flatMapToDouble(Arrays::stream).toArray();
        }

        double medianDownload() {
            return Measure.percentile(downloads.stream().mapToDouble(Double::doubleValue).toArray(), 50);
        }
    }

    @FunctionalInterface
    private interface Closer {
        void close() throws IOException;
    }
}
