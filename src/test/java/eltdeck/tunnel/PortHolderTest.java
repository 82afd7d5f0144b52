package eltdeck.tunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortHolderTest {
    @Test
    void parsesTheOutputOfEachOsTool() {
        assertThat(PortHolder.fromSs("LISTEN 0 50 127.0.0.1:8080 0.0.0.0:* users:((\"python3\",pid=4711,fd=3))"))
                .contains(new PortHolder.Holder(4711, "python3"));
        assertThat(PortHolder.fromLsof("p812\ncnode\nf23\n")).contains(new PortHolder.Holder(812, "node"));
        assertThat(PortHolder.fromNetstat("  TCP    127.0.0.1:4200    0.0.0.0:0    LISTENING    9160\r\n", 4200))
                .hasValueSatisfying(h -> assertThat(h.pid()).isEqualTo(9160));
        assertThat(PortHolder.fromNetstat("  TCP    127.0.0.1:14200    0.0.0.0:0    LISTENING    9160", 4200)).isEmpty();
    }

    @Test
    void namesThisVeryProcessWhenItHoldsThePort() throws IOException {
        try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(PortHolder.isFree(held.getLocalPort())).isFalse();
            assertThat(PortHolder.describe(held.getLocalPort())).startsWith("ELT Deck itself");
            assertThat(PortHolder.nextFree(held.getLocalPort())).isGreaterThan(held.getLocalPort());
        }
    }
}
