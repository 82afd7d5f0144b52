package eltdeck.cli;

import eltdeck.AppContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the CLI in-process against a given context, capturing what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(AppContext context, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EltDeckCli.run(args, () -> context, new Terminal(out, err));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
