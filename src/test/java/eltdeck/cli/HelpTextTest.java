package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --help} shows every description whole: no sentence is cut at a line of the source. */
class HelpTextTest {
    /** A line that ends a sentence (or introduces an indented example below it). */
    private static final Pattern WHOLE = Pattern.compile(".*[.:!?)]$");

    @Test
    void everyCommandListShowsEachSubcommandsWholeFirstLine() {
        for (CommandLine command : everyCommand()) {
            String help = squeeze(command.getUsageMessage());
            for (CommandLine sub : command.getSubcommands().values()) {
                // The list shows a command's header, else the first line of its description.
                String[] header = sub.getCommandSpec().usageMessage().header();
                String[] summary = header.length > 0 ? header : sub.getCommandSpec().usageMessage().description();
                if (summary.length > 0) {
                    assertThat(help).as("%s --help lists %s", qualifiedName(command), sub.getCommandName())
                            .contains(squeeze(summary[0]));
                }
            }
        }
    }

    @Test
    void everyDescriptionLineEndsASentence() {
        List<String> cut = new ArrayList<>();
        for (CommandLine command : everyCommand()) {
            CommandSpec spec = command.getCommandSpec();
            collectCut(qualifiedName(command), spec.usageMessage().description(), cut);
            for (ArgSpec arg : spec.args()) {
                collectCut(qualifiedName(command) + " " + arg.paramLabel(), arg.description(), cut);
            }
        }
        assertThat(cut).as("description lines that stop mid-sentence").isEmpty();
    }

    @Test
    void theTopLevelHelpPrintsTheDeployDescriptionToItsEnd() {
        CliRun help = CliRun.of(null, "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(squeeze(help.out())).contains(squeeze("tenant, record, unlock. Exit 1 on failure, with a hint."));
    }

    private static void collectCut(String where, String[] lines, List<String> cut) {
        for (int i = 0; i < lines.length; i++) {
            boolean exampleFollows = i + 1 < lines.length && lines[i + 1].startsWith(" ");
            boolean isExample = lines[i].startsWith(" ");
            if (!isExample && !exampleFollows && !WHOLE.matcher(lines[i].replace("%n", "").strip()).matches()) {
                cut.add(where + ": " + lines[i]);
            }
        }
    }

    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new EltDeckCli(() -> null, new Terminal(System.out, System.err), profile -> 0)), all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> all) {
        all.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    private static String qualifiedName(CommandLine command) {
        return command.getCommandSpec().qualifiedName();
    }

    /** Without any white space: where the help wraps a line does not matter, that the text is whole does. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
