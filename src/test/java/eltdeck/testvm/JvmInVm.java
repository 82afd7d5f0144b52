package eltdeck.testvm;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs a test class's {@code main} as its own small JVM inside the namespace VM, with the tests' class path. */
public final class JvmInVm {
    private JvmInVm() {
    }

    /** Starts {@code main} with {@code args}; returns once it printed {@code ready}. Its output goes to {@code log}. */
    public static ChildProcess start(NamespaceVm vm, String what, Class<?> main, List<String> args, String ready, Path log) {
        List<String> command = new ArrayList<>(vm.launcher());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx192m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        ChildProcess process = ChildProcess.start(what, command, log);
        process.awaitOutput(ready, Duration.ofSeconds(60));
        return process;
    }
}
