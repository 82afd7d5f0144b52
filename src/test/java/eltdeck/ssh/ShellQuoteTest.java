package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class ShellQuoteTest {
    @Test
    void plainWordsStayReadable() {
        assertThat(ShellQuote.join(List.of("docker", "logs", "-f", "docker_agent_1"))).isEqualTo("docker logs -f docker_agent_1");
    }

    @Test
    void everythingElseIsSingleQuoted() {
        assertThat(ShellQuote.quote("a b")).isEqualTo("'a b'");
        assertThat(ShellQuote.quote("it's")).isEqualTo("'it'\\''s'");
        assertThat(ShellQuote.quote("$(reboot)")).isEqualTo("'$(reboot)'");
        assertThat(ShellQuote.quote("")).isEqualTo("''");
    }

    /** A real /bin/sh gets back exactly the arguments we quoted, whatever they hold. */
    @Property(tries = 60)
    void shellSeesTheExactArguments(@ForAll @StringLength(max = 20) @AlphaChars @NumericChars
            @Chars({' ', '\'', '"', '$', '`', '\\', ';', '|', '&', '*', '(', ')', '\n', '!', '~', '#'}) String arg) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", "printf %s " + ShellQuote.quote(arg)));
        Process p = new ProcessBuilder(cmd).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        assertThat(out).isEqualTo(arg);
    }
}
