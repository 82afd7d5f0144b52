package eltdeck.store;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;

/**
 * The app's logging: a rolling file {@code logs/eltdeck.log} in the data directory (5 MB a file, 14 days, 50 MB in
 * all), INFO, with JSch and Flyway at WARN. Set up in code, found by logback as a service: its XML configuration took
 * a good part of the cold start (the window waits for the database, whose first class starts logging). A
 * {@code logback-test.xml}, or a file named by {@code -Dlogback.configurationFile}, still takes over, as in logback's
 * own lookup.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class RollingLog extends ContextAwareBase implements Configurator {
    /** The data directory, set by the launcher before logging starts (or on the logger context, by tests). */
    public static final String HOME_PROPERTY = "eltdeck.home";
    private static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{30} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
                || RollingLog.class.getResource("/" + ClassicConstants.TEST_AUTOCONFIG_FILE) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        install(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up as the app ships, whatever the class path holds (tests that check the app's log). */
    public static void install(LoggerContext context) {
        Path dir = logDirectory(context);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir.resolve("eltdeck.log").toString());
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir.resolve("eltdeck.%d{yyyy-MM-dd}.%i.log").toString());
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(14);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();

        context.getLogger("com.jcraft.jsch").setLevel(Level.WARN);
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }

    private static Path logDirectory(LoggerContext context) {
        String home = context.getProperty(HOME_PROPERTY);
        if (home == null) {
            home = System.getProperty(HOME_PROPERTY, System.getProperty("java.io.tmpdir"));
        }
        return Path.of(home, "logs");
    }
}
