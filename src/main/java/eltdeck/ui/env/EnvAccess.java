package eltdeck.ui.env;

import eltdeck.env.EnvText;
import eltdeck.profile.Profile;
import eltdeck.reach.ServiceResolver;
import eltdeck.stack.RemoteFiles;
import java.util.Optional;

/** Reads and writes a profile's stack {@code .env} from the GUI, over the link the resolver gives, as the Deploy tab does. */
public interface EnvAccess {
    /** Whether the profile has stack settings (a database read: call off the UI thread). */
    boolean configured(String profile) throws Exception;

    /** Reads the {@code .env}, the {@code .env.example} and the compose file; nothing happens until {@link Call#run}. */
    Call<EnvDocument> load(Profile profile);

    /** Writes {@code text} as the {@code .env} if the VM still has the file {@code loaded} read (atomic, 0600, backup). */
    Call<SaveOutcome> save(Profile profile, EnvDocument loaded, EnvText text);

    /** One remote call: {@link #run} blocks until it ends; {@link #cancel} may come from any thread and ends the link. */
    interface Call<T> {
        T run() throws Exception;

        void cancel();
    }

    /** How a save ended: written, or refused because the file on the VM is not the one that was loaded. */
    sealed interface SaveOutcome {
        record Saved(RemoteFiles.Snapshot written) implements SaveOutcome {
        }

        /** {@code onVm}: the file there now, empty when it was deleted. */
        record ChangedOnVm(Optional<RemoteFiles.Snapshot> onVm) implements SaveOutcome {
        }
    }

    /** The app's access: the stack and its link as the resolver finds them. */
    static EnvAccess using(ServiceResolver services) {
        return new VmEnvAccess(services);
    }
}
