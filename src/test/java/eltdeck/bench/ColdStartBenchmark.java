package eltdeck.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cold start to the first painted window, median of several starts, for each way the app is run: the plain jar
 * ({@code java -jar target/eltdeck.jar}), the app image ({@code target/dist/eltdeck}, after {@code -Pdist package};
 * the .deb installs this image), the same image without its class-data archive (what AppCDS gives), and the
 * installed .deb ({@code /opt/eltdeck}) where there is one. Each start is a new JVM on a real X display (Xvfb) with
 * {@code ELTDECK_STARTUP_PROBE=1}, in a data directory with one profile: the app notes each step, its first frame painted and then the frame that shows
 * the profiles it read, with the CPU time its threads used up to then (steadier than wall time on a shared
 * machine), reports, and quits. The clock is this benchmark's own, from spawning the process (see {@link #start}).
 * Printed, never asserted.
 */
@Tag("bench")
class ColdStartBenchmark {
    private static final int RUNS = Integer.getInteger("eltdeck.bench.runs", 5);
    /** How the app's report starts (StartupProbe): the ms since its start as it counts them, then each step. */
    private static final String REPORT = "eltdeck-startup ";
    private static final String[] STEPS = {"toolkit", "theme", "database", "window-built", "shown", "painted", "profiles", "cpu"};

    @TempDir
    Path dir;

    @Test
    void coldStartToTheFirstWindow() throws Exception {
        Path jar = Path.of("target/eltdeck.jar");
        assumeTrue(Files.exists(jar), "no target/eltdeck.jar: run mvn -DskipTests package first");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")), "no Xvfb (Debian's xvfb) for a real window");
        Map<String, List<String>> ways = new LinkedHashMap<>();
        ways.put("java -jar", List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        Path image = Path.of("target/dist/eltdeck");
        addIfPresent(ways, "app image", image.resolve("bin/eltdeck"));
        if (ways.containsKey("app image")) {
            ways.put("  without AppCDS", withoutClassDataArchive(image));
        }
        addIfPresent(ways, "installed .deb", Path.of("/opt/eltdeck/bin/eltdeck"));

        String display = ":" + (70 + (int) (ProcessHandle.current().pid() % 20));
        Process xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(dir.resolve("xvfb.log").toFile()).start();
        try {
            System.out.printf("Cold start to the first painted window (%d cores), median of %d starts, ms since the process was spawned"
                    + " (cpu: ms of CPU time its threads used up to the profiles painted)%n",
                    Runtime.getRuntime().availableProcessors(), RUNS);
            StringBuilder header = new StringBuilder(String.format("%-16s", ""));
            for (String step : STEPS) {
                header.append(String.format(" %13s", step));
            }
            System.out.println(header);
            Map<String, Path> homes = new LinkedHashMap<>();
            Map<String, List<Map<String, Long>>> runs = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> way : ways.entrySet()) {
                Path home = Files.createDirectories(dir.resolve("home-" + homes.size()));
                homes.put(way.getKey(), home);
                runs.put(way.getKey(), new ArrayList<>());
                addProfile(way.getValue(), home);
                start(way.getValue(), display, home); // not counted: the first start after a build reads it from disk
            }
            // Round by round, each way once, so that a change in the machine's load weighs on every way alike.
            for (int i = 0; i < RUNS; i++) {
                for (Map.Entry<String, List<String>> way : ways.entrySet()) {
                    runs.get(way.getKey()).add(start(way.getValue(), display, homes.get(way.getKey())));
                }
            }
            for (Map.Entry<String, List<Map<String, Long>>> way : runs.entrySet()) {
                StringBuilder row = new StringBuilder(String.format("%-16s", way.getKey()));
                for (String step : STEPS) {
                    row.append(String.format(" %13d", median(way.getValue(), step)));
                }
                System.out.println(row);
            }
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void addIfPresent(Map<String, List<String>> ways, String name, Path launcher) {
        if (Files.isExecutable(launcher)) {
            ways.put(name, List.of(launcher.toString()));
        } else {
            System.out.println("(" + name + ": " + launcher + " is not there, skipped)");
        }
    }

    /** The image's runtime with the options its launcher passes (lib/app/eltdeck.cfg) but the class-data archive. */
    private static List<String> withoutClassDataArchive(Path image) throws IOException {
        Path app = image.resolve("lib/app").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString()));
        for (String line : Files.readAllLines(app.resolve("eltdeck.cfg"))) {
            if (line.startsWith("java-options=") && !line.contains("SharedArchiveFile")) {
                command.addAll(List.of(line.substring("java-options=".length()).replace("$APPDIR", app.toString()).split(" ")));
            }
        }
        command.addAll(List.of("-cp", app.resolve("eltdeck.jar").toString(), "eltdeck.Launcher"));
        return command;
    }

    /**
     * As a user's data directory is on a normal day: one profile (so the window shows the profile list and the
     * selected profile, not the first-run screen), added with the command line of the way under test.
     */
    private static void addProfile(List<String> command, Path home) throws Exception {
        List<String> add = new ArrayList<>(command);
        add.addAll(List.of("profile", "add", "sample-vm", "--host", "vm.example.com", "--user", "deploy"));
        ProcessBuilder builder = new ProcessBuilder(add).redirectErrorStream(true);
        builder.environment().put("ELTDECK_HOME", home.toString());
        Process cli = builder.start();
        String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!cli.waitFor(60, TimeUnit.SECONDS) || cli.exitValue() != 0) {
            cli.destroyForcibly();
            throw new IOException("eltdeck profile add failed: " + output);
        }
    }

    /**
     * One start; returns the probe's steps, each in ms since the process was spawned. The app counts from its
     * process's start time as the OS reports it, which on Linux is off by a constant of up to a second (it adds the
     * boot time, which the kernel gives in whole seconds): so its report is timed here, from spawning the process to
     * reading the app's line, and every step is moved by the difference.
     */
    private static Map<String, Long> start(List<String> command, String display, Path home) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", display);
        builder.environment().put("ELTDECK_HOME", home.toString());
        builder.environment().put("ELTDECK_STARTUP_PROBE", "1");
        long spawned = System.nanoTime();
        Process app = builder.start();
        String probe = null;
        long reportMillis = -1;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                output.add(line);
                if (line.startsWith(REPORT)) {
                    reportMillis = (System.nanoTime() - spawned) / 1_000_000;
                    probe = line;
                }
            }
        }
        if (!app.waitFor(60, TimeUnit.SECONDS) || probe == null) {
            app.destroyForcibly();
            throw new IOException("the app did not report its start: " + String.join("\n", output));
        }
        long appClockOffset = Long.parseLong(probe.substring(REPORT.length()).trim().split(" ")[0]) - reportMillis;
        Map<String, Long> steps = new LinkedHashMap<>();
        for (String field : probe.split(" ")) {
            int eq = field.indexOf('=');
            if (eq > 0) {
                String step = field.substring(0, eq);
                long value = Long.parseLong(field.substring(eq + 1));
                steps.put(step, step.equals("cpu") ? value : value - appClockOffset);
            }
        }
        return steps;
    }

    private static long median(List<Map<String, Long>> runs, String step) {
        return runs.stream().mapToLong(r -> r.getOrDefault(step, -1L)).sorted().skip(runs.size() / 2).findFirst().orElse(-1);
    }
}
