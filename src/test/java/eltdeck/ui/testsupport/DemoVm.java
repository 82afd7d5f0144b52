package eltdeck.ui.testsupport;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.KeyGenerator;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.HttpStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A VM to look at the app with (screenshots, trying things by hand): the test VM's embedded SSH server and
 * HTTP stand-ins for the five stack services on their real ports 8000, 8001, 8080, 4200, 4201. Run it inside
 * a network namespace so those ports do not clash with the app's own forwards, e.g.
 * {@code ip netns exec demo java -cp … eltdeck.ui.testsupport.DemoVm /tmp/demo 10.77.0.2 22 /tmp/demo-home}.
 * With the last argument it also adds a profile "prod-elt" for it to that ELT Deck data directory.
 * Every run has a new host key, so it empties DIR/known_hosts and the first connect asks to accept the key.
 */
public final class DemoVm {
    private static final String USER = "deck";

    private DemoVm() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: DemoVm DIR LISTEN_ADDRESS SSH_PORT [ELTDECK_HOME]");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        Path key = dir.resolve("id_ed25519");
        if (!Files.exists(key)) {
            KeyGenerator.generate(key, "demo@eltdeck", null);
        }
        Path authorizedKeys = Files.copy(dir.resolve("id_ed25519.pub"), dir.resolve("authorized_keys"),
                StandardCopyOption.REPLACE_EXISTING);
        Path knownHosts = dir.resolve("known_hosts");
        Files.deleteIfExists(knownHosts);
        if (args.length > 3) {
            addProfile(Path.of(args[3]), host, port, key, knownHosts);
        }
        List<HttpStandIn> web = new ArrayList<>();
        try (EmbeddedSshd sshd = EmbeddedSshd.start(host, port, USER, authorizedKeys)) {
            for (TunnelSpec tunnel : TunnelSpec.defaults()) {
                web.add(HttpStandIn.start(tunnel.remotePort()));
            }
            System.out.println("Demo VM: ssh " + USER + "@" + host + " -p " + sshd.port() + " -i " + key);
            Thread.currentThread().join();
        } finally {
            web.forEach(HttpStandIn::close);
        }
    }

    private static void addProfile(Path eltdeckHome, String host, int port, Path key, Path knownHosts) {
        var profiles = AppContext.open(eltdeckHome, new NoKeychain()).profiles();
        if (profiles.find("prod-elt").isEmpty()) {
            profiles.add(new Profile("prod-elt", host, port, USER, key, false, null, knownHosts,
                    Profile.KeepAlive.DEFAULT, TunnelSpec.defaults()));
        }
    }
}
