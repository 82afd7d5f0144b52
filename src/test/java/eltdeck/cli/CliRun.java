package eltdeck.cli;

import eltdeck.AppContext;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process against a given context, capturing what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(AppContext context, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = EltDeckCli.run(args, () -> context, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }
}
