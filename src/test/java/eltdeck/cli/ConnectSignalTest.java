package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.Secrets;
import eltdeck.profile.TunnelSpec;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.HttpStandIn;
import eltdeck.testvm.TestKeys;
import eltdeck.tunnel.PortHolder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eltdeck connect} as its own process: SIGTERM (what Ctrl+C's SIGINT also triggers) closes every tunnel. */
class ConnectSignalTest {
    @TempDir
    Path dir;

    @Test
    void sigtermStopsCleanly() throws Exception {
        TestKeys.Key key = new TestKeys(dir.resolve("keys")).ed25519();
        int remote = FreePort.find();
        int local = FreePort.find();
        Path home = dir.resolve("home");
        try (EmbeddedSshd sshd = EmbeddedSshd.start("deck", TestKeys.authorize(dir.resolve("authorized_keys"), key));
             HttpStandIn ignored = HttpStandIn.start(remote)) {
            Profile profile = sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts")))
                    .withName("vm").withTunnels(List.of(new TunnelSpec("web", remote, local)));
            AppContext.open(home, Secrets.none()).profiles().add(profile);

            ProcessBuilder pb = new ProcessBuilder(CliRun.javaCommand("connect", "vm", "--probe-interval", "1")).redirectErrorStream(true);
            pb.environment().put("ELTDECK_HOME", home.toString());
            Process process = pb.start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    lines.add(line);
                    if (line.contains("web (" + remote + " → localhost:" + local + "): Up")) {
                        assertThat(PortHolder.isFree(local)).isFalse();
                        process.toHandle().destroy(); // SIGTERM, keeping our end of its output open
                    }
                }
            }
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("Stopped: tunnels closed."));
            assertThat(PortHolder.isFree(local)).isTrue();
        }
    }
}
