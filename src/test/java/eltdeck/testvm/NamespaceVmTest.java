package eltdeck.testvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: the namespace VM is isolated, its link can be cut, and closing it leaves nothing behind. */
class NamespaceVmTest {
    @TempDir
    Path dir;

    @Test
    void vmServesInsideItsNamespaceCutsItsLinkAndLeavesNothingBehind() throws Exception {
        Prerequisites.requireNamespaceVm();
        Prerequisites.requireCommands("ss");
        Path authorized = Files.writeString(dir.resolve("authorized_keys"), "");
        List<Long> pids;
        String name;
        String hostAddress;
        try (NamespaceVm vm = NamespaceVm.start(dir.resolve("vm"), authorized)) {
            name = vm.name();
            hostAddress = vm.hostAddress();
            pids = vm.processIds();
            assertThat(pids).hasSize(1 + NamespaceVm.SERVICE_PORTS.size());
            connect(vm.address(), 22);

            // The stand-ins listen on the VM's own loopback, not on this machine's.
            List<String> inVm = new ArrayList<>(vm.launcher());
            inVm.addAll(List.of("ss", "-ltnH"));
            String listening = Commands.run(inVm);
            for (int port : NamespaceVm.SERVICE_PORTS) {
                assertThat(listening).containsPattern("127\\.0\\.0\\.1\\]?:" + port + "\\s");
            }

            vm.cutLink();
            assertThatThrownBy(() -> connect(vm.address(), 22)).isInstanceOf(SocketTimeoutException.class);
            vm.restoreLink();
            connect(vm.address(), 22);
        }
        String ip = Prerequisites.command("ip").toString();
        assertThat(Commands.run(ip, "netns", "list")).doesNotContain(name);
        assertThat(Commands.run(ip, "-o", "addr", "show")).doesNotContain(hostAddress + "/");
        assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(
                java.util.Optional.of(true)));
    }

    private static void connect(String host, int port) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 1000);
        }
    }
}
