package eltdeck.prefect;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The levels of Prefect 1 log rows (strings in the {@code log} table), lowest first. */
public enum PrefectLogLevel {
    DEBUG, INFO, WARNING, ERROR, CRITICAL;

    /** This level and every higher one, by name: the {@code _in} list of a level filter. */
    public List<String> andAbove() {
        return Arrays.stream(values()).filter(l -> l.ordinal() >= ordinal()).map(Enum::name).toList();
    }

    public static PrefectLogLevel parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown log level '" + name + "': use one of " + Arrays.toString(values()) + ".");
        }
    }
}
