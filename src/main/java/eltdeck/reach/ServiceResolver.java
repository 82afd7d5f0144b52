package eltdeck.reach;

import eltdeck.airbyte.AirbyteSettings;
import eltdeck.airbyte.AirbyteSettingsStore;
import eltdeck.prefect.PrefectRoute;
import eltdeck.prefect.PrefectSettingsStore;
import eltdeck.profile.Profile;
import eltdeck.ssh.SshFailure;
import eltdeck.ssh.SshLink;
import eltdeck.stack.StackSession;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.store.Database;
import java.io.IOException;
import java.util.Optional;

/**
 * The one way from a profile to its services, for the window and the command line alike: its SSH link, its stack
 * session (settings and paths resolved on the VM, the dbt project's directory among them), how its Prefect API and
 * its Airbyte API are reached. The faces differ only in the {@link LinkSource}: the window's rides on a connected
 * profile's live connection, the command line opens its own. Calls block: off the UI thread.
 */
public final class ServiceResolver {
    private final LinkSource links;
    private final StackSettingsStore stacks;
    private final PrefectSettingsStore prefect;
    private final AirbyteSettingsStore airbyte;

    public ServiceResolver(Database db, LinkSource links) {
        this.links = links;
        this.stacks = new StackSettingsStore(db);
        this.prefect = new PrefectSettingsStore(db);
        this.airbyte = new AirbyteSettingsStore(db);
    }

    public Optional<StackSettings> findStackSettings(String profile) {
        return stacks.find(profile);
    }

    /** The profile's stack over a link of its own for one action; closing the session ends the link. */
    public StackSession stack(Profile profile) throws IOException, SshFailure {
        return stack(profile, 1);
    }

    /** As {@link #stack(Profile)}, for a holder that keeps up to {@code channels} commands running at once. */
    public StackSession stack(Profile profile, int channels) throws IOException, SshFailure {
        StackSettings settings = stackSettings(profile);
        return StackSession.open(links.open(profile, channels), settings);
    }

    /** The profile's stack settings; an error saying how to set them when there are none. */
    public StackSettings stackSettings(Profile profile) {
        return stacks.get(profile.name());
    }

    /**
     * A link of its own for one action that finds the stack's paths in its own command (as {@code StackEnvFiles.read}
     * does: no round trip for the home directory first); closing it ends the link.
     */
    public SshLink link(Profile profile) throws SshFailure {
        return links.open(profile, 1);
    }

    /**
     * A link for one more long-lived reader (a log follower) next to {@code held}: a channel of the live connection
     * when the profile is connected, so it counts against the connection's limit; else {@code held} itself, shared.
     */
    public SshLink alongside(Profile profile, SshLink held) throws SshFailure {
        Optional<SshLink> onLive = links.live(profile, 1);
        return onLive.isPresent() ? onLive.get() : held.share(() -> { });
    }

    public PrefectRoute prefect(String profile) {
        return PrefectRoute.of(prefect.apiUrl(profile));
    }

    public AirbyteSettings airbyte(String profile) {
        return airbyte.get(profile);
    }
}
