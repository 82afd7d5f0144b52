package eltdeck.bench;

import eltdeck.dbt.DbtProject;
import eltdeck.dbt.DbtProjectReader;
import eltdeck.dbt.NodeType;
import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.stack.DbtProjectFetch;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettings;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the dbt tab takes to read a project on the VM (one SSH command on the tab's open link, then parsing and
 * the checks) beside what a user would do to get the files: {@code scp -r}, or {@code ssh vm tar c | tar x}, each a
 * new OpenSSH connection, as typed. The reference project and a generated one of 300 models, against one real
 * OpenSSH sshd on loopback, rounds interleaved. Prints figures; asserts nothing. Run with {@code mvn -Pbench verify}.
 */
@Tag("bench")
class DbtProjectBenchmark {
    private static final int ROUNDS = 7;
    private static final int GENERATED_MODELS = 300;

    @TempDir
    Path dir;

    @Test
    void readingAProjectSideBySide() throws Exception {
        Prerequisites.requireOpenSshd();
        Prerequisites.requireOpenSshClient();
        TestKeys.Key key = new TestKeys(dir.resolve("keys")).ed25519();
        Path authorized = TestKeys.authorize(dir.resolve("authorized_keys"), key);
        Path reference = copy(Path.of("dbt"), dir.resolve("reference/dbt"));
        Path generated = generate(dir.resolve("generated/dbt"), GENERATED_MODELS);
        try (OpenSshd sshd = OpenSshd.onLoopback(dir.resolve("sshd"), authorized)) {
            Path knownHosts = sshd.writeKnownHosts(dir.resolve("known_hosts"));
            Profile profile = sshd.profile(key.privateKey(), knownHosts);
            System.out.printf("%nReading a dbt project on the VM, median of %d rounds (ms)%n", ROUNDS);
            System.out.printf("%-16s %8s %10s %10s %16s %14s%n", "project", "files", "ELT Deck", "(parse)", "ssh … tar c|tar x", "scp -r");
            for (Path project : List.of(reference, generated)) {
                measure(project, profile, sshd, key, knownHosts);
            }
        }
    }

    private void measure(Path project, Profile profile, OpenSshd sshd, TestKeys.Key key, Path knownHosts) throws Exception {
        long files;
        try (Stream<Path> all = Files.walk(project)) {
            files = all.filter(Files::isRegularFile).count();
        }
        StackSettings settings = StackSettings.forRepository("example/elt").withRemoteDir(project.getParent().toString());
        List<String> ssh = List.of("-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "UserKnownHostsFile=" + knownHosts,
                "-i", key.privateKey().toString());
        double[] deck = new double[ROUNDS];
        double[] parse = new double[ROUNDS];
        double[] tar = new double[ROUNDS];
        double[] scp = new double[ROUNDS];
        try (SshLink link = new SshConnector(NoPassphrase.SOURCE).connect(profile, HostKeyPolicy.STRICT);
             StackSession session = StackSession.open(link, settings)) {
            DbtProject warm = DbtProjectReader.read(DbtProjectFetch.fetch(session));
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                var fetched = DbtProjectFetch.fetch(session);
                long fetchedAt = System.nanoTime();
                DbtProject read = DbtProjectReader.read(fetched);
                long end = System.nanoTime();
                if (read.ofType(NodeType.MODEL).size() != warm.ofType(NodeType.MODEL).size()) {
                    throw new IllegalStateException("The project read differently between rounds");
                }
                deck[round] = (end - start) / 1e6;
                parse[round] = (end - fetchedAt) / 1e6;
                Path tarInto = Files.createDirectories(dir.resolve("tar-" + round + "-" + project.getParent().getFileName()));
                tar[round] = millis(() -> shell(String.join(" ", quoted(sshCommand(ssh, sshd))) + " "
                        + "'tar c -C " + project.getParent() + " dbt' | tar x -C " + tarInto));
                Path scpInto = dir.resolve("scp-" + round + "-" + project.getParent().getFileName());
                List<String> scpCommand = new ArrayList<>(List.of("scp", "-O", "-q", "-r", "-P", String.valueOf(sshd.port())));
                scpCommand.addAll(ssh);
                scpCommand.addAll(List.of(sshd.user() + "@127.0.0.1:" + project, scpInto.toString()));
                scp[round] = millis(() -> run(scpCommand));
            }
        }
        System.out.printf("%-16s %8d %10.1f %10.1f %16.1f %14.1f%n", project.getParent().getFileName(), files,
                median(deck), median(parse), median(tar), median(scp));
    }

    private static List<String> sshCommand(List<String> options, OpenSshd sshd) {
        List<String> command = new ArrayList<>(List.of("ssh", "-p", String.valueOf(sshd.port())));
        command.addAll(options);
        command.add(sshd.user() + "@127.0.0.1");
        return command;
    }

    private static List<String> quoted(List<String> words) {
        return words.stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList();
    }

    private Void shell(String line) throws Exception {
        return run(List.of("sh", "-c", line));
    }

    private Void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile(dir, "bench", ".log").toFile()).start();
        int code = process.waitFor();
        if (code != 0) {
            throw new IllegalStateException(command.get(0) + " exited " + code);
        }
        return null;
    }

    private static double millis(Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path source : all.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return to;
    }

    /** A project of {@code models} models in a chain of ten layers, each described and tested in a schema file. */
    private static Path generate(Path project, int models) throws Exception {
        Files.createDirectories(project.resolve("models"));
        Files.writeString(project.resolve("dbt_project.yml"), "name: generated\nversion: \"1.0.0\"\nconfig-version: 2\nprofile: generated\n");
        StringBuilder schema = new StringBuilder("version: 2\nmodels:\n");
        for (int i = 0; i < models; i++) {
            String parent = i < 10 ? "" : "select * from {{ ref('model_" + (i - 10) + "') }}\nunion all\n";
            Files.writeString(project.resolve("models/model_" + i + ".sql"), parent + "select " + i + " as id\n");
            schema.append("  - name: model_").append(i).append("\n    description: Generated model ").append(i)
                    .append(".\n    columns:\n      - name: id\n        description: The id.\n        tests:\n          - unique\n          - not_null\n");
        }
        Files.writeString(project.resolve("models/schema.yml"), schema);
        return project;
    }
}
