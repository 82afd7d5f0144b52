package eltdeck.cli;

import eltdeck.AppContext;
import eltdeck.store.AppHome;
import java.io.PrintWriter;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line face: one subcommand per verb, each a few lines over the shared services. */
@Command(name = "eltdeck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Deploy and operate a Prefect 1 + Airbyte + dbt stack on one VM. Without arguments, opens the window.",
        subcommands = {ProfileCommand.class, KeygenCommand.class, ConnectCommand.class, ExecCommand.class,
                HostKeyCommand.class, EnvCommand.class, CommandLine.HelpCommand.class})
public final class EltDeckCli {
    private final Supplier<AppContext> opener;
    private AppContext context;

    EltDeckCli(Supplier<AppContext> opener) {
        this.opener = opener;
    }

    /** The services, opened on first use so that --help works without a database. */
    AppContext context() {
        if (context == null) {
            context = opener.get();
        }
        return context;
    }

    /** Runs one command line against the services {@code opener} gives; returns the exit code. */
    public static int run(String[] args, Supplier<AppContext> opener, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new EltDeckCli(opener));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler(new FriendlyErrors());
        return cmd.execute(args);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(args, () -> AppContext.open(AppHome.resolve()), out, err));
    }
}
