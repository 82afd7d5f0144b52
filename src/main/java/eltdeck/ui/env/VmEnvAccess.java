package eltdeck.ui.env;

import eltdeck.env.EnvText;
import eltdeck.profile.Profile;
import eltdeck.reach.ServiceResolver;
import eltdeck.stack.RemoteFiles;
import eltdeck.stack.StackEnvFiles;
import eltdeck.stack.StackSession;
import java.time.Instant;
import java.util.concurrent.CancellationException;

/** {@link EnvAccess} over the link the resolver gives: {@code .env} files found as {@code env push} finds them. */
final class VmEnvAccess implements EnvAccess {
    private final ServiceResolver services;

    VmEnvAccess(ServiceResolver services) {
        this.services = services;
    }

    @Override
    public boolean configured(String profile) {
        return services.findStackSettings(profile).isPresent();
    }

    @Override
    public Call<EnvDocument> load(Profile profile) {
        return new StackCall<>(profile) {
            @Override
            EnvDocument on(StackSession session) throws Exception {
                StackEnvFiles files = new StackEnvFiles(new RemoteFiles(session.link()), session.paths());
                return new EnvDocument(session.paths().envFile(), files.env(), files.example(), files.compose(),
                        session.settings().agentService());
            }
        };
    }

    @Override
    public Call<SaveOutcome> save(Profile profile, EnvDocument loaded, EnvText text) {
        return new StackCall<>(profile) {
            @Override
            SaveOutcome on(StackSession session) throws Exception {
                RemoteFiles files = new RemoteFiles(session.link());
                try {
                    return new SaveOutcome.Saved(files.write(loaded.path(), text.bytes(),
                            loaded.env().orElse(null), Instant.now()));
                } catch (RemoteFiles.ChangedOnVmException e) {
                    return new SaveOutcome.ChangedOnVm(files.read(loaded.path()));
                }
            }
        };
    }

    /** A call on the profile's stack over its link, which {@link #cancel} closes to end the call's channels at once. */
    private abstract class StackCall<T> implements Call<T> {
        private final Profile profile;
        private volatile boolean cancelled;
        private volatile StackSession session;

        StackCall(Profile profile) {
            this.profile = profile;
        }

        abstract T on(StackSession session) throws Exception;

        @Override
        public T run() throws Exception {
            StackSession opened = services.stack(profile);
            session = opened;
            // A cancel that came while connecting found no link to close.
            if (cancelled) {
                opened.close();
                throw new CancellationException("Cancelled.");
            }
            try (opened) {
                return on(opened);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            StackSession opened = session;
            if (opened != null) {
                opened.close();
            }
        }
    }
}
