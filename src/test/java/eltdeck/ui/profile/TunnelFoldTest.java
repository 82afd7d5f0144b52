package eltdeck.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.ui.profile.TunnelFold.Health;
import org.junit.jupiter.api.Test;

/** What the tunnels of a profile amount to, for folding their section away or unfolding it; and what its title says. */
class TunnelFoldTest {
    @Test
    void whatTheTunnelsAmountTo() {
        assertThat(TunnelFold.health(true, 5, 5)).isEqualTo(Health.ALL_UP);
        assertThat(TunnelFold.health(true, 4, 5)).isEqualTo(Health.NOT_ALL_UP);
        assertThat(TunnelFold.health(true, 0, 5)).as("connecting").isEqualTo(Health.NOT_ALL_UP);
        assertThat(TunnelFold.health(false, 0, 5)).isEqualTo(Health.IDLE);
        assertThat(TunnelFold.health(true, 0, 0)).as("a profile without tunnels").isEqualTo(Health.IDLE);
    }

    @Test
    void theTitleTellsTheStateWhileFolded() {
        assertThat(TunnelFold.title(true, 5, 5)).isEqualTo("Tunnels · 5 of 5 up");
        assertThat(TunnelFold.title(true, 3, 5)).isEqualTo("Tunnels · 3 of 5 up");
        assertThat(TunnelFold.title(false, 0, 5)).isEqualTo("Tunnels · not connected");
    }
}
