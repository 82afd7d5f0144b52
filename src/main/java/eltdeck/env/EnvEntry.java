package eltdeck.env;

/**
 * A {@code NAME=value} line of a {@code .env} file: the name, the value as written, and its 1-based line number.
 * The value stays a String because the checks read it character by character and whether it is secret depends on the
 * schema, not known here; instead the entry never prints it.
 */
public record EnvEntry(String name, String rawValue, int line) {
    @Override
    public String toString() {
        return "EnvEntry[" + EnvNames.printable(name) + ", line " + line + "]";
    }
}
