package eltdeck.cli;

import eltdeck.AppContext;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the CLI in-process against a given context, capturing what it prints; or gives the command line to run it apart. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(AppContext context, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EltDeckCli.run(args, () -> context, new Terminal(out, err));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The command line that runs the CLI as its own process, for tests that signal it. */
    static List<String> javaCommand(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djdk.net.hosts.file=" + System.getProperty("jdk.net.hosts.file"),
                EltDeckCli.class.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
