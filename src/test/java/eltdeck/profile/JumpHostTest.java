package eltdeck.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JumpHostTest {
    @Test
    void parsesUserHostAndPort() {
        assertThat(JumpHost.parse("ops@bastion.example.com:2222", "me")).isEqualTo(new JumpHost("ops", "bastion.example.com", 2222));
        assertThat(JumpHost.parse("bastion", "me")).isEqualTo(new JumpHost("me", "bastion", 22));
        assertThat(JumpHost.parse("ops@[2001:db8::1]:22", "me")).isEqualTo(new JumpHost("ops", "2001:db8::1", 22));
    }

    @Test
    void refusesGarbage() {
        assertThatThrownBy(() -> JumpHost.parse("a b@c", "me")).hasMessageContaining("USER@HOST[:PORT]");
    }
}
