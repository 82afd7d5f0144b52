package eltdeck.ui.testsupport;

import eltdeck.AppContext;
import eltdeck.profile.Profile;
import eltdeck.reach.LinkSource;
import eltdeck.reach.LiveSessions;
import eltdeck.reach.ServiceResolver;
import eltdeck.reach.SharedLinks;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.stack.StackSettings;
import eltdeck.stack.StackSettingsStore;
import eltdeck.ui.profile.SupervisorFactory;
import java.nio.file.Path;
import java.util.List;

/** The window's way to a profile's services as the app builds it: supervisors whose connections the actions share. */
public record WindowServices(ServiceResolver resolver, SupervisorFactory supervisors) {

    public static WindowServices of(AppContext context) {
        SshConnector connector = new SshConnector(NoPassphrase.SOURCE, null);
        LiveSessions live = new LiveSessions();
        return new WindowServices(new ServiceResolver(context.database(),
                new SharedLinks(live, LinkSource.own(connector, HostKeyPolicy.STRICT), SharedLinks.OPENSSH_MAX_SESSIONS)),
                SupervisorFactory.using(connector, HostKeyPolicy.STRICT).trackedIn(live));
    }

    /** Adds the profile as "vm", without tunnels, its stack in {@code stackDir} on the VM. */
    public static Profile addStackProfile(AppContext context, Profile profile, Path stackDir) {
        Profile vm = profile.withName("vm").withTunnels(List.of());
        context.profiles().add(vm);
        new StackSettingsStore(context.database()).save("vm",
                StackSettings.forRepository("example/elt-stack").withRemoteDir(stackDir.toString()));
        return vm;
    }
}
