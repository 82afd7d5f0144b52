package eltdeck.dbt;

/** What dbt's exit code means (dbt's "Exit codes" page and its 1.8 code). */
public final class DbtExitCode {
    private DbtExitCode() {
    }

    public static String explain(int code) {
        return switch (code) {
            case 0 -> "dbt exited 0: finished without error.";
            case 1 -> "dbt exited 1: it ran, but at least one model or test failed or errored (some nodes may be skipped);"
                    + " see the results per node.";
            case 2 -> "dbt exited 2: dbt itself failed before or while running (a project, profile or compilation error,"
                    + " a missing env_var, a lost connection, or it was interrupted); see the output above.";
            case 126, 127 -> "exit code " + code + ": dbt could not be started in the agent's container (is dbt installed"
                    + " there?).";
            default -> code > 128 ? "exit code " + code + ": dbt was ended by signal " + (code - 128) + "."
                    : "exit code " + code + ": not a dbt exit code; see the output above.";
        };
    }
}
