package eltdeck.ui.dbt;

import eltdeck.dbt.DbtState;
import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.stack.DbtProjectFetch;
import eltdeck.stack.DbtRunner;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettingsStore;
import eltdeck.store.Database;
import java.util.function.Consumer;

/** How the dbt tab reaches the stack's dbt project: each call over an SSH link of its own. Calls block. */
public interface DbtAccess {
    /** Reads the project, its checks and the last results from the clone on the VM. */
    DbtState read(Profile profile) throws Exception;

    /** Runs dbt in the agent's container; {@code cancel} receives what stops the run, as soon as it has started. */
    DbtRunner.Outcome run(Profile profile, DbtRunner.Command command, String selection, Consumer<String> lines,
                          Consumer<Runnable> cancel) throws Exception;

    static DbtAccess using(Database db, SshConnector connector, HostKeyPolicy hostKeys) {
        StackSettingsStore settings = new StackSettingsStore(db);
        return new DbtAccess() {
            @Override
            public DbtState read(Profile profile) throws Exception {
                try (StackSession session = open(profile)) {
                    return DbtState.of(DbtProjectFetch.fetch(session));
                }
            }

            @Override
            public DbtRunner.Outcome run(Profile profile, DbtRunner.Command command, String selection,
                                         Consumer<String> lines, Consumer<Runnable> cancel) throws Exception {
                try (StackSession session = open(profile)) {
                    DbtRunner runner = new DbtRunner(session);
                    cancel.accept(runner::cancel);
                    return runner.run(command, selection, lines);
                }
            }

            private StackSession open(Profile profile) throws Exception {
                return StackSession.open(connector.connect(profile, hostKeys), settings.get(profile.name()));
            }
        };
    }
}
