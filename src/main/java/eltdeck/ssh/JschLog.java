package eltdeck.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Slf4jLogger;

/**
 * Sends JSch's own log to SLF4J (logger {@code com.jcraft.jsch.JSch}), so connection problems reach the app's rolling
 * log at the level the app's logging ({@code store.RollingLog}) gives {@code com.jcraft.jsch} (WARN) and can be
 * diagnosed after the fact.
 */
public final class JschLog {
    private JschLog() {
    }

    /** JSch's logger is global; setting it again changes nothing. */
    public static void toSlf4j() {
        JSch.setLogger(new Slf4jLogger());
    }
}
