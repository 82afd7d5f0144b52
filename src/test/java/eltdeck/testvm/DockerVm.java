package eltdeck.testvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A namespace VM as a user's VM is for a deploy: a real Docker engine ({@link DockerEngine}) with the stand-in
 * images ({@link StandInImages}), docker-compose v1, and git. Every SSH session gets DOCKER_HOST for that engine
 * and a HOME of the VM's own ({@link #home()}). HTTP stand-ins hold the stack's ports except {@link #STACK_PORTS},
 * which the stand-in stack publishes once it is up. Start one per test class: it is up in about 2 s here
 * (containerd and dockerd 0.3 s of it, the images most of the rest). Needs root
 * ({@link Prerequisites#requireDockerVm()}).
 *
 * <p>Sessions log in as this machine's root, and sshd starts them in root's real home, /root: use {@code ~/} or
 * absolute paths, never a bare relative one, or files land in this machine's /root.
 */
public final class DockerVm implements AutoCloseable {
    /** Ports the stand-in stack publishes on the VM's loopback: Apollo and the UI. */
    public static final List<Integer> STACK_PORTS = List.of(4200, 8080);

    private final NamespaceVm vm;
    private final DockerEngine engine;
    private final Path home;

    private DockerVm(NamespaceVm vm, DockerEngine engine, Path home) {
        this.vm = vm;
        this.engine = engine;
        this.home = home;
    }

    public static DockerVm start(Path dir, Path authorizedKeys) {
        DockerEngine engine = new DockerEngine(dir.resolve("docker"));
        Path home = createDirectory(dir.toAbsolutePath().resolve("home"));
        List<Integer> standIns = NamespaceVm.SERVICE_PORTS.stream().filter(p -> !STACK_PORTS.contains(p)).toList();
        // PATH as on a Debian VM: docker is docker.io's client (its output is what parsers meet on such a VM),
        // not a newer one this machine may have in /usr/local/bin.
        NamespaceVm vm = NamespaceVm.start(dir.resolve("vm"), authorizedKeys, standIns,
                Map.of("DOCKER_HOST", engine.host(), "PATH", Prerequisites.packagePath(), "HOME", home.toString()));
        return StartUp.orClose(new DockerVm(vm, engine, home), started -> {
            engine.start(vm.name());
            StandInImages.build(engine, dir.resolve("images"));
        });
    }

    /**
     * The sessions' HOME: where {@code ~} and a bare {@code cd} lead, and where git and docker look for their
     * configuration, so this machine's root's files (~/.docker, ~/.gitconfig, ~/.bashrc) play no part.
     */
    public Path home() {
        return home;
    }

    public NamespaceVm vm() {
        return vm;
    }

    public OpenSshd sshd() {
        return vm.sshd();
    }

    public DockerEngine engine() {
        return engine;
    }

    private static Path createDirectory(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the engine (and its containers) first, while the namespace it lives in still exists. */
    @Override
    public void close() {
        try {
            engine.close();
        } finally {
            vm.close();
        }
    }
}
