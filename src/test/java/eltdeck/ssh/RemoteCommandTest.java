package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact command lines the VM receives, and what a real /bin/sh makes of them. */
class RemoteCommandTest {
    @Test
    void anArgumentListQuotesEachArgument() {
        assertThat(RemoteCommand.of("docker", "logs", "--tail", "5", "it's mine").line())
                .isEqualTo("docker logs --tail 5 'it'\\''s mine'");
    }

    @Test
    void aScriptGetsItsValuesAsPositionalArguments() {
        assertThat(RemoteCommand.script("cat -- \"$1\" 2>/dev/null", "/srv/my stack/.env").line())
                .isEqualTo("sh -c 'cat -- \"$1\" 2>/dev/null' sh '/srv/my stack/.env'");
        assertThat(RemoteCommand.script("printf '%s' \"$HOME\"").line()).isEqualTo("sh -c 'printf '\\''%s'\\'' \"$HOME\"' sh");
    }

    @Test
    void commandsComposeWithoutQuotingTwice() {
        RemoteCommand ls = RemoteCommand.of("ls", "-1");
        assertThat(ls.inDirectory("/opt/my flows").line()).isEqualTo("sh -c 'cd \"$1\" && shift && exec \"$@\"' sh '/opt/my flows' ls -1");
        assertThat(ls.inDirectory("~/flows").line()).isEqualTo("sh -c 'cd ~/\"$1\" && shift && exec \"$@\"' sh flows ls -1");
        assertThat(ls.mergingStderr().line()).isEqualTo("sh -c 'exec \"$@\" 2>&1' sh ls -1");
        assertThat(ls.inDirectory("/tmp").runBy("docker", "exec", "c0ffee").argv())
                .containsExactly("docker", "exec", "c0ffee", "sh", "-c", "cd \"$1\" && shift && exec \"$@\"", "sh", "/tmp", "ls", "-1");
        assertThat(ls.reportingProcessGroup("pgid ").line()).isEqualTo("printf 'pgid %s\\n' $$; ls -1");
        assertThat(ls.reportingProcessGroup("pgid ").inDirectory("/tmp").line()).startsWith("printf 'pgid %s\\n' $$; sh -c ");
    }

    /** What a user typed after {@code eltdeck exec NAME --} goes to their login shell whole, as with ssh. */
    @Test
    void aTypedLineIsRunByTheLoginShell() throws Exception {
        RemoteCommand typed = RemoteCommand.typedLine("echo $((6*7)) | tr 4 X");
        assertThat(typed.line()).isEqualTo("sh -c 'exec \"${SHELL:-sh}\" -c \"$1\"' sh 'echo $((6*7)) | tr 4 X'");

        assertThat(sh(typed.line())).isEqualTo("X2\n");
    }

    @Test
    void thereIsNoEmptyCommand() {
        assertThatThrownBy(() -> RemoteCommand.of(List.of())).hasMessage("No command given.");
    }

    /** Whatever a value holds, the script sees exactly it, and nothing of it runs. */
    @Property(tries = 60)
    void aScriptSeesTheExactValues(@ForAll @StringLength(max = 20) @AlphaChars @NumericChars
            @Chars({' ', '\'', '"', '$', '`', '\\', ';', '|', '&', '*', '(', ')', '\n', '!', '~', '#'}) String value)
            throws IOException, InterruptedException {
        assertThat(sh(RemoteCommand.script("printf '%s|' \"$@\"", value, "second").line())).isEqualTo(value + "|second|");
    }

    @Test
    void aCommandRunsInItsDirectoryWithStderrJoinedToStdout(@TempDir Path dir) throws Exception {
        Path inside = Files.createDirectory(dir.resolve("a dir; $(id)"));
        Files.writeString(inside.resolve("marker"), "here");
        RemoteCommand catBoth = RemoteCommand.of("cat", "marker", "missing").mergingStderr().inDirectory(inside.toString());

        assertThat(sh(catBoth.line())).startsWith("here").contains("missing");
    }

    private static String sh(String line) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("/bin/sh", "-c", line).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
