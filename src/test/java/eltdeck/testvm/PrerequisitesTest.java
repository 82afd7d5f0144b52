package eltdeck.testvm;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PrerequisitesTest {

    @Test
    void missingPrerequisiteSkipsNamingIt() {
        assertThatThrownBy(() -> Prerequisites.require(false, "root (for ip netns)", false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("root (for ip netns)");
    }

    @Test
    void missingPrerequisiteFailsOnCi() {
        assertThatThrownBy(() -> Prerequisites.require(false, "command(s) not found: sshd", true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("sshd").hasMessageContaining("CI=true");
    }

    @Test
    void metPrerequisiteRuns() {
        assertThatCode(() -> Prerequisites.require(true, "anything", true)).doesNotThrowAnyException();
    }
}
