package eltdeck.ui.prefect;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.cli.EltDeckCli;
import eltdeck.cli.Terminal;
import eltdeck.prefect.emulator.PrefectEmulator;
import eltdeck.prefect.emulator.PrefectReference;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.ui.common.TunnelRow;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.UiThread;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's API URL… and {@code eltdeck prefect config} are one setting, and every Prefect verb uses it. */
class PrefectUrlBothFacesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final UiThread ui = new UiThread();
    @TempDir
    Path dir;
    private PrefectEmulator emulator;
    private AppContext context;
    private PrefectEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        emulator = PrefectEmulator.start(PrefectReference.requireSdl(), 0);
        emulator.createTenant();
        emulator.registerFlow(java.util.Map.of("name", "all-etl", "project", "elt", "labels", List.of("etl")));
        context = AppContext.open(dir, new NoKeychain());
        context.profiles().add(Profile.of("vm", "vm.example.com", "deck"));
        ObservableList<TunnelRow> tunnels = FXCollections.observableArrayList(row -> new javafx.beans.Observable[] {row.kindProperty()});
        tunnels.add(new TunnelRow(new TunnelSpec("Prefect API", 4200, 4200)));
        PrefectAccess access = PrefectAccess.using(context.database(), null);
        endpoint = ui.call(() -> new PrefectEndpoint(() -> "vm", tunnels, access, ui.tasks()));
    }

    @AfterEach
    void stop() {
        ui.close();
        emulator.close();
    }

    @Test
    void aUrlSetInTheWindowIsTheOneTheCliUses() throws Exception {
        List<String> errors = new ArrayList<>();
        ui.run(() -> endpoint.setOverride(emulator.url(), () -> { }, errors::add));
        ui.await(WAIT, () -> URI.create(emulator.url()).equals(endpoint.overrideProperty().get()));

        assertThat(cli("prefect", "config", "vm")).contains("Prefect API: " + emulator.url());
        assertThat(cli("flows", "list", "vm")).contains("all-etl");
        assertThat(emulator.documents()).isNotEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void aUrlSetOnTheCommandLineIsTheOneTheWindowUsesAndPrefectUrlStillWins() throws Exception {
        String closed = "http://127.0.0.1:1/graphql";
        assertThat(cli("prefect", "config", "vm", "--url", closed)).contains("Prefect API: " + closed);
        ui.run(endpoint::reload);
        ui.await(WAIT, () -> URI.create(closed).equals(endpoint.urlProperty().get()));

        assertThat(cli("flows", "list", "vm", "--prefect-url", emulator.url())).contains("all-etl");

        assertThat(cli("prefect", "config", "vm", "--tunnel")).contains("a forward of the VM's port 4200");
        ui.run(endpoint::reload);
        ui.await(WAIT, () -> endpoint.overrideProperty().get() == null);
        assertThat(ui.call(() -> endpoint.whyNoneProperty().get())).startsWith("Connect the profile");
    }

    @Test
    void aBadUrlOrBothChoicesAreRefused() {
        assertThat(cli("prefect", "config", "vm", "--url", "ftp://example.com")).contains("must be http(s)://HOST:PORT/graphql");
        assertThat(cli("prefect", "config", "vm", "--url", emulator.url(), "--tunnel")).contains("mutually exclusive");
        assertThat(cli("prefect", "config", "nobody")).contains("nobody");
    }

    /** What the command printed, on either stream. */
    private String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EltDeckCli.run(args, () -> context, new Terminal(out, out));
        return out.toString(StandardCharsets.UTF_8);
    }
}
