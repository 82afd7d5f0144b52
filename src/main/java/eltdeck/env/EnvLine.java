package eltdeck.env;

/**
 * One physical line of a {@code .env} file: its text exactly as written and the line break that
 * ended it ({@code "\n"}, {@code "\r\n"}, or {@code ""} for a last line without one). What the line
 * means is worked out once, from the text, when the line is made.
 */
public final class EnvLine {
    /** What a line is to compose. */
    public enum Kind { BLANK, COMMENT, ENTRY, MISSING_EQUALS }

    private final String text;
    private final String ending;
    private final Kind kind;
    private final String rawName;
    private final String rawValue;

    EnvLine(String text, String ending) {
        this.text = text;
        this.ending = ending;
        int equals = text.indexOf('=');
        if (text.isBlank()) {
            kind = Kind.BLANK;
        } else if (text.stripLeading().startsWith("#")) {
            kind = Kind.COMMENT;
        } else if (equals < 0) {
            kind = Kind.MISSING_EQUALS;
        } else {
            kind = Kind.ENTRY;
        }
        // Compose splits at the first '=': a value may itself contain '='.
        rawName = kind == Kind.ENTRY ? text.substring(0, equals) : "";
        rawValue = kind == Kind.ENTRY ? text.substring(equals + 1) : "";
    }

    static EnvLine entry(String name, String value, String ending) {
        return new EnvLine(name + "=" + value, ending);
    }

    EnvLine withEnding(String newEnding) {
        return new EnvLine(text, newEnding);
    }

    /** The line without its line break, byte for byte as in the file. */
    public String text() {
        return text;
    }

    /** The line break that ended the line: {@code "\n"}, {@code "\r\n"} or {@code ""}. */
    public String ending() {
        return ending;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isEntry() {
        return kind == Kind.ENTRY;
    }

    /** The text before the first {@code =}, whitespace included; empty unless an entry. */
    public String rawName() {
        return rawName;
    }

    /** The name without surrounding whitespace; empty unless an entry. */
    public String name() {
        return rawName.strip();
    }

    /** Everything after the first {@code =}, quotes and whitespace included; empty unless an entry. */
    public String rawValue() {
        return rawValue;
    }

    /** The kind and name only: the text holds the value. */
    @Override
    public String toString() {
        return "EnvLine[" + kind + (isEntry() ? ", " + EnvNames.printable(name()) : "") + "]";
    }
}
