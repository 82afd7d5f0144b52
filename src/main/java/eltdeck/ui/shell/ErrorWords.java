package eltdeck.ui.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** An unexpected error told in words: what the app was doing, and what went wrong, before any class name. */
record ErrorWords(String headline, String explanation) {

    static ErrorWords of(Thread thread, Throwable error) {
        return new ErrorWords("Something went wrong while " + activity(thread), explain(error));
    }

    private static String activity(Thread thread) {
        String name = thread.getName();
        if (name.equals("JavaFX Application Thread")) {
            return "the window was handling what you did";
        }
        if (name.startsWith("ui-task")) {
            return "ELT Deck was working in the background";
        }
        if (name.startsWith("Connect thread") || name.startsWith("connection-") || name.startsWith("forward-")) {
            return "ELT Deck was keeping an SSH connection or its tunnels";
        }
        if (name.startsWith("run-page-") || name.startsWith("airbyte-job-page-") || name.startsWith("log-")) {
            return "ELT Deck was following a log";
        }
        return "ELT Deck was working in the background (" + name + ")";
    }

    /** The innermost cause's message where it has one (ours are written for people), else what kind of failure it is. */
    static String explain(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof OutOfMemoryError) {
            return "ELT Deck ran out of memory. Close log windows you no longer need, or restart it.";
        }
        if (root instanceof NullPointerException || root instanceof ClassCastException
                || root instanceof IndexOutOfBoundsException) {
            return "An internal check of ELT Deck failed: this is a bug in ELT Deck, not something you did.";
        }
        String message = root.getMessage() == null ? "" : root.getMessage().strip();
        if (root instanceof IOException || root instanceof UncheckedIOException) {
            return "Reading or writing failed" + (message.isEmpty() ? "." : ": " + sentence(message));
        }
        if (message.isEmpty()) {
            return "An unexpected error happened inside ELT Deck: this is a bug in ELT Deck, not something you did.";
        }
        return sentence(message);
    }

    /** The throwable with its causes and stack, as the log has it. */
    static String stackTrace(Throwable error) {
        StringWriter text = new StringWriter();
        error.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static String sentence(String message) {
        return message.endsWith(".") || message.endsWith("!") || message.endsWith("?") ? message : message + ".";
    }
}
