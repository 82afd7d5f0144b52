package eltdeck.stack;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the lock's {@code info} file says: one {@code key=value} per line. */
public record LockInfo(String id, String who, Instant when, String commit) {

    public LockInfo {
        for (String value : new String[] {id, who, commit}) {
            if (value.contains("\n") || value.contains("\r")) {
                throw new IllegalArgumentException("A lock field cannot span lines: " + value);
            }
        }
    }

    public String format() {
        return "id=" + id + "\nwho=" + who + "\nwhen=" + when + "\ncommit=" + commit + "\n";
    }

    /** Lenient: a lock written by hand or half written still shows what it holds. */
    public static LockInfo parse(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        Instant when;
        try {
            when = Instant.parse(fields.getOrDefault("when", ""));
        } catch (DateTimeParseException e) {
            when = Instant.EPOCH;
        }
        return new LockInfo(fields.getOrDefault("id", ""), fields.getOrDefault("who", "unknown"), when,
                fields.getOrDefault("commit", "unknown"));
    }

    public String describe() {
        return who + " since " + (when.equals(Instant.EPOCH) ? "an unknown time" : when) + " (commit " + commit + ")";
    }
}
