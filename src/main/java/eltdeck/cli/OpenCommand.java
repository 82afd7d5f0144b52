package eltdeck.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck open [PROFILE]}: the window, or the one already running brought to the front. */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"Open the window with PROFILE selected. Where ELT Deck is already running (on the same data"
                + " directory), its window comes to the front instead and selects PROFILE; no second app starts."})
final class OpenCommand implements Callable<Integer> {
    @ParentCommand EltDeckCli root;
    @Parameters(arity = "0..1", paramLabel = "PROFILE", description = "Profile to select.") String profile;

    @Override
    public Integer call() {
        return root.window().open(profile == null ? "" : profile);
    }
}
