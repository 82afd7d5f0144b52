package eltdeck.ui.shell;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.slf4j.LoggerFactory;

/** Where the log is written: asked of logging itself, so the answer is right however it was configured. */
final class LogFile {
    static final String CONSOLE_ONLY = "none (logging goes to the console)";

    private LogFile() {
    }

    /** The file of the root logger's file appender, if logging writes to one. */
    static Optional<Path> current() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return Optional.empty();
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        return StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(root.iteratorForAppenders(), 0), false)
                .filter(FileAppender.class::isInstance)
                .map(appender -> ((FileAppender<?>) appender).getFile())
                .filter(file -> file != null)
                .map(file -> Path.of(file).toAbsolutePath())
                .findFirst();
    }

    /** "the log file PATH", or that there is none, for a sentence. */
    static String describe() {
        return current().map(path -> "the log file " + path).orElse("the console log (no log file is configured)");
    }
}
