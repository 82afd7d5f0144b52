package eltdeck.testvm;

import com.fasterxml.jackson.databind.ObjectMapper;
import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.tunnel.EphemeralForward;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A namespace VM with an emulator the caller starts in it, reached only over SSH: the console's profile "vm" for it
 * (a key and known_hosts of its own), and a forward of the emulator's port on which the test drives its
 * {@code /control/} endpoint. Closing stops all of it.
 */
public final class EmulatorVm implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final NamespaceVm vm;
    private ChildProcess emulator;
    private Profile profile;
    private SshLink controlLink;
    private EphemeralForward control;

    private EmulatorVm(NamespaceVm vm) {
        this.vm = vm;
    }

    /** Starts the VM, then {@code emulator} in it, then the control forward of the VM's {@code port}. */
    public static EmulatorVm start(Path dir, Function<NamespaceVm, ChildProcess> emulator, int port) throws Exception {
        Prerequisites.requireNamespaceVm();
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "emulator-vm", null);
        EmulatorVm started = new EmulatorVm(NamespaceVm.start(dir.resolve("vm"),
                Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"), List.of(), Map.of()));
        try {
            started.emulator = emulator.apply(started.vm);
            started.profile = started.vm.sshd().profile(key.privateKey(), started.vm.sshd().writeKnownHosts(dir.resolve("known_hosts")))
                    .withName("vm");
            started.controlLink = new SshConnector(NoPassphrase.SOURCE, null).connect(started.profile, HostKeyPolicy.STRICT);
            started.control = EphemeralForward.open(started.controlLink, port);
            return started;
        } catch (Exception | Error e) {
            started.close();
            throw e;
        }
    }

    /** The profile "vm" that reaches the VM. */
    public Profile profile() {
        return profile;
    }

    /** The local port of the forward to the emulator. */
    public int controlPort() {
        return control.localPort();
    }

    /** POSTs {@code body} as JSON to the emulator's {@code /control/op}. */
    public HttpResponse<String> control(String op, Map<String, Object> body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + controlPort() + "/control/" + op))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (control != null) {
            control.close();
        }
        if (controlLink != null) {
            controlLink.close();
        }
        if (emulator != null) {
            emulator.stop();
        }
        vm.close();
    }
}
