package eltdeck.stack;

import eltdeck.logs.InputStreamLogSource;
import eltdeck.logs.LogSink;
import eltdeck.logs.LogSource;
import eltdeck.logs.SourceLine;
import eltdeck.ssh.RemoteCommand;
import eltdeck.ssh.SshLink;
import eltdeck.ssh.StreamingCommand;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One container's log, read with {@code docker logs --timestamps} over its own exec channel, stdout and stderr
 * merged. Following runs with a pty so that closing the channel on stop also ends the remote {@code docker logs -f},
 * which would otherwise outlive the channel (DESIGN.md pitfalls).
 */
public final class ContainerLogSource implements LogSource {
    private final SshLink link;
    private final ContainerInfo container;
    private final ContainerLogOptions options;
    private StreamingCommand command;
    private InputStreamLogSource reader;
    private boolean stopped;

    public ContainerLogSource(SshLink link, ContainerInfo container, ContainerLogOptions options) {
        this.link = link;
        this.container = container;
        this.options = options;
    }

    /** The container's name: unique, where a service may have several containers. */
    @Override
    public String stream() {
        return container.name();
    }

    @Override
    public synchronized void start(LogSink sink) {
        if (command != null || stopped) {
            throw new IllegalStateException("log source " + stream() + " was started or stopped already");
        }
        try {
            command = link.start(command(), options.follow());
        } catch (IOException e) {
            sink.ended(stream(), new IOException("Cannot read the log of " + stream() + ": " + e.getMessage(), e));
            return;
        }
        reader = new InputStreamLogSource(stream(), command.output(), true);
        reader.start(new ClosingWhenEnded(sink));
    }

    @Override
    public synchronized void stop() {
        stopped = true;
        if (reader != null) {
            reader.stop();
        }
        if (command != null) {
            command.close();
        }
    }

    RemoteCommand command() {
        List<String> argv = new ArrayList<>(options.dockerArguments());
        argv.add(container.id());
        return RemoteCommand.of(argv).mergingStderr();
    }

    /** Releases the channel as soon as the log ends on its own (a log read without follow, a container removed). */
    private final class ClosingWhenEnded implements LogSink {
        private final LogSink sink;

        ClosingWhenEnded(LogSink sink) {
            this.sink = sink;
        }

        @Override
        public void accept(String stream, List<SourceLine> lines) {
            sink.accept(stream, lines);
        }

        @Override
        public void ended(String stream, Exception error) {
            synchronized (ContainerLogSource.this) {
                command.close();
            }
            sink.ended(stream, error);
        }
    }
}
