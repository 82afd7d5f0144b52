package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.testvm.NamespaceVm;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.TunnelWatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A namespace VM running the stack's five services, and a profile with the default tunnels on their real local
 * ports (keepalive every second, lost after 3 misses), for all the tests of a class:
 * {@code @RegisterExtension static final DefaultTunnelsVm VM = new DefaultTunnelsVm();}. Needs root and those
 * five ports free.
 */
final class DefaultTunnelsVm implements BeforeAllCallback, AfterAllCallback {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Path dir;
    private NamespaceVm vm;
    private Profile profile;

    NamespaceVm vm() {
        return vm;
    }

    Profile profile() {
        return profile;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("eltdeck-namespace-vm");
        Prerequisites.requireNamespaceVm();
        for (int port : NamespaceVm.SERVICE_PORTS) {
            Prerequisites.require(PortHolder.isFree(port), "local port " + port + " for the default tunnels; it is held by "
                    + PortHolder.describe(port));
        }
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "namespace-vm", null);
        vm = NamespaceVm.start(dir.resolve("vm"), Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
        profile = vm.sshd().profile(key.privateKey(), vm.sshd().writeKnownHosts(dir.resolve("known_hosts")))
                .withTunnels(TunnelSpec.defaults());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (vm != null) {
                vm.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** A supervisor of {@code profile}, started and watched from the start; returns once every tunnel is up. */
    static TunnelWatch connect(ConnectionSupervisor supervisor) throws InterruptedException {
        TunnelWatch watch = TunnelWatch.on(supervisor);
        supervisor.start();
        assertThat(supervisor.awaitConnected(WAIT)).as(watch.describe()).isTrue();
        watch.awaitAllUp(WAIT);
        return watch;
    }

    static ConnectionSupervisor supervisor(Profile profile, Duration probeInterval) {
        return new ConnectionSupervisor(profile, new SshConnector(NoPassphrase.SOURCE, null), HostKeyPolicy.STRICT,
                probeInterval);
    }

}
