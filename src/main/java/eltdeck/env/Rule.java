package eltdeck.env;

import static eltdeck.env.Severity.ERROR;
import static eltdeck.env.Severity.INFO;
import static eltdeck.env.Severity.WARNING;

/**
 * Every rule of the {@code .env} check, with its id and severity. ERROR is kept for what breaks the
 * stack or makes it read a different value than the file shows on some compose version in use;
 * WARNING for what is harmless today but fragile or likely a mistake; INFO for advice.
 */
public enum Rule {
    /** The file starts with a UTF-8 byte order mark. */
    BOM("bom", ERROR),
    /** Lines end with CRLF (Windows line breaks). */
    CRLF("crlf", WARNING),
    /** A line that is neither blank, a comment, nor NAME=value. */
    MISSING_EQUALS("missing-equals", ERROR),
    /** A name that is not letters, digits and _ (or starts with a digit). */
    INVALID_NAME("invalid-name", ERROR),
    /** Whitespace before the name, around '=' or at the end of the line. */
    STRAY_WHITESPACE("stray-whitespace", WARNING),
    /** A value in quotes (compose &lt;= 1.25 keeps them, later versions strip them). */
    QUOTED_VALUE("quoted-value", ERROR),
    /** A '$' that compose v2 would expand (write '$$'). */
    DOLLAR_IN_VALUE("dollar-in-value", WARNING),
    /** An '@' in a Snowflake password. */
    SNOWFLAKE_PASSWORD_AT("snowflake-password-at", ERROR),
    /** A name set again further down (the last one wins). */
    DUPLICATE_NAME("duplicate-name", WARNING),
    /** A variable the schema marks required is not in the .env. */
    REQUIRED_MISSING("required-missing", ERROR),
    /** A variable the schema marks required is empty. */
    REQUIRED_EMPTY("required-empty", ERROR),
    /** A secret-looking name without the PREFECT__CONTEXT__SECRETS__ prefix. */
    SECRET_WITHOUT_PREFIX("secret-without-prefix", INFO),
    /** A marker list in .env.example that is unknown, contradictory or attached to no variable. */
    EXAMPLE_MARKER("example-marker", WARNING),
    /** The compose file is not valid YAML or not a mapping. */
    COMPOSE_INVALID("compose-invalid", ERROR),
    /** The compose file has no agent service. */
    AGENT_SERVICE_MISSING("agent-service-missing", ERROR),
    /** A .env name absent from the agent service's {@code environment:}. */
    AGENT_NOT_RECEIVING("agent-not-receiving", WARNING),
    /** {@code ${NAME}} or {@code $NAME} in the compose file, NAME not in the .env. */
    COMPOSE_VARIABLE_MISSING("compose-variable-missing", ERROR),
    /** {@code ${NAME:-default}} (or another form with a fallback) in the compose file, NAME not in the .env. */
    COMPOSE_VARIABLE_DEFAULTED("compose-variable-defaulted", WARNING);

    private final String id;
    private final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }

    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    Finding at(Source source, int line, String message, Fix fix) {
        return new Finding(this, source, line, message, fix);
    }
}
