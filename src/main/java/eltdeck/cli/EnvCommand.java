package eltdeck.cli;

import eltdeck.env.ComposeFile;
import eltdeck.env.EnvChecker;
import eltdeck.env.EnvParser;
import eltdeck.env.EnvReport;
import eltdeck.env.EnvSchema;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eltdeck env …}: the stack's {@code .env} file. */
@Command(name = "env", mixinStandardHelpOptions = true, description = "Work with the stack's .env file.",
        subcommands = {EnvCommand.Check.class, EnvPullCommand.class, EnvPushCommand.class})
final class EnvCommand {
    @ParentCommand EltDeckCli root;


    @Command(name = "check", mixinStandardHelpOptions = true, description = {
            "Check a .env file offline; exit code 1 when an ERROR is found.",
            "Each finding is printed as",
            "  FILE:LINE: SEVERITY: RULE: message",
            "with the fix below it. --example also checks the variables it marks required; --compose also checks "
            + "that the agent service receives each variable, and that the .env sets every variable the compose file uses."})
    static final class Check implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", description = "The .env file.") Path env;
        @Option(names = "--compose", paramLabel = "FILE", description = "The docker-compose.yml that reads the .env.") Path compose;
        @Option(names = "--example", paramLabel = "FILE", description = "The .env.example that documents the variables.") Path example;
        @Option(names = "--agent-service", paramLabel = "NAME", defaultValue = "agent",
                description = "The compose service that runs the Prefect agent (default: ${DEFAULT-VALUE}).") String agentService;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            EnvReport report = EnvChecker.check(EnvParser.parse(TextFiles.readUtf8(env)),
                    Optional.ofNullable(example).map(file -> EnvSchema.parse(TextFiles.readUtf8(file))),
                    Optional.ofNullable(compose).map(file -> ComposeFile.parse(TextFiles.readUtf8(file), agentService)));
            EnvFindings.print(out, report, source -> String.valueOf(switch (source) {
                case ENV -> env;
                case EXAMPLE -> example;
                case COMPOSE -> compose;
            }));
            return report.hasErrors() ? 1 : 0;
        }
    }
}
