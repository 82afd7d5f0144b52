package eltdeck.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.tunnel.ConnectionState;
import eltdeck.ui.common.ConnectionStateText;
import org.junit.jupiter.api.Test;

class StatusLineTest {

    @Test
    void summarisesProfilesConnectionsAndTunnels() {
        assertThat(StatusLine.format(0, 0, 0, 0)).isEqualTo("No profiles yet");
        assertThat(StatusLine.format(1, 0, 0, 0)).isEqualTo("1 profile · 0 connected");
        assertThat(StatusLine.format(3, 1, 5, 5)).isEqualTo("3 profiles · 1 connected · tunnels 5/5 up");
        assertThat(StatusLine.format(2, 1, 3, 10)).isEqualTo("2 profiles · 1 connected · tunnels 3/10 up");
    }

    @Test
    void stateLabelsAreOneWordWithAColourClass() {
        assertThat(ConnectionStateText.label(ConnectionState.Kind.DISCONNECTED)).isEqualTo("Disconnected");
        assertThat(ConnectionStateText.label(ConnectionState.Kind.CONNECTING)).isEqualTo("Connecting");
        assertThat(ConnectionStateText.label(ConnectionState.Kind.CONNECTED)).isEqualTo("Connected");
        assertThat(ConnectionStateText.label(ConnectionState.Kind.RECONNECTING)).isEqualTo("Reconnecting");
        assertThat(ConnectionStateText.label(ConnectionState.Kind.FAILED)).isEqualTo("Failed");
        assertThat(ConnectionStateText.styleClass(ConnectionState.Kind.RECONNECTING)).isEqualTo("state-reconnecting");
    }
}
