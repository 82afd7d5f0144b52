package eltdeck.stack;

import eltdeck.ssh.RemoteCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The deploy lock on the VM: a directory beside the compose file (mkdir is atomic, so two deploys cannot both get
 * it) holding an {@code info} file with who, when, which commit, and an id, so that a deploy only ever removes its
 * own lock.
 */
public final class DeployLock {
    static final int HELD = 3;
    private static final Duration POLL = Duration.ofSeconds(1);

    private final RemoteShell shell;
    private final StackPaths paths;
    private final Clock clock;

    public DeployLock(RemoteShell shell, StackPaths paths, Clock clock) {
        this.shell = shell;
        this.paths = paths;
        this.clock = clock;
    }

    /**
     * Takes the lock, waiting up to {@code wait} (zero: one try) for a deploy holding it; throws {@link LockHeldException}
     * naming the holder when it stays taken.
     */
    public LockInfo acquire(String who, String commit, Duration wait) throws IOException, InterruptedException {
        LockInfo mine = new LockInfo(UUID.randomUUID().toString(), who, clock.instant(), commit);
        Instant deadline = clock.instant().plus(wait);
        while (true) {
            RemoteShell.Result r = shell.run(acquireCommand(paths), stdin(mine), null);
            if (r.ok()) {
                return mine;
            }
            if (r.exitCode() != HELD) {
                throw new IOException("Cannot create the deploy lock " + paths.lockDir() + ": " + r.output().strip());
            }
            if (!clock.instant().isBefore(deadline)) {
                throw new LockHeldException(paths.lockDir(), LockInfo.parse(r.stdout()));
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Records the commit being deployed once the repository step knows it. */
    public void update(LockInfo lock) throws IOException {
        RemoteShell.Result r = shell.run(ownedCommand(paths, lock.id(), "cat > \"$1/info\""), stdin(lock), null);
        if (!r.ok()) {
            throw new IOException("The deploy lock " + paths.lockDir() + " is no longer ours: someone broke it.");
        }
    }

    /** Releases the lock if it is still ours (it may have been broken and taken by another deploy). */
    public void release(LockInfo lock) throws IOException {
        shell.run(ownedCommand(paths, lock.id(), "rm -rf -- \"$1\""), null, null);
    }

    public Optional<LockInfo> status() throws IOException {
        RemoteShell.Result r = shell.run(statusCommand(paths), null, null);
        return r.ok() ? Optional.of(LockInfo.parse(r.stdout())) : Optional.empty();
    }

    /** Removes the lock whoever holds it: only on the user's explicit request. Returns who held it. */
    public Optional<LockInfo> breakLock() throws IOException {
        Optional<LockInfo> held = status();
        RemoteShell.Result r = shell.run(breakCommand(paths), null, null);
        if (!r.ok()) {
            throw new IOException("Cannot remove " + paths.lockDir() + ": " + r.output().strip());
        }
        return held;
    }

    static RemoteCommand statusCommand(StackPaths paths) {
        return RemoteCommand.script("cat -- \"$1/info\" 2>/dev/null", paths.lockDir());
    }

    static RemoteCommand breakCommand(StackPaths paths) {
        return RemoteCommand.of("rm", "-rf", "--", paths.lockDir());
    }

    /** mkdir (not -p) fails when the lock exists: then print its info and exit {@value #HELD}. */
    static RemoteCommand acquireCommand(StackPaths paths) {
        String script = "mkdir -p -- \"$(dirname -- \"$1\")\" || exit 1; "
                + "if mkdir -- \"$1\" 2>/dev/null; then cat > \"$1/info\"; else cat -- \"$1/info\" 2>/dev/null; exit " + HELD + "; fi";
        return RemoteCommand.script(script, paths.lockDir());
    }

    /** {@code action} runs only while the lock holds our {@code id}; it finds the lock directory in {@code $1}. */
    static RemoteCommand ownedCommand(StackPaths paths, String id, String action) {
        String script = "grep -qx \"id=$2\" \"$1/info\" 2>/dev/null && " + action;
        return RemoteCommand.script(script, paths.lockDir(), id);
    }

    private static ByteArrayInputStream stdin(LockInfo info) {
        return new ByteArrayInputStream(info.format().getBytes(StandardCharsets.UTF_8));
    }

    /** Another deploy holds the lock. */
    public static final class LockHeldException extends IOException {
        private final LockInfo holder;

        LockHeldException(String lockDir, LockInfo holder) {
            super("Another deploy holds the lock: " + holder.describe() + ". Wait for it to finish (--lock-wait), or if it"
                    + " died, break the lock with `eltdeck lock break` (" + lockDir + ").");
            this.holder = holder;
        }

        public LockInfo holder() {
            return holder;
        }
    }
}
