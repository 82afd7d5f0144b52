package eltdeck.stack;

import eltdeck.Face;
import eltdeck.Plural;
import eltdeck.env.ComposeFile;
import eltdeck.env.EnvReport;
import eltdeck.env.EnvText;
import eltdeck.env.Finding;
import eltdeck.prefect.GraphQlClient;
import eltdeck.prefect.PrefectApiException;
import eltdeck.prefect.PrefectRoute;
import eltdeck.prefect.PrefectServer;
import eltdeck.prefect.Tenant;
import eltdeck.ssh.RemoteCommand;
import eltdeck.stack.DeployListener.Outcome;
import eltdeck.tunnel.EphemeralForward;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One deploy: lock → repository → .env check → compose config → pull and up → readiness → tenant → record, then unlock
 * whatever happened. Each step reports to the listener; the first failure stops the deploy with that step's
 * output and a hint; {@link #cancel} stops between steps and ends the remote command running now.
 */
public final class DeployPipeline {
    private final String profile;
    private final RemoteShell shell;
    private final StackSettings settings;
    private final StackPaths paths;
    private final DeployHistory history;
    private final DeployListener listener;
    private final Clock clock;
    private volatile boolean cancelled;

    public DeployPipeline(String profile, RemoteShell shell, StackSettings settings, StackPaths paths, DeployHistory history,
                          DeployListener listener, Clock clock) {
        this.profile = profile;
        this.shell = shell;
        this.settings = settings;
        this.paths = paths;
        this.history = history;
        this.listener = listener;
        this.clock = clock;
    }

    /** Asks the deploy to stop: the running remote command is ended, no further step starts; unlock still runs. */
    public void cancel() {
        cancelled = true;
        shell.stopRunning();
    }

    public DeployResult run(DeployOptions options) {
        Instant start = clock.instant();
        DeployLock lock = new DeployLock(shell, paths, clock);
        State state = new State();
        try {
            step(DeployStep.LOCK, () -> {
                state.lock = lock.acquire(options.who(), options.commit().orElse("origin/" + settings.branch()), options.lockWait());
                listener.output(DeployStep.LOCK, "locked " + paths.lockDir());
            });
            step(DeployStep.REPOSITORY, () -> repository(options, lock, state));
            step(DeployStep.ENV_CHECK, () -> envCheck(state));
            step(DeployStep.COMPOSE_CONFIG, () -> composeConfig(state));
            step(DeployStep.PULL_AND_UP, () -> pullAndUp(options, state));
            step(DeployStep.READINESS, () -> new Readiness(shell, paths, settings.agentService())
                    .await(options.readinessTimeout(), () -> cancelled, line -> listener.output(DeployStep.READINESS, line)));
            step(DeployStep.TENANT, () -> tenant(options));
            state.outcome = Outcome.SUCCEEDED;
        } catch (StepFailed failed) {
            state.outcome = failed.outcome;
            state.failure = failed;
        } finally {
            // Measured once, when the work is done, to the millisecond the history keeps: the history, the audit line
            // and the result show the same figure.
            state.duration = Duration.ofMillis(Duration.between(start, clock.instant()).toMillis());
            finish(options, start, lock, state);
        }
        return new DeployResult(state.outcome, state.sync, state.failure == null ? Optional.empty()
                : Optional.of(state.failure.step), state.failure == null ? "" : state.failure.getMessage(),
                state.failure == null ? "" : state.failure.hint, state.duration);
    }

    private void repository(DeployOptions options, DeployLock lock, State state) throws IOException {
        RepositorySync sync = new RepositorySync(shell, settings, paths, new GitAuth(options.gitToken()));
        state.sync = sync.sync(options.commit(), options.since(), line -> listener.output(DeployStep.REPOSITORY, line));
        RepositorySync.SyncResult r = state.sync;
        listener.output(DeployStep.REPOSITORY, (r.cloned() ? "cloned, at " : "at ") + r.commit()
                + (r.detached() ? " (detached HEAD: a rollback; .env, volumes and databases are not rolled back)" : ""));
        if (!r.newCommits().isEmpty()) {
            listener.output(DeployStep.REPOSITORY, Plural.of(r.newCommits().size(), "new commit") + ":");
            r.newCommits().forEach(c -> listener.output(DeployStep.REPOSITORY, "  " + c));
        }
        state.lock = new LockInfo(state.lock.id(), state.lock.who(), state.lock.when(), r.commit());
        lock.update(state.lock);
    }

    private void envCheck(State state) throws IOException {
        StackEnvFiles files = StackEnvFiles.read(shell.link(), paths);
        RemoteFiles.Snapshot compose = files.compose().orElseThrow(() -> new Failure(
                "There is no " + paths.composeFile() + " in the repository.", Face.hint(
                "Check the compose directory in Stack settings (Deploy tab).",
                "Check the compose directory: eltdeck stack config " + profile + " --compose-dir DIR")));
        state.composeText = compose.text();
        EnvText env = EnvText.of(files.env().orElseThrow(() -> new Failure("There is no " + paths.envFile() + " on the VM.",
                Face.hint("Write one in the .env tab (it starts from the repository's .env.example) and save it.",
                        "Write one from .env.example and upload it with: eltdeck env push " + profile + " FILE"))).content());
        EnvReport report = files.check(env, settings.agentService());
        for (Finding f : report.findings()) {
            f.describe(".env").forEach(line -> listener.output(DeployStep.ENV_CHECK, line));
        }
        listener.output(DeployStep.ENV_CHECK, report.summary(".env"));
        if (report.hasErrors()) {
            throw new Failure("The .env on the VM has errors; deploying it would break the stack.",
                    Face.hint("Fix them in the .env tab, save, and deploy again.", "Fix them (eltdeck env pull " + profile
                            + ", edit, eltdeck env push " + profile + " FILE) and deploy again."));
        }
    }

    private void composeConfig(State state) throws IOException {
        state.compose = Compose.detect(shell, paths);
        listener.output(DeployStep.COMPOSE_CONFIG, "compose " + state.compose.version());
        requireOk(state.compose.run(List.of("config", "-q"), line -> listener.output(DeployStep.COMPOSE_CONFIG, line)),
                "The compose file is not valid.", "Fix docker-compose.yml in the repository, push, and deploy again.");
    }

    /**
     * Pulls only registry images that are not on the VM yet: pinned tags (the norm for this stack) need no refresh,
     * and images made on the VM (no registry has them) would fail a pull.
     */
    private void pullAndUp(DeployOptions options, State state) throws IOException {
        ComposeFile composeFile = ComposeFile.parse(state.composeText, settings.agentService());
        List<String> toPull = new ArrayList<>();
        for (ComposeFile.Service s : composeFile.pulled()) {
            boolean present = !s.image().contains("$")
                    && shell.run(List.of("docker", "image", "inspect", "--format", "{{.Id}}", s.image()), null).ok();
            if (!present) {
                toPull.add(s.name());
            }
        }
        if (toPull.isEmpty()) {
            listener.output(DeployStep.PULL_AND_UP, "every image is on the VM already; nothing to pull");
        } else {
            List<String> pull = new ArrayList<>(List.of("pull"));
            pull.addAll(toPull);
            requireOk(state.compose.run(pull, line -> listener.output(DeployStep.PULL_AND_UP, line)),
                    "Pulling images failed.", "Check the image names and the VM's access to the registry.");
        }
        requireOk(state.compose.run(Compose.upArgs(composeFile.anyBuilds(), options.redeploy()),
                line -> listener.output(DeployStep.PULL_AND_UP, line)),
                "docker compose up failed.", "Read the output above; " + containersHint() + ".");
    }

    /**
     * A stack started without {@code prefect server start} has no tenant: the agent cannot register and no flow run
     * starts. Said plainly, and the default tenant made when the user asked for it.
     */
    private void tenant(DeployOptions options) throws IOException {
        try (EphemeralForward forward = EphemeralForward.open(shell.link(), PrefectRoute.VM_PORT)) {
            PrefectServer server = new PrefectServer(new GraphQlClient(
                    PrefectRoute.apiAt(forward.localPort()), Duration.ofSeconds(20)));
            List<Tenant> tenants = server.tenants();
            if (!tenants.isEmpty()) {
                tenants.forEach(t -> listener.output(DeployStep.TENANT, "tenant " + t.name() + " (" + t.slug() + ")"));
            } else if (options.createTenant()) {
                listener.output(DeployStep.TENANT, "no tenant yet: creating the default one");
                listener.output(DeployStep.TENANT, "created tenant " + PrefectServer.DEFAULT_TENANT + " (" + server.createDefaultTenant() + ")");
            } else {
                throw new Failure("The Prefect API has no tenant (the stack was not started with `prefect server start`):"
                        + " the agent cannot register and no flow run can start.", Face.hint(
                        "Create the default tenant: \"Create the default tenant and deploy\" in the Deploy tab.",
                        "Create the default tenant: eltdeck deploy " + profile + " --create-tenant"));
            }
        } catch (PrefectApiException e) {
            throw new Failure("The Prefect API on " + PrefectRoute.VM_PORT + " could not be asked for its tenant: " + e.getMessage(),
                    "Is port 4200 the Prefect Server's Apollo? " + containersHint() + ".");
        }
    }

    private void finish(DeployOptions options, Instant start, DeployLock lock, State state) {
        Duration duration = state.duration;
        String commit = state.sync == null ? "" : state.sync.commit();
        String result = state.outcome.name();
        runAlways(DeployStep.RECORD, () -> {
            history.add(new DeployRecord(profile, commit, options.who(), start, duration, result, options.redeploy(),
                    state.failure == null ? "" : state.failure.getMessage()));
            appendAudit(start, options, commit, result, duration);
        });
        if (state.lock != null) {
            runAlways(DeployStep.UNLOCK, () -> {
                lock.release(state.lock);
                listener.output(DeployStep.UNLOCK, "released " + paths.lockDir());
            });
        }
    }

    /** One line per deploy in the audit file beside the compose file; it travels on stdin, and holds no secret. */
    private void appendAudit(Instant start, DeployOptions options, String commit, String result, Duration duration) throws IOException {
        String line = auditLine(start, options.who(), commit, result, duration, options.redeploy());
        RemoteShell.Result r = shell.run(auditCommand(paths),
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), null);
        if (!r.ok()) {
            throw new IOException("Cannot append to " + paths.auditFile() + ": " + r.output().strip());
        }
        listener.output(DeployStep.RECORD, "audit: " + line.strip());
    }

    /** Appends its stdin to the audit file. */
    static RemoteCommand auditCommand(StackPaths paths) {
        return RemoteCommand.script("cat >> \"$1\"", paths.auditFile());
    }

    static String auditLine(Instant start, String who, String commit, String result, Duration duration, boolean redeploy) {
        return start + " who=" + who.replaceAll("\\s", "_") + " commit=" + (commit.isEmpty() ? "-" : commit) + " result=" + result
                + " duration=" + duration.toMillis() / 1000.0 + "s" + (redeploy ? " redeploy" : "") + "\n";
    }

    private void step(DeployStep step, Action action) throws StepFailed {
        if (cancelled) {
            listener.finished(step, Outcome.CANCELLED, Duration.ZERO, "");
            throw new StepFailed(step, Outcome.CANCELLED, "The deploy was cancelled before " + step.label() + ".", "");
        }
        listener.started(step);
        Instant begin = clock.instant();
        try {
            action.run();
            listener.finished(step, Outcome.SUCCEEDED, Duration.between(begin, clock.instant()), "");
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            StepFailed failed = cancelled
                    ? new StepFailed(step, Outcome.CANCELLED, "The deploy was cancelled during " + step.label() + ".", "")
                    : new StepFailed(step, Outcome.FAILED, e.getMessage(), hintFor(e));
            details(e).forEach(line -> listener.output(step, line));
            listener.finished(step, failed.outcome, Duration.between(begin, clock.instant()), failed.hint);
            throw failed;
        }
    }

    /** The record and unlock steps run after a failure too, and a failure of theirs does not hide the first one. */
    private void runAlways(DeployStep step, Action action) {
        listener.started(step);
        Instant begin = clock.instant();
        try {
            action.run();
            listener.finished(step, Outcome.SUCCEEDED, Duration.between(begin, clock.instant()), "");
        } catch (Exception e) {
            listener.output(step, e.getMessage());
            listener.finished(step, Outcome.FAILED, Duration.between(begin, clock.instant()),
                    step == DeployStep.UNLOCK ? "Remove the lock with: eltdeck lock break " + profile : "");
        }
    }

    private static List<String> details(Exception e) {
        if (e instanceof RepositorySync.SyncException s) {
            return s.gitOutput().lines().toList();
        }
        if (e instanceof Readiness.NotReadyException n) {
            return n.logs().lines().toList();
        }
        return List.of();
    }

    private String hintFor(Exception e) {
        if (e instanceof Failure f) {
            return f.hint;
        }
        if (e instanceof DeployLock.LockHeldException) {
            return "Wait for the other deploy, or if it died: eltdeck lock break " + profile;
        }
        if (e instanceof Readiness.NotReadyException) {
            return "The last log lines of the failing containers are above; " + containersHint() + ".";
        }
        if (e instanceof RepositorySync.SyncException s) {
            return GitAccessHint.forOutput(s.gitOutput(), profile).orElse("git's output is above.");
        }
        return "";
    }

    private static void requireOk(RemoteShell.Result r, String message, String hint) {
        if (!r.ok()) {
            throw new Failure(message + " (exit " + r.exitCode() + ")", hint);
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    /** What the steps leave for the later ones. */
    /** Where the user sees the stack's containers and their state. */
    private String containersHint() {
        return Face.hint("the Containers tab shows the containers", "`eltdeck ps " + profile + "` shows the containers");
    }

    private static final class State {
        LockInfo lock;
        RepositorySync.SyncResult sync;
        String composeText;
        Compose compose;
        Outcome outcome = Outcome.FAILED;
        StepFailed failure;
        Duration duration;
    }

    /** A step's own failure, with what to do about it. */
    private static final class Failure extends RuntimeException {
        final String hint;

        Failure(String message, String hint) {
            super(message);
            this.hint = hint;
        }
    }

    private static final class StepFailed extends Exception {
        final DeployStep step;
        final Outcome outcome;
        final String hint;

        StepFailed(DeployStep step, Outcome outcome, String message, String hint) {
            super(message);
            this.step = step;
            this.outcome = outcome;
            this.hint = hint;
        }
    }
}
