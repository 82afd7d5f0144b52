package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link SshLink#exec}: output streamed as it comes, stderr apart, exit code returned; run against each server. */
abstract class ExecContract extends LinkContract {
    @Test
    void stdoutAndStderrArriveWhileTheCommandRunsAndTheExitCodeComesBack() throws Exception {
        Arrival out = new Arrival("first");
        Arrival err = new Arrival("warning");
        long start = System.nanoTime();
        int code = link.exec(RemoteCommand.script("echo first; echo warning >&2; sleep 1.5; echo second; echo oops >&2; exit 3"), out, err, false);
        long end = System.nanoTime();

        assertThat(code).isEqualTo(3);
        assertThat(out.text()).isEqualTo("first\nsecond\n");
        assertThat(err.text()).isEqualTo("warning\noops\n");
        assertThat((end - out.seenAt) / 1_000_000).as("ms between the first stdout line and the end").isGreaterThan(1000);
        assertThat((end - err.seenAt) / 1_000_000).as("ms between the first stderr line and the end").isGreaterThan(1000);
        assertThat(out.seenAt).isGreaterThan(start);
    }

    @Test
    void stdinReachesTheCommandAndEndsWithEof() throws Exception {
        byte[] content = "PASSWORD=s3cr@t\nsecond line\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = link.exec(RemoteCommand.script("wc -c"), new java.io.ByteArrayInputStream(content), out, OutputStream.nullOutputStream(), false);
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(String.valueOf(content.length));
    }

    @Test
    void largeOutputArrivesWhole() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = link.exec(RemoteCommand.script("head -c 3000000 /dev/zero | tr '\\000' x"), out, OutputStream.nullOutputStream(), false);
        assertThat(code).isZero();
        assertThat(out.size()).isEqualTo(3_000_000);
    }

    @Test
    void quotedArgumentsReachTheRemoteCommandUnchanged() throws Exception {
        List<String> args = List.of("a b", "it's", "$HOME", "; rm -rf /", "`id`", "x\"y", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> argv = new java.util.ArrayList<>(List.of("printf", "%s|"));
        argv.addAll(args);
        assertThat(link.exec(RemoteCommand.of(argv), out, OutputStream.nullOutputStream(), false)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("|", args) + "|");
    }

    @Test
    void aScriptRunsInItsDirectoryWithItsValuesAsArguments() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RemoteCommand pwdAndArgs = RemoteCommand.script("pwd; printf '%s|' \"$@\"", "$(id)", "a b").inDirectory("/");

        assertThat(link.exec(pwdAndArgs, out, OutputStream.nullOutputStream(), false)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("/\n$(id)|a b|");
    }

    /** The SSH library's failures arrive as the project's own exception, in words the user can read. */
    @Test
    void aLinkThatIsGoneFailsWithTheProjectsOwnException() throws Exception {
        SshLink gone = new SshConnector(NoPassphrase.SOURCE, null).connect(server.profile(dir.resolve("id"),
                dir.resolve("known_hosts")), HostKeyPolicy.STRICT);
        gone.close();

        assertThatThrownBy(() -> gone.exec(RemoteCommand.of("true"), OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), false))
                .isExactlyInstanceOf(SshLinkException.class).hasMessageStartingWith("The connection to the VM failed: ");
        assertThatThrownBy(() -> gone.openForward(22, null, 1000)).isInstanceOf(SshLinkException.class);
        assertThatThrownBy(() -> gone.start(RemoteCommand.of("true"), false)).isInstanceOf(SshLinkException.class);
    }

    @Test
    void unknownCommandExitsWith127() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(link.exec(RemoteCommand.script("no-such-command-eltdeck"), OutputStream.nullOutputStream(), err, false)).isEqualTo(127);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not found");
    }

    /** Collects output and notes when a marker first arrived. */
    private static final class Arrival extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final String marker;
        volatile long seenAt;

        Arrival(String marker) {
            this.marker = marker;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
            if (seenAt == 0 && text().contains(marker)) {
                seenAt = System.nanoTime();
            }
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
