package eltdeck.tunnel;

import eltdeck.ssh.SshLink;
import java.util.Optional;

/**
 * The SSH session a supervisor works on, and whether a check of it went unanswered: then it counts as dead (and is
 * replaced) even though JSch still counts it as up. Changed by the supervisor's worker thread, read from any thread.
 */
final class CurrentLink {
    private volatile SshLink link;
    private volatile boolean foundDead;

    /** The session, answering or not; null while there is none. */
    SshLink get() {
        return link;
    }

    /** The session while it is connected and not found dead; else empty. */
    Optional<SshLink> answering() {
        SshLink current = link;
        return current != null && current.isConnected() && !foundDead ? Optional.of(current) : Optional.empty();
    }

    boolean alive() {
        return answering().isPresent();
    }

    /** A fresh session replaces the one before (which is gone already). */
    void use(SshLink fresh) {
        link = fresh;
        foundDead = false;
    }

    /** A check went unanswered. */
    void markDead() {
        foundDead = true;
    }

    /** Whether the last check found the session dead (kept after it is dropped, to say why it was lost). */
    boolean foundDead() {
        return foundDead;
    }

    /**
     * Forgets a lost session and closes it in the background: closing writes to its socket, which can block for
     * minutes on a dead link, and the worker won't wait.
     */
    void dropLost() {
        SshLink dead = link;
        link = null;
        Thread closer = new Thread(dead::close, "close-dead-link");
        closer.setDaemon(true);
        closer.start();
    }

    /** Forgets the session and closes it now; false when there was none. */
    boolean close() {
        SshLink current = link;
        link = null;
        if (current == null) {
            return false;
        }
        current.close();
        return true;
    }
}
