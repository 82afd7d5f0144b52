package eltdeck.stack;

/** The deploy's steps, in the order they run; {@link #UNLOCK} runs always, also after a failure or cancel. */
public enum DeployStep {
    LOCK("Lock"),
    REPOSITORY("Repository"),
    ENV_CHECK(".env check"),
    COMPOSE_CONFIG("Compose config"),
    PULL_AND_UP("Pull and up"),
    READINESS("Readiness"),
    TENANT("Tenant"),
    RECORD("Record"),
    UNLOCK("Unlock");

    private final String label;

    DeployStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
