package eltdeck.testvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing a Docker VM leaves nothing behind: no process of its engine, containers, sshd or stand-ins, nothing in
 * its network, no mount under its directory, no containerd shim socket, no namespace, no veth; also when dockerd
 * died first (SIGKILL, as in a crashed test run), leaving its shims, containers and mounts to the sweep. Needs root.
 */
class DockerVmTeardownTest {
    @TempDir
    Path dir;

    @Test
    void closingTheVmLeavesNothingBehind() throws Exception {
        startUseAndClose(false);
    }

    @Test
    void closingTheVmLeavesNothingBehindWhenDockerdWasKilled() throws Exception {
        startUseAndClose(true);
    }

    private void startUseAndClose(boolean killDockerdFirst) throws Exception {
        Prerequisites.requireDockerVm();
        Map<Long, String> started = new TreeMap<>();
        String name;
        String hostAddress;
        Path engineDir;
        long network;
        List<Path> shimSockets;
        try (DockerVm vm = DockerVm.start(dir, Files.writeString(dir.resolve("authorized_keys"), ""))) {
            name = vm.vm().name();
            hostAddress = vm.vm().hostAddress();
            engineDir = vm.engine().dir();
            network = inode(Path.of("/run/netns", name));
            // A container publishing a port: a shim, the container's processes, a docker-proxy, overlay and netns mounts.
            vm.engine().docker("run", "-d", "-p", "127.0.0.1:4200:4200", StandInImages.STAND_IN, "apollo-standin");
            List<ProcessHandle> engine = EngineLeftovers.processes(engineDir);
            assertThat(engine).extracting(DockerVmTeardownTest::commandLine)
                    .anyMatch(c -> c.contains("containerd-shim")).anyMatch(c -> c.contains("-ll -p 4200"));
            assertThat(processesIn(network)).extracting(DockerVmTeardownTest::commandLine).anyMatch(c -> c.contains("docker-proxy"));
            assertThat(EngineLeftovers.mounts(engineDir)).isNotEmpty();
            shimSockets = engine.stream().map(EngineLeftovers::shimSocket).flatMap(Optional::stream).toList();
            assertThat(shimSockets).isNotEmpty().allSatisfy(socket -> assertThat(socket).exists());
            Stream.concat(engine.stream(), processesIn(network).stream()).forEach(p -> started.put(p.pid(), commandLine(p)));
            if (killDockerdFirst) {
                ProcessHandle dockerd = ProcessHandle.of(vm.engine().pid()).orElseThrow();
                dockerd.destroyForcibly();
                dockerd.onExit().join();
            }
        }

        assertThat(started).allSatisfy((pid, commandLine) -> assertThat(EngineLeftovers.isRunning(pid))
                .as("process %d is running: %s", pid, commandLine).isFalse());
        assertThat(EngineLeftovers.processes(engineDir)).isEmpty();
        assertThat(processesIn(network)).isEmpty();
        assertThat(EngineLeftovers.mounts(dir)).isEmpty();
        assertThat(shimSockets).allSatisfy(socket -> assertThat(socket).doesNotExist());
        String ip = Prerequisites.command("ip").toString();
        assertThat(Commands.run(ip, "netns", "list")).doesNotContain(name);
        assertThat(Commands.run(ip, "-o", "addr", "show")).doesNotContain(hostAddress + "/");
    }

    /** Processes whose network namespace is the one with that inode. */
    private static List<ProcessHandle> processesIn(long network) {
        String link = "net:[" + network + "]";
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                return Files.readSymbolicLink(Path.of("/proc", String.valueOf(p.pid()), "ns", "net")).toString().equals(link);
            } catch (IOException | SecurityException e) {
                return false; // ended meanwhile
            }
        }).toList();
    }

    private static long inode(Path path) throws IOException {
        return ((Number) Files.getAttribute(path, "unix:ino")).longValue();
    }

    private static String commandLine(ProcessHandle p) {
        return p.info().commandLine().orElse("");
    }
}
