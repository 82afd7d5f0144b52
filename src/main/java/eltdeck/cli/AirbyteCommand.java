package eltdeck.cli;

import eltdeck.Plural;
import eltdeck.airbyte.AirbyteConnection;
import eltdeck.airbyte.AirbyteConnections;
import eltdeck.airbyte.AirbyteCredentials;
import eltdeck.airbyte.AirbyteSettings;
import eltdeck.airbyte.AirbyteSettingsStore;
import eltdeck.airbyte.ByteSizes;
import eltdeck.airbyte.JobAttempt;
import eltdeck.airbyte.JobFollower;
import eltdeck.airbyte.JobStates;
import eltdeck.airbyte.SyncJob;
import eltdeck.airbyte.SyncJobs;
import eltdeck.airbyte.SyncStart;
import eltdeck.profile.AirbytePasswords;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code eltdeck airbyte connections|sync|jobs|config}: Airbyte's connections and sync jobs on the VM. */
@Command(name = "airbyte", mixinStandardHelpOptions = true,
        description = "List Airbyte connections, start and follow a sync, list a connection's jobs, set how Airbyte is reached.",
        subcommands = {AirbyteCommand.Connections.class, AirbyteCommand.Sync.class, AirbyteCommand.Jobs.class,
                AirbyteCommand.Config.class})
final class AirbyteCommand {
    @ParentCommand EltDeckCli root;

    @Command(name = "connections", description = "The connections: source → destination, schedule, status, last sync.")
    static final class Connections implements Callable<Integer> {
        @ParentCommand AirbyteCommand parent;
        @Mixin VmOptions vm;
        @Mixin AirbyteOptions airbyte;
        @Parameters(index = "0", description = "Profile name.") String name;

        @Override
        public Integer call() throws Exception {
            try (AirbyteLink api = AirbyteLink.open(parent.root, vm, airbyte, name)) {
                PrintWriter out = parent.root.terminal().outWriter();
                String row = "%-28s  %-40s  %-24s  %-10s  %s%n";
                out.printf(row, "CONNECTION", "SOURCE → DESTINATION", "SCHEDULE", "STATUS", "LAST SYNC");
                for (AirbyteConnection c : new AirbyteConnections(api.client()).list()) {
                    String last = c.lastSyncStatus() == null ? "never" : c.lastSyncStatus() + " " + Times.local(c.lastSyncAt());
                    out.printf(row, c.name(), c.route(), c.schedule().text(), c.status(), last);
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "sync", description = {"Start a sync of a connection now and print its job id.",
            "With --follow, print its state changes and attempts until it ends: exit 0 when it succeeded, 1 when not."})
    static final class Sync implements Callable<Integer> {
        @ParentCommand AirbyteCommand parent;
        @Mixin VmOptions vm;
        @Mixin AirbyteOptions airbyte;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Parameters(index = "1", paramLabel = "CONNECTION", description = "The connection's id or (unique) name.") String connection;
        @Option(names = {"-f", "--follow"}, description = "Follow the job until it ends.") boolean follow;

        @Override
        public Integer call() throws Exception {
            try (AirbyteLink api = AirbyteLink.open(parent.root, vm, airbyte, name)) {
                PrintWriter out = parent.root.terminal().outWriter();
                AirbyteConnection c = new AirbyteConnections(api.client()).find(connection);
                SyncJobs jobs = new SyncJobs(api.client());
                SyncStart start = jobs.sync(c.id());
                long id = start.job().id();
                out.println(start.alreadyRunning()
                        ? "A sync of " + c.name() + " is already running: job " + id + (follow ? "; following it." : ".")
                        : "Sync job " + id + " of " + c.name() + " started.");
                out.flush();
                return follow ? follow(jobs, id, out) : 0;
            }
        }

        private static int follow(SyncJobs jobs, long id, PrintWriter out) throws Exception {
            try (StopOnSignal onSignal = new StopOnSignal("airbyte-follow-stop", Thread.currentThread()::interrupt, Duration.ofSeconds(5))) {
                SyncJob end = new JobFollower(jobs, JobFollower.DEFAULT_EVERY).follow(id, job -> {
                    out.println(Times.local(Instant.now()) + "  job " + id + ": " + job.status());
                    job.attempts().forEach(a -> out.println("    " + a.summary()));
                    out.flush();
                });
                out.println("Job " + id + " " + end.status() + ": " + Plural.of(end.records(), "record") + ", " + ByteSizes.of(end.bytes())
                        + " in " + Times.duration(end.duration(Instant.now())) + ".");
                out.flush();
                return JobStates.SUCCEEDED.equals(end.status()) ? 0 : 1;
            } catch (InterruptedException e) {
                out.println("Stopped following; job " + id + " goes on.");
                out.flush();
                return RunCommand.INTERRUPTED;
            }
        }
    }

    @Command(name = "jobs", description = "A connection's sync jobs, newest first: status, start, duration, records, bytes.")
    static final class Jobs implements Callable<Integer> {
        @ParentCommand AirbyteCommand parent;
        @Mixin VmOptions vm;
        @Mixin AirbyteOptions airbyte;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Parameters(index = "1", paramLabel = "CONNECTION", description = "The connection's id or (unique) name.") String connection;
        @Option(names = "--limit", paramLabel = "N", description = "At most N jobs (default 20).") int limit = 20;

        @Override
        public Integer call() throws Exception {
            if (limit < 1) {
                throw new IllegalArgumentException("--limit must be 1 or more.");
            }
            try (AirbyteLink api = AirbyteLink.open(parent.root, vm, airbyte, name)) {
                PrintWriter out = parent.root.terminal().outWriter();
                AirbyteConnection c = new AirbyteConnections(api.client()).find(connection);
                String row = "%-8s  %-11s  %-25s  %-10s  %10s  %10s%n";
                out.printf(row, "JOB", "STATUS", "STARTED", "DURATION", "RECORDS", "BYTES");
                Instant now = Instant.now();
                for (SyncJob job : new SyncJobs(api.client()).history(c.id(), limit)) {
                    out.printf(row, job.id(), job.status(), Times.local(job.startedAt() != null ? job.startedAt() : job.createdAt()),
                            Times.duration(job.duration(now)), job.records(), ByteSizes.of(job.bytes()));
                    for (JobAttempt a : job.attempts()) {
                        if (!a.failure().isEmpty()) {
                            out.println("          " + a.summary());
                        }
                    }
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "config", description = {"How this profile reaches Airbyte: shown without options.",
            "The password goes to the OS keychain, read from standard input; never a flag value."})
    static final class Config implements Callable<Integer> {
        @ParentCommand AirbyteCommand parent;
        @Parameters(index = "0", description = "Profile name.") String name;
        @Option(names = "--api", paramLabel = "8001|8000|URL",
                description = "8001: forward the VM's 8001 (default); 8000: forward 8000 and use /api (proxied deployments); or a URL.")
        String api;
        @Option(names = "--user", paramLabel = "USER", description = "The basic-auth username (default airbyte).") String user;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input and keep it in the OS keychain.")
        boolean passwordStdin;
        @Option(names = "--forget-password", description = "Remove the stored password.") boolean forgetPassword;

        @Override
        public Integer call() throws Exception {
            parent.root.context().profiles().get(name);
            AirbyteSettingsStore store = new AirbyteSettingsStore(parent.root.context().database());
            AirbytePasswords passwords = new AirbytePasswords(parent.root.context().secrets());
            PrintWriter out = parent.root.terminal().outWriter();
            AirbyteSettings settings = store.get(name);
            if (api != null || user != null) {
                settings = AirbyteSettings.parse(api != null ? api : AirbyteLink.apiText(settings), user != null ? user : settings.username());
                store.set(name, settings);
            }
            if (forgetPassword) {
                passwords.clear(name);
            }
            if (passwordStdin && !passwords.set(name, AirbyteOptions.passwordFromStdin())) {
                throw new IllegalStateException("This machine has no OS keychain to keep the Airbyte password in; pass it to each"
                        + " command with --airbyte-password-stdin instead.");
            }
            out.println("Airbyte API: " + settings.describe());
            out.println("Username:    " + settings.username());
            out.println("Password:    " + (passwords.get(name).isPresent() ? "in the OS keychain" : "none stored"
                    + (AirbyteCredentials.DEFAULT_USERNAME.equals(settings.username()) ? " (Airbyte's default is 'password')" : "")));
            out.flush();
            return 0;
        }
    }
}
