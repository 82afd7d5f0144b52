package eltdeck.secret;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Every log event of the app at DEBUG and above while open, with its stack trace, as text a test can search for a
 * secret; closing puts the root logger back as it was.
 */
public final class CapturedLog implements AutoCloseable {
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level levelBefore = root.getLevel();
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();

    private CapturedLog() {
        events.start();
        root.addAppender(events);
        root.setLevel(Level.DEBUG);
    }

    public static CapturedLog start() {
        return new CapturedLog();
    }

    /** Each event as logger, message and stack trace (messages and causes included), one after another. */
    public String text() {
        return logged().stream()
                .map(event -> event.getLoggerName() + " " + event.getFormattedMessage()
                        + (event.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    /** How many events were logged: a test that looks for a secret in them shows that there was something to look at. */
    public int size() {
        return logged().size();
    }

    /** A copy taken under the appender's lock: other threads (an SSH session's) log while a test reads. */
    private List<ILoggingEvent> logged() {
        synchronized (events) {
            return List.copyOf(events.list);
        }
    }

    @Override
    public void close() {
        root.detachAppender(events);
        root.setLevel(levelBefore);
        events.stop();
    }
}
