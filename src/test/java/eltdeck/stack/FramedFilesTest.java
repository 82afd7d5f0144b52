package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The framing of a one-command read, as a VM could print it; {@link StackEnvFilesVmTest} runs the real script. */
class FramedFilesTest {
    @Test
    void eachFileIsReadMissingOrUnreadable() throws Exception {
        FramedFiles read = parse("H /home/u\nF\nM\nE cat: x: Permission denied\nF\n4\n0\nA=1\n\n4\n0\n", 4);

        assertThat(read.complete()).isTrue();
        assertThat(read.home()).isEqualTo("/home/u");
        assertThat(read.snapshot(0, "/s/.env").orElseThrow().text()).isEqualTo("A=1\n");
        assertThat(read.snapshot(1, "/s/docker-compose.yml")).isEmpty();
        assertThatThrownBy(() -> read.snapshot(2, "/s/.env.example")).isInstanceOf(IOException.class)
                .hasMessage("Cannot read /s/.env.example on the VM: cat: x: Permission denied");
        assertThat(read.snapshot(3, "/.env.example").orElseThrow().content()).isEmpty();
    }

    @Test
    void outputCutShortOrOutOfFrameIsIncomplete() {
        assertThat(parse("H /home/u\nF\n10\nA=1\n", 1).complete()).isFalse();
        assertThat(parse("H /home/u\nF\n4\nA=1\n", 1).complete()).isFalse();
        assertThat(parse("H /home/u\nF\n4\nA=1\nB=2\n\n4\n", 1).complete()).as("a file that grew").isFalse();
        assertThat(parse("H /home/u\nM\n", 2).complete()).isFalse();
        assertThat(parse("", 1).complete()).isFalse();
    }

    @Test
    void aFileWhoseSizeChangedWhileReadIsReadAgain() {
        FramedFiles read = parse("H /home/u\nF\n2\nA=\n3\n", 1);

        assertThat(read.complete()).isTrue();
        assertThatThrownBy(() -> read.snapshot(0, "/s/.env")).isInstanceOf(IOException.class)
                .hasMessage("/s/.env changed on the VM while it was read; read it again.");
    }

    private static FramedFiles parse(String out, int expected) {
        return FramedFiles.parse(out.getBytes(StandardCharsets.UTF_8), expected);
    }
}
