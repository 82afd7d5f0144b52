package eltdeck.logs;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The severity a log line declares about itself, as far as its text shows it. */
public enum LogLevel {
    TRACE, DEBUG, INFO, WARN, ERROR;

    /** Upper-case level words as Python logging, Prefect, logback and most servers print them. */
    private static final Pattern WORD = Pattern.compile(
            "\\b(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|PANIC)\\b");
    /** logfmt ({@code level=error}) and JSON ({@code "level":"error"}) lines, any case. */
    private static final Pattern FIELD = Pattern.compile("\\blevel\"?\\s*[=:]\\s*\"?([A-Za-z]+)", Pattern.CASE_INSENSITIVE);
    /** A level word further into a line is part of its message, not the line's level. */
    private static final int SCAN_CHARS = 160;

    /** The level of a line's plain text, or null when the text declares none. */
    public static LogLevel detect(String text) {
        int end = Math.min(text.length(), SCAN_CHARS);
        Matcher field = FIELD.matcher(text).region(0, end);
        if (field.find()) {
            LogLevel level = named(field.group(1).toUpperCase(Locale.ROOT));
            if (level != null) {
                return level;
            }
        }
        Matcher word = WORD.matcher(text).region(0, end);
        return word.find() ? named(word.group(1)) : null;
    }

    private static LogLevel named(String word) {
        switch (word) {
            case "TRACE":
                return TRACE;
            case "DEBUG":
                return DEBUG;
            case "INFO":
            case "NOTICE":
                return INFO;
            case "WARN":
            case "WARNING":
                return WARN;
            case "ERROR":
            case "ERR":
            case "FATAL":
            case "CRITICAL":
            case "PANIC":
                return ERROR;
            default:
                return null;
        }
    }
}
