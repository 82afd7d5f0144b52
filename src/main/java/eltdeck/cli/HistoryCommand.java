package eltdeck.cli;

import eltdeck.stack.DeployHistory;
import eltdeck.stack.DeployRecord;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck history NAME}: the profile's deploys, newest first; a commit listed here is what --commit rolls back to. */
@Command(name = "history", mixinStandardHelpOptions = true, description = {
        "List the profile's deploys from this machine's history, newest first. Roll back to one with "
        + "eltdeck deploy NAME --commit SHA (.env, volumes and databases are not rolled back)."})
final class HistoryCommand implements Callable<Integer> {
    private static final String ROW = "%-20s %-12s %-20s %9s  %-12s %s%n";
    @ParentCommand EltDeckCli root;
    @Parameters(index = "0", description = "Profile name.") String name;
    @Option(names = {"-n", "--limit"}, defaultValue = "20", description = "Show at most this many (default ${DEFAULT-VALUE}).") int limit;

    @Override
    public Integer call() {
        root.context().profiles().get(name);
        List<DeployRecord> records = new DeployHistory(root.context().database()).list(name);
        PrintWriter out = root.terminal().outWriter();
        if (records.isEmpty()) {
            out.println("No deploys of " + name + " yet.");
            return 0;
        }
        out.printf(ROW, "STARTED (UTC)", "COMMIT", "RESULT", "DURATION", "WHO", "MESSAGE");
        for (DeployRecord r : records.subList(0, Math.min(limit, records.size()))) {
            out.printf(ROW, r.startedAt().toString().substring(0, 19).replace('T', ' '),
                    r.commit().isEmpty() ? "-" : r.commit().substring(0, Math.min(12, r.commit().length())),
                    r.result().toLowerCase(Locale.ROOT) + (r.redeploy() ? " redeploy" : ""),
                    String.format(Locale.ROOT, "%.1f s", r.duration().toMillis() / 1000.0), r.who(), r.message());
        }
        return 0;
    }
}
