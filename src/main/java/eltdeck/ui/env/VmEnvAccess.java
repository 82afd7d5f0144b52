package eltdeck.ui.env;

import eltdeck.env.EnvText;
import eltdeck.profile.Profile;
import eltdeck.reach.ServiceResolver;
import eltdeck.ssh.SshLink;
import eltdeck.stack.RemoteFiles;
import eltdeck.stack.StackEnvFiles;
import eltdeck.stack.StackSettings;
import java.time.Instant;
import java.util.concurrent.CancellationException;

/**
 * {@link EnvAccess} over the link the resolver gives: {@code .env} files found as {@code env push} finds them, in one
 * command (see {@link StackEnvFiles#read}).
 */
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
        return new LinkCall<>(profile) {
            @Override
            EnvDocument on(SshLink link, StackSettings settings) throws Exception {
                StackEnvFiles files = StackEnvFiles.read(link, settings);
                return new EnvDocument(files.paths().envFile(), files.env(), files.example(), files.compose(),
                        settings.agentService());
            }
        };
    }

    @Override
    public Call<SaveOutcome> save(Profile profile, EnvDocument loaded, EnvText text) {
        return new LinkCall<>(profile) {
            @Override
            SaveOutcome on(SshLink link, StackSettings settings) throws Exception {
                RemoteFiles files = new RemoteFiles(link);
                try {
                    return new SaveOutcome.Saved(files.write(loaded.path(), text.bytes(),
                            loaded.env().orElse(null), Instant.now()));
                } catch (RemoteFiles.ChangedOnVmException e) {
                    return new SaveOutcome.ChangedOnVm(files.read(loaded.path()));
                }
            }
        };
    }

    /**
     * A call on the profile's stack (its settings read first, off the UI thread) over a link of its own, which
     * {@link #cancel} closes to end the call's channels at once.
     */
    private abstract class LinkCall<T> implements Call<T> {
        private final Profile profile;
        private volatile boolean cancelled;
        private volatile SshLink link;

        LinkCall(Profile profile) {
            this.profile = profile;
        }

        abstract T on(SshLink link, StackSettings settings) throws Exception;

        @Override
        public T run() throws Exception {
            StackSettings settings = services.stackSettings(profile);
            SshLink opened = services.link(profile);
            link = opened;
            // A cancel that came while connecting found no link to close.
            if (cancelled) {
                opened.close();
                throw new CancellationException("Cancelled.");
            }
            try (opened) {
                return on(opened, settings);
            }
        }

        @Override
        public void cancel() {
            cancelled = true;
            SshLink opened = link;
            if (opened != null) {
                opened.close();
            }
        }
    }
}
