package eltdeck.ui.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import eltdeck.store.RollingLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own logging ({@link RollingLog}: the rolling file under {@code home/logs}) for the length of a test, with
 * every logger at DEBUG so that nothing escapes by its level; closing goes back to the tests' console logging.
 */
public final class AppLog implements AutoCloseable {
    private final Path file;

    private AppLog(Path file) {
        this.file = file;
    }

    public static AppLog into(Path home) {
        AppLog log = asShipped(home);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLoggerList().stream().filter(logger -> !logger.getName().equals(Logger.ROOT_LOGGER_NAME))
                .forEach(logger -> logger.setLevel(null));
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.DEBUG);
        return log;
    }

    /** The app's logging exactly as it ships, levels included. */
    public static AppLog asShipped(Path home) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        context.putProperty(RollingLog.HOME_PROPERTY, home.toString());
        RollingLog.install(context);
        return new AppLog(home.resolve("logs").resolve("eltdeck.log"));
    }

    public String text() {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Back to the tests' console logging (logback-test.xml). */
    @Override
    public void close() {
        String resource = "/logback-test.xml";
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        try {
            configurator.doConfigure(AppLog.class.getResource(resource));
        } catch (JoranException e) {
            throw new IllegalStateException("Cannot configure logging from " + resource, e);
        }
    }
}
