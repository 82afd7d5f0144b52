package eltdeck.testvm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A VM made of a network namespace: a veth pair to this machine (host 10.213.N.1, VM 10.213.N.2), a real
 * sshd on the VM's port 22, and HTTP stand-ins on the VM's own 127.0.0.1 at the stack's real ports. The
 * link can be cut with iptables inside the VM. {@link #close()} stops every process by PID and deletes the
 * namespace and the veth pair. Needs root ({@link Prerequisites#requireNamespaceVm()}).
 */
public final class NamespaceVm implements AutoCloseable {
    /** Airbyte web app and API, Prefect UI, API and GraphQL. */
    public static final List<Integer> SERVICE_PORTS = List.of(8000, 8001, 8080, 4200, 4201);
    private static final String NET = "10.213.";

    private final Path dir;
    private final int subnet;
    private final String name;
    private final String hostLink;
    private final Map<Integer, ChildProcess> http = new LinkedHashMap<>();
    private LastResort lastResort;
    private OpenSshd sshd;
    private boolean closed;

    private NamespaceVm(Path dir, int subnet) {
        this.dir = dir;
        this.subnet = subnet;
        this.name = "eltdeck-vm" + subnet + "-" + ProcessHandle.current().pid();
        this.hostLink = "eltdk" + subnet + "h";
    }

    /** Creates the namespace and its link, and starts sshd and the five stand-ins. */
    public static NamespaceVm start(Path dir, Path authorizedKeys) {
        return start(dir, authorizedKeys, SERVICE_PORTS, Map.of());
    }

    /**
     * @param standInPorts       where HTTP stand-ins listen on the VM's loopback; leave out ports that containers publish
     * @param sessionEnvironment what sshd hands every session (SetEnv), e.g. DOCKER_HOST
     */
    public static NamespaceVm start(Path dir, Path authorizedKeys, List<Integer> standInPorts, Map<String, String> sessionEnvironment) {
        NamespaceVm vm = new NamespaceVm(dir, freeSubnet());
        vm.lastResort = LastResort.register("testvm-delete-namespace", vm::close);
        return StartUp.orClose(vm, v -> {
            v.createNetwork();
            v.sshd = OpenSshd.start(dir.resolve("sshd"), authorizedKeys, v.launcher(), v.address(), 22, sessionEnvironment);
            for (int port : standInPorts) {
                v.http.put(port, HttpStandIn.launch(v.launcher(), port, dir.resolve("http-" + port + ".log")));
            }
            v.http.forEach((port, p) -> HttpStandIn.awaitReady(p, port));
        });
    }

    /** The VM's address on the veth link, where its sshd listens on port 22. */
    public String address() {
        return NET + subnet + ".2";
    }

    /** This machine's end of the veth link. */
    public String hostAddress() {
        return NET + subnet + ".1";
    }

    public OpenSshd sshd() {
        return sshd;
    }

    public String name() {
        return name;
    }

    /** The PIDs of every server running in the VM now. */
    public synchronized List<Long> processIds() {
        List<Long> pids = new ArrayList<>();
        if (sshd != null && sshd.pid() > 0) {
            pids.add(sshd.pid());
        }
        http.values().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    /** Runs a command inside the VM's network. */
    public List<String> launcher() {
        return List.of(Prerequisites.command("ip").toString(), "netns", "exec", name);
    }

    /** Drops every packet reaching the VM, like a network that silently went away. */
    public synchronized void cutLink() {
        iptables("-I");
    }

    public synchronized void restoreLink() {
        iptables("-D");
    }

    /** Stops the stand-in on that port, so nothing listens there on the VM. */
    public synchronized void stopHttp(int port) {
        ChildProcess p = http.remove(port);
        if (p != null) {
            p.stop();
        }
    }

    public synchronized void startHttp(int port) {
        stopHttp(port);
        ChildProcess p = HttpStandIn.launch(launcher(), port, dir.resolve("http-" + port + ".log"));
        http.put(port, p);
        HttpStandIn.awaitReady(p, port);
    }

    /** Ends sshd with its sessions, and starts it again with the same host key. */
    public void restartSshd() {
        sshd.restart();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        lastResort.close();
        List<RuntimeException> problems = new ArrayList<>();
        for (ChildProcess p : http.values()) {
            p.stop();
        }
        http.clear();
        if (sshd != null) {
            sshd.stop();
        }
        if (ip("netns", "list").lines().anyMatch(l -> l.split(" ")[0].equals(name))) {
            collect(problems, () -> ip("netns", "del", name));
        }
        collect(problems, this::deleteHostLink);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    /**
     * Deleting the namespace takes the veth pair with it, but a moment later; the host end is deleted by hand
     * only if it stays (the namespace never got its peer).
     */
    private void deleteHostLink() {
        long end = System.nanoTime() + 3_000_000_000L;
        while (hostLinkExists()) {
            if (System.nanoTime() > end) {
                try {
                    ip("link", "del", hostLink);
                } catch (RuntimeException e) {
                    if (hostLinkExists()) {
                        throw e;
                    }
                }
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private boolean hostLinkExists() {
        return ip("-o", "link", "show").contains(" " + hostLink + "@");
    }

    private void createNetwork() {
        String vmLink = "eltdk" + subnet + "v";
        ip("netns", "add", name);
        ip("link", "add", hostLink, "type", "veth", "peer", "name", vmLink);
        ip("link", "set", vmLink, "netns", name);
        ip("addr", "add", hostAddress() + "/30", "dev", hostLink);
        ip("link", "set", hostLink, "up");
        inVm("ip", "addr", "add", address() + "/30", "dev", vmLink);
        inVm("ip", "link", "set", vmLink, "up");
        inVm("ip", "link", "set", "lo", "up");
    }

    private void iptables(String action) {
        inVm(Prerequisites.command("iptables").toString(), action, "INPUT", "-j", "DROP");
    }

    private void inVm(String... command) {
        List<String> full = new ArrayList<>(launcher());
        full.addAll(List.of(command));
        Commands.run(full);
    }

    private static String ip(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Prerequisites.command("ip").toString()));
        cmd.addAll(List.of(args));
        return Commands.run(cmd);
    }

    private static void collect(List<RuntimeException> problems, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            problems.add(e);
        }
    }

    /** A 10.213.N.0/30 no interface of this machine uses yet; starting from the PID so parallel runs differ. */
    private static synchronized int freeSubnet() {
        String used = ip("-o", "addr", "show") + ip("-o", "link", "show");
        int first = (int) (ProcessHandle.current().pid() % 250);
        for (int i = 0; i < 250; i++) {
            int n = 1 + (first + i) % 250;
            if (!used.contains(NET + n + ".") && !used.contains("eltdk" + n + "h")) {
                return n;
            }
        }
        throw new IllegalStateException("No free 10.213.N.0/30 subnet for a namespace VM");
    }
}
