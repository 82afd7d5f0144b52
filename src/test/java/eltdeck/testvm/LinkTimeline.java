package eltdeck.testvm;

import eltdeck.tunnel.ConnectionListener;
import eltdeck.tunnel.ConnectionState;
import eltdeck.tunnel.ConnectionSupervisor;
import eltdeck.tunnel.TunnelStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything a supervisor said, in order and with the time it said it: what a user would have read in the header
 * and in the tunnel rows while the link was cut.
 */
public final class LinkTimeline implements ConnectionListener {
    private final long start = System.nanoTime();
    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private volatile ConnectionState state;

    /** One announcement: a new connection state, or the tunnels' statuses under the state of that moment. */
    public record Entry(long atNanos, ConnectionState state, List<TunnelStatus> tunnels) {
    }

    private LinkTimeline(ConnectionState initial) {
        this.state = initial;
    }

    public static LinkTimeline on(ConnectionSupervisor supervisor) {
        LinkTimeline timeline = new LinkTimeline(supervisor.state());
        supervisor.addListener(timeline);
        return timeline;
    }

    @Override
    public void stateChanged(ConnectionState next) {
        state = next;
        entries.add(new Entry(System.nanoTime(), next, List.of()));
    }

    @Override
    public void tunnelsChanged(List<TunnelStatus> tunnels) {
        entries.add(new Entry(System.nanoTime(), state, List.copyOf(tunnels)));
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Every tunnel status announced, with the state it was announced under. */
    public List<Entry> tunnelEntries() {
        return entries.stream().filter(e -> !e.tunnels().isEmpty()).toList();
    }

    /** When a state of this kind was first announced at or after {@code fromNanos}. */
    public Optional<Long> first(ConnectionState.Kind kind, long fromNanos) {
        return entries.stream().filter(e -> e.atNanos() >= fromNanos && e.tunnels().isEmpty() && e.state().kind() == kind)
                .map(Entry::atNanos).findFirst();
    }

    /** When a tunnel status of this kind was first announced at or after {@code fromNanos}. */
    public Optional<Long> firstTunnel(TunnelStatus.Kind kind, long fromNanos) {
        return tunnelEntries().stream().filter(e -> e.atNanos() >= fromNanos)
                .filter(e -> e.tunnels().stream().anyMatch(t -> t.kind() == kind)).map(Entry::atNanos).findFirst();
    }

    /** The whole story, one line per announcement, for a failed assertion. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(String.format("%n  +%6d ms %s", Duration.ofNanos(e.atNanos() - start).toMillis(), e.state().describe()));
            for (TunnelStatus t : e.tunnels()) {
                sb.append(" | ").append(t.spec().remotePort()).append(": ").append(t.describe());
            }
        }
        return sb.toString();
    }
}
