package eltdeck.reach;

import eltdeck.profile.Profile;
import eltdeck.ssh.SshFailure;
import eltdeck.ssh.SshLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The window's links: a profile connected in the window has its actions open their channels on its live connection,
 * as OpenSSH's ControlMaster does, so an action costs a channel instead of a login. A connection carries at most
 * {@code maxSessions} session channels (sshd's MaxSessions); beyond them a second connection is opened and shared the
 * same way, and closed when its last action ends. A profile not connected gets a new connection per action.
 */
public final class SharedLinks implements LinkSource {
    /** OpenSSH's default MaxSessions. */
    public static final int OPENSSH_MAX_SESSIONS = 10;

    private final LiveSessions live;
    private final LinkSource own;
    private final int maxSessions;
    /** Guarded by this. */
    private final List<Shared> shared = new ArrayList<>();

    public SharedLinks(LiveSessions live, LinkSource own, int maxSessions) {
        if (maxSessions < 2) {
            throw new IllegalArgumentException("A shared connection needs room for at least 2 channels, not " + maxSessions);
        }
        this.live = live;
        this.own = own;
        this.maxSessions = maxSessions;
    }

    @Override
    public SshLink open(Profile profile, int channels) throws SshFailure {
        Optional<SshLink> onLive = live(profile, channels);
        return onLive.isPresent() ? onLive.get() : own.open(profile, channels);
    }

    @Override
    public Optional<SshLink> live(Profile profile, int channels) throws SshFailure {
        Optional<SshLink> liveLink = live.find(profile.name());
        if (liveLink.isEmpty()) {
            return Optional.empty();
        }
        synchronized (this) {
            shared.removeIf(s -> !s.link.isConnected());
            if (shared.stream().noneMatch(s -> s.link == liveLink.get())) {
                // Its supervisor's own checks of the link open a session channel now and then: leave one for them.
                shared.add(0, new Shared(profile.name(), liveLink.get(), maxSessions - 1, false));
            }
            for (Shared s : shared) {
                if (s.profile.equals(profile.name()) && s.used + channels <= s.capacity) {
                    return Optional.of(s.lease(channels));
                }
            }
        }
        SshLink second = own.open(profile, channels);
        synchronized (this) {
            Shared extra = new Shared(profile.name(), second, maxSessions, true);
            shared.add(extra);
            return Optional.of(extra.lease(channels));
        }
    }

    /** One connection and the channels its actions hold. */
    private final class Shared {
        final String profile;
        final SshLink link;
        final int capacity;
        /** A connection opened here (not the supervisor's), closed once no action holds it. */
        final boolean extra;
        int used;

        Shared(String profile, SshLink link, int capacity, boolean extra) {
            this.profile = profile;
            this.link = link;
            this.capacity = capacity;
            this.extra = extra;
        }

        /** Called under the lock of the enclosing {@link SharedLinks}. */
        SshLink lease(int channels) {
            used += channels;
            return link.share(() -> release(this, channels));
        }
    }

    private synchronized void release(Shared s, int channels) {
        s.used -= channels;
        if (s.extra && s.used <= 0) {
            shared.remove(s);
            s.link.close();
        }
    }
}
