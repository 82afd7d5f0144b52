package eltdeck.dbt;

import java.util.Locale;

/** A check's finding: what is wrong, in which file, and what to do about it. */
public record Finding(Severity severity, String file, String message, String fix, String nodeId) {

    public enum Severity { ERROR, WARNING }

    static Finding error(String file, String message, String fix, String nodeId) {
        return new Finding(Severity.ERROR, file, message, fix, nodeId);
    }

    static Finding warning(String file, String message, String fix, String nodeId) {
        return new Finding(Severity.WARNING, file, message, fix, nodeId);
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(Locale.ROOT) + "  " + file + ": " + message + " " + fix;
    }
}
