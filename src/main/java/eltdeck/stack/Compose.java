package eltdeck.stack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** docker-compose v1 or {@code docker compose} v2 on the VM: builds their argument lists and runs them in the compose dir. */
public final class Compose {
    private final RemoteShell shell;
    private final StackPaths paths;
    private final List<String> program;
    private final ComposeVersion version;

    Compose(RemoteShell shell, StackPaths paths, List<String> program, ComposeVersion version) {
        this.shell = shell;
        this.paths = paths;
        this.program = List.copyOf(program);
        this.version = version;
    }

    /** Finds the VM's compose: v2 plugin first, then the standalone binary, telling v1 from v2 by its version output. */
    public static Compose detect(RemoteShell shell, StackPaths paths) throws IOException {
        for (List<String> program : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            List<String> argv = new ArrayList<>(program);
            argv.add("version");
            RemoteShell.Result r = shell.run(argv, null);
            if (r.ok()) {
                var parsed = ComposeVersion.parse(r.stdout());
                if (parsed.isPresent()) {
                    return new Compose(shell, paths, program, parsed.get());
                }
            }
        }
        throw new IOException("Neither `docker compose` nor `docker-compose` works on the VM. Install Docker Compose there.");
    }

    public ComposeVersion version() {
        return version;
    }

    public RemoteShell.Result run(List<String> args, Consumer<String> lines) throws IOException {
        return shell.run(paths.composeDir(), argv(args), lines);
    }

    List<String> argv(List<String> args) {
        List<String> argv = new ArrayList<>(program);
        argv.addAll(args);
        return argv;
    }

    static List<String> upArgs(boolean build, boolean forceRecreate) {
        List<String> args = new ArrayList<>(List.of("up", "-d", "--remove-orphans"));
        if (build) {
            args.add("--build");
        }
        if (forceRecreate) {
            args.add("--force-recreate");
        }
        return args;
    }
}
