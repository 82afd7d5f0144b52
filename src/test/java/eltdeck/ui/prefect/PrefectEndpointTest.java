package eltdeck.ui.prefect;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.profile.TunnelSpec;
import eltdeck.tunnel.TunnelStatus;
import eltdeck.ui.common.TunnelRow;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.UiThread;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the Prefect API is: the URL stored for the profile, else the local end of its 4200 tunnel while up. */
class PrefectEndpointTest {
    private final UiThread ui = new UiThread();
    @TempDir
    Path dir;

    @AfterEach
    void close() {
        ui.close();
    }

    @Test
    void theTunnelsLocalPortWhileItIsUpElseWhatToDo() throws Exception {
        AppContext context = AppContext.open(dir, new NoKeychain());
        context.profiles().add(Profile.of("vm", "vm.example.com", "deck"));
        PrefectAccess access = PrefectAccess.using(context.database(), null);
        TunnelSpec api = new TunnelSpec("Prefect API", 4200, 4200);
        ObservableList<TunnelRow> tunnels = FXCollections.observableArrayList(row -> new javafx.beans.Observable[] {row.kindProperty()});
        tunnels.add(new TunnelRow(api));
        PrefectEndpoint endpoint = ui.call(() -> new PrefectEndpoint(() -> "vm", tunnels, access, ui.tasks()));
        assertThat(ui.call(() -> endpoint.whyNoneProperty().get())).startsWith("Connect the profile");
        assertThat(ui.call(endpoint::client)).isEmpty();

        ui.run(() -> tunnels.get(0).show(new TunnelStatus(api, 14200, TunnelStatus.Kind.UP, 1.0, 0, 0, 0, 0, 0, null), 0));
        assertThat(ui.call(() -> endpoint.urlProperty().get())).isEqualTo(URI.create("http://127.0.0.1:14200/graphql"));

        List<String> errors = new java.util.ArrayList<>();
        ui.run(() -> endpoint.setOverride("ftp://example.com", () -> { }, errors::add));
        assertThat(errors).singleElement().asString().contains("must be http(s)://HOST:PORT/graphql");
        ui.run(() -> endpoint.setOverride(" http://127.0.0.1:4999/graphql ", () -> { }, errors::add));
        ui.await(Duration.ofSeconds(5), () -> URI.create("http://127.0.0.1:4999/graphql").equals(endpoint.urlProperty().get()));
        assertThat(access.apiUrl("vm")).contains(URI.create("http://127.0.0.1:4999/graphql"));

        ui.run(() -> endpoint.setOverride("", () -> { }, errors::add));
        ui.await(Duration.ofSeconds(5), () -> URI.create("http://127.0.0.1:14200/graphql").equals(endpoint.urlProperty().get()));
        assertThat(access.apiUrl("vm")).isEmpty();
        ui.run(tunnels::clear);
        assertThat(ui.call(() -> endpoint.whyNoneProperty().get())).startsWith("This profile has no tunnel to the VM's port 4200");
        assertThat(errors).hasSize(1);
        // The setting goes with the profile.
        access.setApiUrl("vm", Optional.of(URI.create("http://127.0.0.1:4999/graphql")));
        context.profiles().remove("vm");
        assertThat(access.apiUrl("vm")).isEmpty();
    }
}
