package eltdeck.testvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a short command to completion (ssh-keygen, ip, iptables) and fails loudly, with its output, if it fails. */
public final class Commands {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private Commands() {
    }

    public static String run(String... command) {
        return run(List.of(command), Map.of(), DEFAULT_TIMEOUT);
    }

    public static String run(List<String> command) {
        return run(command, Map.of(), DEFAULT_TIMEOUT);
    }

    /** Output (stdout and stderr together); throws when the exit code is not 0 or the timeout passes. */
    public static String run(List<String> command, Map<String, String> env, Duration timeout) {
        Path out = null;
        try {
            // A file, not a pipe: a command that leaves a child holding the pipe cannot block us.
            out = Files.createTempFile("testvm-cmd", ".out");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException("`" + String.join(" ", command) + "` did not finish within " + timeout
                        + ": " + Files.readString(out, StandardCharsets.UTF_8));
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw new IllegalStateException("`" + String.join(" ", command) + "` exited with " + p.exitValue()
                        + ": " + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // A temp file left behind is harmless.
                }
            }
        }
    }
}
