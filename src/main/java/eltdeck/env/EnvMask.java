package eltdeck.env;

/**
 * A {@code .env} as it may be shown while secrets are hidden: the value of a secret variable is {@code ****}, and a
 * line without {@code =} is replaced by a note, since it may be a pasted secret.
 */
public final class EnvMask {
    /** What stands for a line without {@code =}. */
    public static final String HIDDEN_LINE = "(a line without '=', not shown)";

    private EnvMask() {
    }

    /** The whole file, each line masked, with LF line breaks and without a byte order mark. */
    public static String text(EnvFile env, EnvSchema schema) {
        StringBuilder text = new StringBuilder();
        env.lines().forEach(line -> text.append(line(line, schema)).append(line.ending().isEmpty() ? "" : "\n"));
        return text.toString();
    }

    /** One line: as written unless it is a secret's entry (then {@code NAME=****}) or has no {@code =}. */
    public static String line(EnvLine line, EnvSchema schema) {
        if (line.kind() == EnvLine.Kind.MISSING_EQUALS) {
            return HIDDEN_LINE;
        }
        if (!line.isEntry()) {
            return line.text();
        }
        String name = line.name().startsWith(Repair.EXPORT) ? line.name().substring(Repair.EXPORT.length()).strip() : line.name();
        return schema.isSecret(name) ? line.rawName() + "=" + EnvSchema.MASK : line.text();
    }
}
