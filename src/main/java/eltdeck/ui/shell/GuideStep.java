package eltdeck.ui.shell;

/** The steps of the getting-started guide, in the order a new user takes them: from no VM to the first deploy. */
public enum GuideStep {
    ADD_VM("Add VM", "Add VM"),
    KEY("SSH key", "Generate key"),
    HOST_KEY("Host key", "Check host key"),
    CONNECT("Connect", "Connect"),
    STACK_SETTINGS("Stack settings", "Stack settings"),
    DEPLOY("First deploy", "Deploy");

    private final String title;
    private final String action;

    GuideStep(String title, String action) {
        this.title = title;
        this.action = action;
    }

    public String title() {
        return title;
    }

    /** The text of the button that takes the step. */
    public String action() {
        return action;
    }

    /** Where a step stands: done (from the real state), the one to take now, skipped by the user, or still ahead. */
    public enum State { DONE, CURRENT, SKIPPED, AHEAD }
}
