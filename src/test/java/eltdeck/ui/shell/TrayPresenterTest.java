package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.testvm.FreePort;
import eltdeck.tunnel.ConnectionState;
import eltdeck.ui.common.DesktopNotifier;
import eltdeck.ui.common.Notices;
import eltdeck.ui.profile.SupervisorFactory;
import eltdeck.ui.testsupport.NoKeychain;
import eltdeck.ui.testsupport.NoStack;
import eltdeck.ui.testsupport.UiThread;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tray follows the profiles: a connection that failed turns the icon to trouble, whatever else is idle. */
class TrayPresenterTest {
    private final UiThread ui = new UiThread();
    @TempDir
    Path dir;

    @AfterEach
    void tearDown() {
        ui.close();
    }

    @Test
    void aFailedConnectionShowsAsTroubleAndTheMenuOffersToConnectAgain() throws Exception {
        Path key = KeyGenerator.generate(dir.resolve("id_ed25519"), "test", null).privateKey();
        AppContext context = AppContext.open(dir.resolve("home"), new NoKeychain());
        context.profiles().add(new Profile("broken", "127.0.0.1", FreePort.find(), "deck", key, false, null,
                dir.resolve("known_hosts"), Profile.KeepAlive.DEFAULT, List.of()));
        context.profiles().add(Profile.of("idle", "127.0.0.1", "deck"));
        SupervisorFactory factory = SupervisorFactory.using(new SshConnector(NoPassphrase.SOURCE), HostKeyPolicy.STRICT);
        MainViewModel main = ui.call(() -> NoStack.main(context.profiles(), factory, ui.tasks(), new Notices(ui.tasks(), DesktopNotifier.SILENT)));
        Shown shown = new Shown();
        ui.run(() -> new TrayPresenter(shown, main, () -> { }, () -> { }).start());
        ui.run(main::load);
        ui.await(Duration.ofSeconds(10), () -> main.profiles().size() == 2);
        assertThat(shown.state).isEqualTo(Tray.State.IDLE);
        assertThat(shown.labels()).containsExactly("Show ELT Deck", "Connect broken", "Connect idle", "Quit");

        ui.run(() -> main.find("broken").orElseThrow().connect());
        ui.await(Duration.ofSeconds(20), () -> main.find("broken").orElseThrow().stateProperty().get().kind()
                == ConnectionState.Kind.FAILED && !main.find("broken").orElseThrow().activeProperty().get());

        assertThat(ui.call(() -> shown.state)).isEqualTo(Tray.State.TROUBLE);
        assertThat(ui.call(shown::labels)).contains("Connect broken");
        assertThat(ui.call(() -> shown.tooltip)).isEqualTo("ELT Deck: 2 profiles · 0 connected");
    }

    /** What the presenter last showed, read on the UI thread. */
    private static final class Shown implements Tray {
        State state;
        String tooltip;
        List<Item> menu = List.of();

        @Override
        public void show(State now, String text, List<Item> items) {
            state = now;
            tooltip = text;
            menu = items;
        }

        @Override
        public void remove() {
            menu = List.of();
        }

        List<String> labels() {
            return menu.stream().map(Item::label).toList();
        }
    }
}
