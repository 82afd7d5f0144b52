package eltdeck.env;

/** A {@code NAME=value} line of a {@code .env} file: the name, the value as written, and its 1-based line number. */
public record EnvEntry(String name, String rawValue, int line) {
}
