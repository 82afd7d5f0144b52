package eltdeck.ui.testsupport;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ssh.KeyGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A VM to look at the app with (screenshots, trying things by hand): an embedded SSH server and the five
 * stack services on their real ports 8000, 8001, 8080, 4200, 4201. Run it inside a network namespace so
 * those ports do not clash with the app's own forwards, e.g.
 * {@code ip netns exec demo java -cp … eltdeck.ui.testsupport.DemoVm /tmp/demo 10.77.0.2 22 /tmp/demo-home}.
 * With the last argument it also adds a profile "prod-elt" for it to that ELT Deck data directory.
 */
public final class DemoVm {
    private static final List<String> SERVICES =
            List.of("Airbyte web app", "Airbyte API", "Prefect UI", "Prefect API", "Prefect GraphQL");

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
        String publicKey = Files.readString(dir.resolve("id_ed25519.pub")).strip();
        if (args.length > 3) {
            addProfile(Path.of(args[3]), host, port, key, dir.resolve("known_hosts"));
        }
        try (EmbeddedSshServer sshd = EmbeddedSshServer.start(host, port, dir, publicKey);
             FakeWebServices web = FakeWebServices.start(SERVICES, TunnelSpec.defaults().stream().map(TunnelSpec::remotePort).toList())) {
            System.out.println("Demo VM: ssh deck@" + host + " -p " + sshd.port() + " -i " + key);
            Thread.currentThread().join();
        }
    }

    private static void addProfile(Path eltdeckHome, String host, int port, Path key, Path knownHosts) {
        var profiles = AppContext.open(eltdeckHome, new NoKeychain()).profiles();
        if (profiles.find("prod-elt").isEmpty()) {
            profiles.add(new Profile("prod-elt", host, port, "deck", key, false, null, knownHosts,
                    Profile.KeepAlive.DEFAULT, TunnelSpec.defaults()));
        }
    }
}
