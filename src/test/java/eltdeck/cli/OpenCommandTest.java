package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class OpenCommandTest {
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EltDeckCli.run(args, () -> {
            throw new AssertionError("opening the window needs no database here");
        }, new Terminal(out, err), profile -> {
            opened.add(profile);
            return 0;
        });
    }

    @Test
    void openHandsTheProfileToTheWindowAndWithoutOneAsksForNone() {
        assertThat(run("open", "prod vm")).isZero();
        assertThat(run("open")).isZero();

        assertThat(opened).containsExactly("prod vm", "");
    }

    @Test
    void itIsListedAndExplained() {
        run("--help");
        run("open", "--help");

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("  open  ", "Usage: eltdeck open [-hV] [PROFILE]");
        assertThat(opened).isEmpty();
    }

    @Test
    void aCommandLineWithoutAWindowSaysSo() {
        ByteArrayOutputStream cliErr = new ByteArrayOutputStream();
        int code = EltDeckCli.run(new String[] {"open"}, () -> (AppContext) null, new Terminal(new ByteArrayOutputStream(), cliErr));

        assertThat(code).isEqualTo(1);
        assertThat(cliErr.toString(StandardCharsets.UTF_8)).contains("cannot open the window");
    }
}
