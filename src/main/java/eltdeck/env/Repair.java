package eltdeck.env;

/**
 * A fix that needs no decision: a rewrite of one {@code NAME=value} line, worked out from the line itself when it is
 * applied. A finding carries the kind of rewrite, never the rewritten text, so it holds no secret value.
 */
public enum Repair {
    /** Whitespace around the name and the value dropped. */
    REMOVE_WHITESPACE {
        @Override
        Assignment of(EnvLine line) {
            return new Assignment(line.name(), line.rawValue().strip());
        }
    },
    /** The quotes around the value dropped, and the whitespace around them. */
    REMOVE_QUOTES {
        @Override
        Assignment of(EnvLine line) {
            String value = line.rawValue().strip();
            return new Assignment(line.name(), value.substring(1, value.length() - 1));
        }
    },
    /** Each lone {@code $} written as {@code $$}; a {@code $$} already written stays as it is. */
    DOUBLE_DOLLARS {
        @Override
        Assignment of(EnvLine line) {
            return new Assignment(line.name(), escapeDollars(line.rawValue()));
        }
    },
    /** The shell's {@code export } dropped from before the name. */
    DROP_EXPORT {
        @Override
        Assignment of(EnvLine line) {
            return new Assignment(line.name().substring(EXPORT.length()).strip(), line.rawValue());
        }
    };

    static final String EXPORT = "export ";

    /** The name and value the line gets. */
    abstract Assignment of(EnvLine line);

    /** The line as a finding may show it: a secret value masked. */
    String shownLine(EnvLine line, EnvSchema schema) {
        Assignment fixed = of(line);
        return schema.shownLine(fixed.name(), fixed.value());
    }

    static String escapeDollars(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            escaped.append(c);
            if (c == '$') {
                boolean pair = i + 1 < value.length() && value.charAt(i + 1) == '$';
                escaped.append('$');
                if (pair) {
                    i++;
                }
            }
        }
        return escaped.toString();
    }

    record Assignment(String name, String value) {
        @Override
        public String toString() {
            return "Assignment[" + EnvNames.printable(name) + "]";
        }
    }
}
