package eltdeck.tunnel;

import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Watches a connected link, once a second, for reasons to doubt it: the machine slept (the wall clock ran far
 * ahead of the monotonic one, which stops in suspend) or forwarded traffic stalled ({@link StallWatch}).
 * Either is only a doubt; the supervisor then checks the link.
 */
final class LinkDoubts {
    /** A wall-clock lead beyond this over the monotonic clock means the machine slept. */
    static final long SLEEP_MS = 5000;

    private final StallWatch stalls = new StallWatch();
    private long lastTick;
    private long lastTickNanos;

    /** Starts watching at this wall-clock time ({@link System#currentTimeMillis()}) and {@link System#nanoTime()}. */
    LinkDoubts(long wallMillis, long nanoTime) {
        lastTick = wallMillis;
        lastTickNanos = nanoTime;
    }

    /** @return why the link is in doubt now, or null; traffic is read only when the machine did not sleep */
    String observe(long wallMillis, long nanoTime, Supplier<StallWatch.Traffic> traffic) {
        long slept = (wallMillis - lastTick) - TimeUnit.NANOSECONDS.toMillis(nanoTime - lastTickNanos);
        lastTick = wallMillis;
        lastTickNanos = nanoTime;
        if (slept > SLEEP_MS) {
            return "The computer woke up or the network changed";
        }
        return stalls.observe(traffic.get(), nanoTime);
    }
}
