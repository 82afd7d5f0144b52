package eltdeck.ui.dbt;

import eltdeck.dbt.DbtState;
import eltdeck.profile.Profile;
import eltdeck.reach.ServiceResolver;
import eltdeck.stack.DbtProjectFetch;
import eltdeck.stack.DbtRunner;
import eltdeck.stack.StackSession;
import java.util.function.Consumer;

/** How the dbt tab reaches the stack's dbt project: each call over the link the resolver gives. Calls block. */
public interface DbtAccess {
    /** Reads the project, its checks and the last results from the clone on the VM. */
    DbtState read(Profile profile) throws Exception;

    /** Runs dbt in the agent's container; {@code cancel} receives what stops the run, as soon as it has started. */
    DbtRunner.Outcome run(Profile profile, DbtRunner.Command command, String selection, Consumer<String> lines,
                          Consumer<Runnable> cancel) throws Exception;

    static DbtAccess using(ServiceResolver services) {
        return new DbtAccess() {
            @Override
            public DbtState read(Profile profile) throws Exception {
                try (StackSession session = services.stack(profile)) {
                    return DbtState.of(DbtProjectFetch.fetch(session));
                }
            }

            @Override
            public DbtRunner.Outcome run(Profile profile, DbtRunner.Command command, String selection,
                                         Consumer<String> lines, Consumer<Runnable> cancel) throws Exception {
                try (StackSession session = services.stack(profile, 2)) { // the run, and its cancel
                    DbtRunner runner = new DbtRunner(session);
                    cancel.accept(runner::cancel);
                    return runner.run(command, selection, lines);
                }
            }
        };
    }
}
