package eltdeck.cli;

import eltdeck.secret.Secret;
import eltdeck.stack.DeployHistory;
import eltdeck.stack.DeployListener;
import eltdeck.stack.DeployOptions;
import eltdeck.stack.DeployResult;
import eltdeck.stack.DeployRun;
import eltdeck.stack.DeployStep;
import eltdeck.stack.StackSession;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck deploy NAME}: the deploy pipeline, each step printed live with its duration. */
@Command(name = "deploy", mixinStandardHelpOptions = true, description = {
        "Deploy the profile's stack: lock, repository (clone or fast-forward), .env check, compose config, "
        + "pull and up, readiness (agent, Prefect API, UI), tenant, record, unlock. Exit 1 on failure, with a hint."})
final class DeployCommand implements Callable<Integer> {
    @ParentCommand EltDeckCli root;
    @Mixin VmOptions vm;
    @Parameters(index = "0", description = "Profile name.") String name;
    @Option(names = "--redeploy", description = "Recreate every container, changed or not.") boolean redeploy;
    @Option(names = "--commit", paramLabel = "SHA", description = {"Deploy this commit (a rollback; HEAD on the VM is then detached).",
            ".env, volumes and databases are not rolled back."}) String commit;
    @Option(names = "--timeout", paramLabel = "DURATION", converter = Durations.class, defaultValue = "5m",
            description = "How long the readiness gate waits, e.g. 90s, 5m (default ${DEFAULT-VALUE}).") Duration timeout;
    @Option(names = "--lock-wait", paramLabel = "DURATION", converter = Durations.class, defaultValue = "0s",
            description = "How long to wait for another deploy's lock (default: refuse at once).") Duration lockWait;
    @Option(names = "--create-tenant", description = {"Create Prefect's default tenant when the server has none "
            + "(a stack not started by `prefect server start`)."}) boolean createTenant;
    @Option(names = "--git-token-env", paramLabel = "VAR", description = {"Environment variable holding a token for a private "
            + "https repository; it reaches git on the VM through stdin only."}) String tokenVariable;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = root.terminal().outWriter();
        DeployHistory history = new DeployHistory(root.context().database());
        Optional<Secret> token = Optional.ofNullable(tokenVariable).map(this::token);
        DeployRun run = new DeployRun(name, history, new Printer(out), Clock.systemUTC());
        DeployOptions options = run.options(redeploy, Optional.ofNullable(commit), timeout, lockWait, token, createTenant);
        try (StackSession stack = vm.stack(root.context(), name)) {
            // Ctrl-C: cancel, then hold the JVM's exit until the pipeline has recorded and unlocked.
            try (StopOnSignal onCtrlC = new StopOnSignal("deploy-cancel", run::cancel, Duration.ofSeconds(60))) {
                DeployResult result = run.run(stack, options);
                out.printf("Deploy %s in %.1f s%s%n", result.outcome().name().toLowerCase(java.util.Locale.ROOT),
                        result.duration().toMillis() / 1000.0, result.sync() == null ? "" : " at " + result.sync().commit());
                if (!result.succeeded()) {
                    root.terminal().errWriter().println("eltdeck: " + result.message()
                            + (result.hint().isEmpty() ? "" : "\n" + result.hint()));
                }
                return result.succeeded() ? 0 : 1;
            }
        }
    }

    private Secret token(String variable) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The environment variable " + variable + " is not set.");
        }
        return Secret.of(value.strip());
    }

    /** Prints steps as they go: "==> Step", the output indented, then the result and duration. */
    private record Printer(PrintWriter out) implements DeployListener {
        @Override
        public void started(DeployStep step) {
            out.println("==> " + step.label());
        }

        @Override
        public void output(DeployStep step, String line) {
            out.println("    " + line);
        }

        @Override
        public void finished(DeployStep step, Outcome outcome, Duration duration, String hint) {
            out.printf("<== %s %s (%.1f s)%n", step.label(), outcome.name().toLowerCase(java.util.Locale.ROOT),
                    duration.toMillis() / 1000.0);
            if (!hint.isEmpty()) {
                out.println("    hint: " + hint);
            }
        }
    }
}
