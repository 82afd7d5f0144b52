package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.cli.EltDeckCli;
import eltdeck.cli.Terminal;
import eltdeck.prefect.PrefectRoute;
import eltdeck.profile.Profile;
import eltdeck.reach.ServiceResolver;
import eltdeck.ssh.KeyGenerator;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.tunnel.ConnectionSupervisor;
import eltdeck.ui.env.EnvAccess;
import eltdeck.ui.env.EnvDocument;
import eltdeck.ui.testsupport.EnvStack;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.WindowServices;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the window find a profile's services through the one resolver: the same {@code .env} on the VM,
 * the same Prefect API. The window's read rides on the profile's live connection; the command line opens its own.
 */
class ResolverBothFacesTest {
    private static final String ENV = "SNOWFLAKE_ACCOUNT=xy12345\nSNOWFLAKE_USER=LOADER\nDBT_TARGET=prod\n";

    @TempDir
    Path dir;
    private EmbeddedSshd sshd;
    private AppContext context;
    private Profile profile;
    private Path envFile;
    private ConnectionSupervisor supervisor;
    private ServiceResolver windowServices;

    @BeforeEach
    void vm() throws Exception {
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "faces", null);
        sshd = EmbeddedSshd.admitting(key, dir);
        envFile = EnvStack.write(dir.resolve("stack"), ENV);
        context = AppContext.open(dir.resolve("app"), new NoKeychain());
        profile = WindowServices.addStackProfile(context, sshd.profile(key.privateKey(),
                sshd.writeKnownHosts(dir.resolve("known_hosts"))), dir.resolve("stack"));
        WindowServices window = WindowServices.of(context);
        supervisor = window.supervisors().create(profile);
        windowServices = window.resolver();
    }

    @AfterEach
    void stop() {
        supervisor.close();
        sshd.close();
    }

    @Test
    void envPullAndTheEnvTabReadTheSameFileTheTabOnTheLiveConnection() throws Exception {
        int before = sshd.sessionsCreated();
        assertThat(cli("env", "pull", "vm")).isEqualTo(ENV);
        assertThat(sshd.sessionsCreated()).as("the command line connects on its own").isEqualTo(before + 1);

        supervisor.start();
        assertThat(supervisor.awaitConnected(Duration.ofSeconds(15))).isTrue();
        int connected = sshd.sessionsCreated();
        EnvDocument document = EnvAccess.using(windowServices).load(profile).run();

        assertThat(document.path()).isEqualTo(envFile.toString());
        assertThat(document.vmText()).isEqualTo(ENV);
        assertThat(sshd.sessionsCreated()).as("the tab's read opened no connection").isEqualTo(connected);
    }

    @Test
    void prefectConfigAndTheWindowFindOneRoute() {
        String url = "http://127.0.0.1:4999/graphql";
        cli("prefect", "config", "vm", "--url", url);
        assertThat(windowServices.prefect("vm").url()).contains(URI.create(url));

        cli("prefect", "config", "vm", "--tunnel");
        PrefectRoute route = windowServices.prefect("vm");
        assertThat(route.tunnelled()).isTrue();
        assertThat(PrefectRoute.apiAt(PrefectRoute.VM_PORT)).isEqualTo(URI.create("http://127.0.0.1:4200/graphql"));
    }

    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EltDeckCli.run(args, () -> context, new Terminal(out, out));
        return out.toString(StandardCharsets.UTF_8);
    }
}
