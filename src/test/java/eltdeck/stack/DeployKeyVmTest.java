package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.Face;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.testvm.Commands;
import eltdeck.testvm.FreePort;
import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.StackRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deploy key and the git host's known_hosts entry, on a real OpenSSH VM whose sessions have a home of their own.
 * The same sshd plays the git host: its host key stands for GitHub's published ones, and authorizing the deploy key
 * in its authorized_keys stands for adding it to the repository's deploy keys.
 */
class DeployKeyVmTest {
    @TempDir
    Path dir;
    private OpenSshd sshd;
    private SshLink link;
    private RemoteShell shell;
    private Path home;
    private Path authorizedKeys;

    @BeforeEach
    void vm() throws Exception {
        Prerequisites.requireOpenSshd();
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "deploykey-test", null);
        authorizedKeys = Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n");
        home = Files.createDirectories(dir.resolve("home"));
        sshd = OpenSshd.start(dir.resolve("sshd"), authorizedKeys, List.of(), "127.0.0.1", FreePort.find(),
                Map.of("HOME", home.toString(), "PATH", Prerequisites.packagePath()));
        link = new SshConnector(NoPassphrase.SOURCE, null)
                .connect(sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts"))), HostKeyPolicy.STRICT);
        shell = new RemoteShell(link);
    }

    @AfterEach
    void stop() {
        if (link != null) {
            link.close();
        }
        if (sshd != null) {
            sshd.close();
        }
    }

    @Test
    void theKeyIsMadeOnTheVmOnceAndIsARealEd25519Key() throws Exception {
        DeployKey deployKey = new DeployKey(StackSettings.forRepository("git@github.com:acme/elt-stack.git"));
        DeployKey.Info made = deployKey.ensure(shell);

        Path privateKey = home.resolve(".ssh/eltdeck_deploy_elt-stack");
        assertThat(made.created()).isTrue();
        assertThat(made.path()).isEqualTo("~/.ssh/eltdeck_deploy_elt-stack");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(privateKey))).isEqualTo("rw-------");
        assertThat(Commands.run("ssh-keygen", "-y", "-f", privateKey.toString())).startsWith(keyOnly(made.publicKey()));
        assertThat(Commands.run("ssh-keygen", "-lf", privateKey + ".pub")).contains(made.fingerprint());
        assertThat(made.publicKey()).startsWith("ssh-ed25519 ").endsWith("eltdeck deploy key for git@github.com:acme/elt-stack.git");
        assertThat(made.settingsUrl()).contains("https://github.com/acme/elt-stack/settings/keys/new");
        assertThat(made.repositoryUsesSsh()).isTrue();

        DeployKey.Info again = deployKey.ensure(shell);
        assertThat(again.created()).isFalse();
        assertThat(again.fingerprint()).isEqualTo(made.fingerprint());
        assertThat(deployKey.find(shell)).map(DeployKey.Info::fingerprint).contains(made.fingerprint());
    }

    @Test
    void onlyKeysMatchingThePublishedFingerprintsAreTrusted() throws Exception {
        Path knownHosts = home.resolve(".ssh/known_hosts");
        GitHostTrust impostor = new GitHostTrust("127.0.0.1", sshd.port(), Set.of("SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU"));
        assertThatThrownBy(() -> impostor.ensureKnown(shell)).hasMessageContaining("match none of its published fingerprints")
                .hasMessageContaining(sshd.hostKey().fingerprint());
        assertThat(knownHosts).doesNotExist();

        GitHostTrust trust = new GitHostTrust("127.0.0.1", sshd.port(), Set.of(sshd.hostKey().fingerprint()));
        GitHostTrust.Outcome first = trust.ensureKnown(shell);
        assertThat(first.added()).containsExactly(sshd.hostKey().fingerprint());
        assertThat(Files.readAllLines(knownHosts)).containsExactly(sshd.knownHostsLine());
        GitHostTrust.Outcome second = trust.ensureKnown(shell);
        assertThat(second.added()).isEmpty();
        assertThat(second.alreadyKnown()).containsExactly(sshd.hostKey().fingerprint());
        assertThat(second.describe()).contains("already in the VM's known_hosts");

        // A rotated-out key in known_hosts would make ssh refuse the host: it is replaced by the published one.
        String outdated = KeyGenerator.generate(dir.resolve("old-host-key"), "old", null).publicLine();
        Files.writeString(knownHosts, sshd.hostId() + " " + keyOnly(outdated) + "\n");
        GitHostTrust.Outcome replaced = trust.ensureKnown(shell);
        assertThat(replaced.replaced()).isTrue();
        assertThat(Files.readAllLines(knownHosts)).containsExactly(sshd.knownHostsLine());
    }

    @Test
    void gitFetchesOverSshWithTheDeployKeyOnceTheHostIsKnownAndTheKeyAuthorized() throws Exception {
        StackRepository repo = StackRepository.create(Files.createDirectories(dir.resolve("git")));
        StackSettings settings = StackSettings.forRepository("ssh://root@127.0.0.1:" + sshd.port() + repo.url())
                .withRemoteDir("~/stack");
        StackPaths paths = StackPaths.resolve(shell, settings);
        RepositorySync sync = new RepositorySync(shell, settings, paths, GitAuth.none());
        DeployKey.Info key = new DeployKey(settings).ensure(shell);

        Face.serve(Face.COMMAND_LINE);
        assertThatThrownBy(() -> sync.sync(Optional.empty(), Optional.empty(), line -> { }))
                .isInstanceOfSatisfying(RepositorySync.SyncException.class, e -> assertThat(
                        GitAccessHint.forOutput(e.gitOutput(), "vm")).hasValueSatisfying(h -> assertThat(h).contains("eltdeck deploykey vm")
                        .contains("known_hosts")));

        new GitHostTrust("127.0.0.1", sshd.port(), Set.of(sshd.hostKey().fingerprint())).ensureKnown(shell);
        assertThatThrownBy(() -> sync.sync(Optional.empty(), Optional.empty(), line -> { }))
                .isInstanceOfSatisfying(RepositorySync.SyncException.class, e -> assertThat(
                        GitAccessHint.forOutput(e.gitOutput(), "vm")).as(e.gitOutput()).hasValueSatisfying(h -> assertThat(h).contains("Deploy keys")));

        Files.writeString(authorizedKeys, key.publicKey() + "\n", StandardOpenOption.APPEND);
        RepositorySync.SyncResult result = sync.sync(Optional.empty(), Optional.empty(), line -> { });
        assertThat(result.commit()).isEqualTo(repo.head());
        assertThat(result.cloned()).isTrue();
        // The key's path is not written into the clone's config: git gets it per command.
        assertThat(Files.readString(Path.of(paths.repoDir(), ".git", "config"))).doesNotContain("eltdeck_deploy");
    }

    /** "type base64" without the comment. */
    private static String keyOnly(String publicLine) {
        String[] parts = publicLine.split(" ");
        return parts[0] + " " + parts[1];
    }
}
