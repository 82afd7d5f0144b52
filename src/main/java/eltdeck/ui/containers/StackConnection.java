package eltdeck.ui.containers;

import eltdeck.logs.LogSink;
import eltdeck.logs.LogSource;
import eltdeck.ssh.SshLink;
import eltdeck.stack.Compose;
import eltdeck.stack.ContainerInfo;
import eltdeck.stack.ContainerLogOptions;
import eltdeck.stack.ContainerLogSource;
import eltdeck.stack.RemoteShell;
import eltdeck.stack.StackControl;
import eltdeck.stack.StackSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One SSH link to a profile's stack, as the containers view uses it while it is shown: list the containers,
 * stop/start/restart a service, read container logs. Calls block (call them off the UI thread) and may overlap:
 * each runs on a channel of its own.
 */
public interface StackConnection extends AutoCloseable {
    /** Every container of the compose project, running or not, found by compose labels. */
    List<ContainerInfo> containers() throws IOException;

    /** Stops, starts or restarts one service with compose; {@code lines} gets compose's output as it comes. */
    void control(StackControl.Action action, String service, Consumer<String> lines) throws IOException;

    /** A container's log, not started yet; it reads over this link, so it must be stopped before the link closes. */
    LogSource logs(ContainerInfo container, ContainerLogOptions options);

    /** Ends the link, and with it every command still running over it. */
    @Override
    void close();

    /**
     * Over an open session, which it then owns; each container log follows on a link from {@code followerLink},
     * closed when the log stops.
     */
    static StackConnection over(StackSession session, Callable<SshLink> followerLink) {
        return new StackConnection() {
            /** Found on the first action and kept: finding it runs compose once or twice (v1 starts slowly). */
            private Compose compose;

            @Override
            public List<ContainerInfo> containers() throws IOException {
                return control().containers();
            }

            @Override
            public void control(StackControl.Action action, String service, Consumer<String> lines) throws IOException {
                RemoteShell.Result result = control().control(compose(), action, Optional.of(service), lines);
                if (!result.ok()) {
                    throw new IOException(result.output().strip().isEmpty()
                            ? "compose exited with code " + result.exitCode()
                            : result.output().strip());
                }
            }

            @Override
            public LogSource logs(ContainerInfo container, ContainerLogOptions options) {
                return new FollowingLog(container, options, followerLink);
            }

            @Override
            public void close() {
                session.close();
            }

            private synchronized Compose compose() throws IOException {
                if (compose == null) {
                    compose = Compose.detect(new RemoteShell(session.link()), session.paths());
                }
                return compose;
            }

            /** A shell of its own per call: a shell tracks the one command it runs, and calls may overlap. */
            private StackControl control() {
                return new StackControl(new RemoteShell(session.link()), session.paths());
            }
        };
    }

    /** A container's log on a link taken when it starts and given back when it stops. */
    final class FollowingLog implements LogSource {
        private final ContainerInfo container;
        private final ContainerLogOptions options;
        private final Callable<SshLink> followerLink;
        private SshLink link;
        private ContainerLogSource source;
        private boolean stopped;

        FollowingLog(ContainerInfo container, ContainerLogOptions options, Callable<SshLink> followerLink) {
            this.container = container;
            this.options = options;
            this.followerLink = followerLink;
        }

        @Override
        public String stream() {
            return container.name();
        }

        @Override
        public synchronized void start(LogSink sink) {
            if (stopped) {
                return;
            }
            try {
                link = followerLink.call();
            } catch (Exception e) {
                sink.ended(stream(), new IOException("Cannot read the log of " + stream() + ": " + e.getMessage(), e));
                return;
            }
            source = new ContainerLogSource(link, container, options);
            source.start(sink);
        }

        @Override
        public synchronized void stop() {
            stopped = true;
            if (source != null) {
                source.stop();
            }
            if (link != null) {
                link.close();
            }
        }
    }
}
