package eltdeck.cli;

import eltdeck.AppContext;
import eltdeck.Face;
import eltdeck.store.AppHome;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line face: one subcommand per verb, each a few lines over the shared services. */
@Command(name = "eltdeck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Deploy and operate a Prefect 1 + Airbyte + dbt stack on one VM. Without arguments, opens the window.",
        subcommands = {OpenCommand.class, ProfileCommand.class, KeygenCommand.class, ConnectCommand.class, ExecCommand.class,
                HostKeyCommand.class, EnvCommand.class, StackCommand.class, DeployCommand.class,
                PsCommand.class, LogsCommand.class, LockCommand.class, DeployKeyCommand.class, HistoryCommand.class,
                FlowsCommand.class, ScheduleCommand.class, RunCommand.class, RunsCommand.class, PrefectCommand.class, AirbyteCommand.class,
                DbtCommand.class, CommandLine.HelpCommand.class})
public final class EltDeckCli {
    private final Supplier<AppContext> opener;
    private final Terminal terminal;
    private final WindowOpener window;
    private AppContext context;

    EltDeckCli(Supplier<AppContext> opener, Terminal terminal, WindowOpener window) {
        this.opener = opener;
        this.terminal = terminal;
        this.window = window;
    }

    WindowOpener window() {
        return window;
    }

    /** Raw output streams, for remote command output that must pass through byte for byte. */
    Terminal terminal() {
        return terminal;
    }

    /** The services, opened on first use so that --help works without a database. */
    AppContext context() {
        if (context == null) {
            context = opener.get();
        }
        return context;
    }

    /** Runs one command line against the services {@code opener} gives; returns the exit code. */
    public static int run(String[] args, Supplier<AppContext> opener, Terminal terminal) {
        return run(args, opener, terminal, profile -> {
            terminal.errWriter().println("This command line cannot open the window; run eltdeck.jar for it.");
            return 1;
        });
    }

    /** As {@link #run(String[], Supplier, Terminal)}; {@code eltdeck open} opens the window with {@code window}. */
    public static int run(String[] args, Supplier<AppContext> opener, Terminal terminal, WindowOpener window) {
        Face.serve(Face.COMMAND_LINE);
        CommandLine cmd = new CommandLine(new EltDeckCli(opener, terminal, window));
        cmd.setOut(terminal.outWriter());
        cmd.setErr(terminal.errWriter());
        cmd.setExecutionExceptionHandler(new FriendlyErrors());
        // Help as wide as the terminal (80 columns where it cannot tell), each description wrapped whole.
        cmd.setUsageHelpAutoWidth(true);
        return cmd.execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args, () -> AppContext.open(AppHome.resolve()), new Terminal(System.out, System.err)));
    }
}
