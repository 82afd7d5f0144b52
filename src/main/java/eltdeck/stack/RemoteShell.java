package eltdeck.stack;

import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshLink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs command lines on the VM for the stack services: output captured and passed on line by line as it comes,
 * and a running command stoppable from another thread. sshd makes each session's shell a process group leader, so
 * the shell prints its PID first and {@link #stopRunning} kills that whole group.
 */
public final class RemoteShell {
    private static final String PID_MARKER = "eltdeck-pgid ";

    private final SshLink link;
    private volatile String runningGroup;

    public RemoteShell(SshLink link) {
        this.link = link;
    }

    public SshLink link() {
        return link;
    }

    /** Runs {@code argv} in {@code dir}. */
    public Result run(String dir, List<String> argv, Consumer<String> lines) throws IOException {
        return run(RemoteCommand.of(argv).inDirectory(dir), null, lines);
    }

    public Result run(List<String> argv, Consumer<String> lines) throws IOException {
        return run(RemoteCommand.of(argv), null, lines);
    }

    /** Runs {@code command}, feeding it {@code stdin} (secrets and file contents travel there, never on the line). */
    public Result run(RemoteCommand command, InputStream stdin, Consumer<String> lines) throws IOException {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        LineSplitter all = new LineSplitter(lines == null ? line -> { } : lines);
        OutputStream out = new Tee(stdout, all);
        int code = link.exec(command.reportingProcessGroup(PID_MARKER), stdin, out, all, false);
        all.finish();
        runningGroup = null;
        return new Result(code, stripMarker(stdout.toString(StandardCharsets.UTF_8)), all.text());
    }

    /** Ends the command running now, if any, with SIGTERM to its process group. */
    public void stopRunning() {
        String group = runningGroup;
        if (group != null) {
            try {
                link.exec(RemoteCommand.of("kill", "-TERM", "--", "-" + group), OutputStream.nullOutputStream(),
                        OutputStream.nullOutputStream(), false);
            } catch (IOException e) {
                // The link is gone: the command ends with it.
            }
        }
    }

    private String stripMarker(String text) {
        return text.startsWith(PID_MARKER) ? text.substring(text.indexOf('\n') + 1) : text;
    }

    /** What a command left: exit code, its stdout alone (for parsing), and stdout with stderr as the user saw them. */
    public record Result(int exitCode, String stdout, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** Splits bytes into lines for the listener, catching the PID line first; stdout and stderr both write here. */
    private final class LineSplitter extends OutputStream {
        private final Consumer<String> lines;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private final StringBuilder text = new StringBuilder();

        LineSplitter(Consumer<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                emit();
            } else {
                pending.write(b);
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }

        synchronized void finish() {
            if (pending.size() > 0) {
                emit();
            }
        }

        synchronized String text() {
            return text.toString();
        }

        private void emit() {
            String line = pending.toString(StandardCharsets.UTF_8).replace("\r", "");
            pending.reset();
            if (runningGroup == null && line.startsWith(PID_MARKER)) {
                runningGroup = line.substring(PID_MARKER.length()).trim();
                return;
            }
            text.append(line).append('\n');
            lines.accept(line);
        }
    }

    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
