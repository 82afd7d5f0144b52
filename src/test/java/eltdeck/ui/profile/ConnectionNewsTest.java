package eltdeck.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.ssh.SshFailure;
import eltdeck.tunnel.ConnectionState;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ConnectionNewsTest {
    private final ConnectionNews news = new ConnectionNews();
    private final SshFailure refused = new SshFailure(SshFailure.Kind.CONNECTION_LOST, "The connection to 127.0.0.1 was lost", "");

    @Test
    void aDropIsToldOnceHoweverManyAttemptsItTakesAndSoIsItsReturn() {
        List<String> told = told(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                ConnectionState.reconnecting(1, 2, refused), ConnectionState.reconnecting(1, 1, refused),
                ConnectionState.reconnecting(2, 4, refused), ConnectionState.reconnecting(3, 8, refused),
                ConnectionState.CONNECTED);

        assertThat(told).hasSize(2);
        assertThat(told.get(0)).startsWith("the tunnels dropped").endsWith("; reconnecting.");
        assertThat(told.get(1)).isEqualTo("the tunnels are back.");
    }

    @Test
    void everyDropIsNewsAgain() {
        List<String> told = told(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                ConnectionState.reconnecting(1, 2, refused), ConnectionState.CONNECTED,
                ConnectionState.reconnecting(1, 2, refused), ConnectionState.CONNECTED);

        assertThat(told).containsExactly(told.get(0), "the tunnels are back.", told.get(0), "the tunnels are back.");
    }

    @Test
    void aReconnectThatGivesUpIsToldInsteadOfAReturn() {
        List<String> told = told(ConnectionState.CONNECTING, ConnectionState.CONNECTED,
                ConnectionState.reconnecting(1, 2, refused), ConnectionState.failed(refused));

        assertThat(told).hasSize(2);
        assertThat(told.get(1)).startsWith("the tunnels could not be brought back: ");
    }

    @Test
    void connectingDisconnectingAndAFirstConnectThatFailsAreNoNews() {
        assertThat(told(ConnectionState.CONNECTING, ConnectionState.failed(refused), ConnectionState.CONNECTING,
                ConnectionState.CONNECTED, ConnectionState.DISCONNECTED, ConnectionState.CONNECTING,
                ConnectionState.CONNECTED)).isEmpty();
    }

    private List<String> told(ConnectionState... states) {
        return Stream.of(states).map(news::after).flatMap(Optional::stream).toList();
    }
}
