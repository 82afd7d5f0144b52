package eltdeck.ui.env;

import eltdeck.profile.Profile;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.stack.RemoteFiles;
import eltdeck.stack.StackEnvFiles;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CancellationException;

/** {@link EnvAccess} over the profile's own SSH link: {@code .env} files found as {@code env push} finds them. */
final class VmEnvAccess implements EnvAccess {
    private final StackSettingsStore settings;
    private final SshConnector connector;
    private final HostKeyPolicy hostKeys;

    VmEnvAccess(StackSettingsStore settings, SshConnector connector, HostKeyPolicy hostKeys) {
        this.settings = settings;
        this.connector = connector;
        this.hostKeys = hostKeys;
    }

    @Override
    public boolean configured(String profile) {
        return settings.find(profile).isPresent();
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
    public Call<SaveOutcome> save(Profile profile, EnvDocument loaded, String text) {
        return new StackCall<>(profile) {
            @Override
            SaveOutcome on(StackSession session) throws Exception {
                RemoteFiles files = new RemoteFiles(session.link());
                try {
                    return new SaveOutcome.Saved(files.write(loaded.path(), text.getBytes(StandardCharsets.UTF_8),
                            loaded.env().orElse(null), Instant.now()));
                } catch (RemoteFiles.ChangedOnVmException e) {
                    return new SaveOutcome.ChangedOnVm(files.read(loaded.path()));
                }
            }
        };
    }

    /** A call on the profile's stack over a new link, which {@link #cancel} closes to end the call at once. */
    private abstract class StackCall<T> implements Call<T> {
        private final Profile profile;
        private volatile boolean cancelled;
        private volatile SshLink link;

        StackCall(Profile profile) {
            this.profile = profile;
        }

        abstract T on(StackSession session) throws Exception;

        @Override
        public T run() throws Exception {
            StackSettings stack = settings.get(profile.name());
            SshLink opened = connector.connect(profile, hostKeys);
            link = opened;
            // A cancel that came while connecting found no link to close.
            if (cancelled) {
                opened.close();
                throw new CancellationException("Cancelled.");
            }
            try (StackSession session = StackSession.open(opened, stack)) {
                return on(session);
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
