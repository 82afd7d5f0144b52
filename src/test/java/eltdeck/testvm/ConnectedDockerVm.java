package eltdeck.testvm;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Docker test VM as the stack tests start from it: the VM, the stand-in stack's git repository, a profile that
 * reaches the VM with a fresh key and its host key known, and one link over it. Closing ends the link and the VM.
 */
public record ConnectedDockerVm(DockerVm vm, StackRepository repo, Profile profile, SshLink link) implements AutoCloseable {

    /** Needs root (the test is skipped without the prerequisites); {@code keyName} names the key in the VM's logs. */
    public static ConnectedDockerVm start(Path dir, String keyName) throws Exception {
        Prerequisites.requireDockerVm();
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), keyName, null);
        DockerVm vm = DockerVm.start(dir, Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
        try {
            StackRepository repo = StackRepository.create(Files.createDirectories(dir.resolve("git")));
            Profile profile = vm.sshd().profile(key.privateKey(), vm.sshd().writeKnownHosts(dir.resolve("known_hosts")));
            SshLink link = new SshConnector(NoPassphrase.SOURCE, null).connect(profile, HostKeyPolicy.STRICT);
            return new ConnectedDockerVm(vm, repo, profile, link);
        } catch (Exception | Error e) {
            vm.close();
            throw e;
        }
    }

    /** A command line's stdout, run on the VM over the fixture's own link (not the link of the code under test). */
    public String run(String commandLine) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            link.exec(RemoteCommand.script(commandLine), out, OutputStream.nullOutputStream(), false);
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException("Could not run `" + commandLine + "` on the test VM", e);
        }
    }

    /**
     * The PIDs of the {@code docker logs} readers running on the VM, one a line, empty when none: matches the remote
     * {@code docker logs}, not the shells around it nor the one running pgrep.
     */
    public String dockerLogsReaders() {
        return run("pgrep -f '^docker logs --timestamps' || true").strip();
    }

    /** Null-safe, for an {@code @AfterAll} after a failed start. */
    public static void close(ConnectedDockerVm connected) {
        if (connected != null) {
            connected.close();
        }
    }

    @Override
    public void close() {
        link.close();
        vm.close();
    }
}
