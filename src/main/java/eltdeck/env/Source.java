package eltdeck.env;

/** The file a finding's line number points into. */
public enum Source {
    /** The {@code .env} file being checked. */
    ENV,
    /** The {@code .env.example} the schema was read from. */
    EXAMPLE,
    /** The {@code docker-compose.yml} of the stack. */
    COMPOSE
}
