package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowRegistrationCommandTest {
    private static FlowRegistration registration(String flowsDir) {
        StackSettings settings = StackSettings.forRepository("org/stack").withRemoteDir("~/stack").withFlowsDir(flowsDir);
        return new FlowRegistration(new StackSession(null, null, settings, StackPaths.of(settings, "/home/etl")), null);
    }

    @Test
    void runsInTheFlowsDirectoryOfTheAgentContainerWithoutATerminal() {
        assertThat(registration("~/flows").inFlowsDir("c0ffee", "python3", "all_etl_flow.py").line())
                .isEqualTo("docker exec c0ffee sh -c 'cd ~/\"$1\" && shift && exec \"$@\"' sh flows python3 all_etl_flow.py");
        assertThat(registration("~").inFlowsDir("c0ffee", "ls", "-1").line())
                .isEqualTo("docker exec c0ffee sh -c 'cd ~/\"$1\" && shift && exec \"$@\"' sh '' ls -1");
        assertThat(registration("/opt/my flows").inFlowsDir("c0ffee", "ls", "-1").line())
                .isEqualTo("docker exec c0ffee sh -c 'cd \"$1\" && shift && exec \"$@\"' sh '/opt/my flows' ls -1");
    }

    @Test
    void fileNamesThatAreNotFlowFilesAreRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> registration("~/flows").register(List.of("../etc/passwd.py"), line -> { }))
                .hasMessageContaining("is not a flow file name in ~/flows");
        assertThatThrownBy(() -> registration("~/flows").register(List.of("x.py; rm -rf ~"), line -> { }))
                .hasMessageContaining("is not a flow file name");
    }
}
