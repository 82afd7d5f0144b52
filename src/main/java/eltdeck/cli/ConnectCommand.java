package eltdeck.cli;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.SshFailure;
import eltdeck.tunnel.Activity;
import eltdeck.tunnel.ConnectionListener;
import eltdeck.tunnel.ConnectionState;
import eltdeck.tunnel.ConnectionSupervisor;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eltdeck connect NAME}: all tunnels up in the foreground, one line per change, until Ctrl+C. */
@Command(name = "connect", description = "Bring the VM's tunnels up and keep them up (reconnecting by itself) until Ctrl+C.")
final class ConnectCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @ParentCommand EltDeckCli root;
    @Spec CommandSpec spec;
    @Mixin VmOptions vm;
    @Parameters(index = "0", description = "Profile name.") String name;
    @Option(names = "--map", paramLabel = "REMOTE=LOCAL", description = "Use another local port for a remote port, for this run only.")
    List<String> maps = new ArrayList<>();
    @Option(names = "--probe-interval", description = "Seconds between tunnel probes (default 5).") int probeSeconds = 5;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Profile profile = withMappedPorts(root.context().profiles().get(name), out);
        CountDownLatch ended = new CountDownLatch(1);
        ConnectionSupervisor supervisor = new ConnectionSupervisor(profile, vm.connector(root.context()), vm.hostKeyPolicy(),
                Duration.ofSeconds(probeSeconds));
        supervisor.addListener(new ConnectionListener() {
            @Override
            public void activity(Activity a) {
                PrintWriter to = a.level() == Activity.Level.ERROR ? spec.commandLine().getErr() : out;
                to.println(CLOCK.format(LocalTime.now()) + " " + a.message());
            }

            @Override
            public void stateChanged(ConnectionState state) {
                if (state.kind() == ConnectionState.Kind.FAILED || state.kind() == ConnectionState.Kind.DISCONNECTED) {
                    ended.countDown();
                }
            }
        });
        Thread hook = new Thread(() -> {
            supervisor.close();
            out.println(CLOCK.format(LocalTime.now()) + " Stopped: tunnels closed.");
            out.flush();
        }, "connect-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        supervisor.start();
        try {
            ended.await();
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            // Normal end or interrupted: the tunnels close here; on Ctrl+C/SIGTERM the hook does it.
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // The JVM is exiting and the hook runs anyway.
            }
            supervisor.close();
        }
        ConnectionState last = supervisor.state();
        if (last.kind() != ConnectionState.Kind.FAILED) {
            return 0;
        }
        if (last.failure().kind() == SshFailure.Kind.HOST_KEY_UNKNOWN) {
            spec.commandLine().getErr().println("eltdeck: If the fingerprint matches the VM's, run again with --accept-new-host-key.");
        }
        return FriendlyErrors.SSH_FAILED;
    }

    private Profile withMappedPorts(Profile profile, PrintWriter out) {
        List<TunnelSpec> tunnels = new ArrayList<>(profile.tunnels());
        for (String map : maps) {
            String[] parts = map.split("=", 2);
            int remote;
            int local;
            try {
                remote = Integer.parseInt(parts[0].trim());
                local = Integer.parseInt(parts[1].trim());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("--map " + map + ": write REMOTE=LOCAL with two port numbers, e.g. --map 8080=18080.");
            }
            int index = indexOf(tunnels, remote);
            if (index < 0 || local < 1 || local > 65535) {
                throw new IllegalArgumentException("--map " + map + ": profile " + profile.name()
                        + " has no tunnel for remote port " + remote + ", or " + local + " is not a port (1-65535).");
            }
            if (tunnels.get(index).mustKeepLocalPort() && local != remote) {
                out.println("Warning: the Prefect UI in the browser calls localhost:4200 itself; with 4200 on " + local
                        + " it will not reach the Prefect API.");
            }
            tunnels.set(index, tunnels.get(index).withLocalPort(local));
        }
        return profile.withTunnels(tunnels);
    }

    private static int indexOf(List<TunnelSpec> tunnels, int remote) {
        for (int i = 0; i < tunnels.size(); i++) {
            if (tunnels.get(i).remotePort() == remote) {
                return i;
            }
        }
        return -1;
    }
}
