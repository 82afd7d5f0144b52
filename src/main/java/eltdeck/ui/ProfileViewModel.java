package eltdeck.ui;

import eltdeck.profile.Profile;
import eltdeck.ssh.KnownHostsFile;
import eltdeck.ssh.SshFailure;
import eltdeck.tunnel.Activity;
import eltdeck.tunnel.ConnectionListener;
import eltdeck.tunnel.ConnectionState;
import eltdeck.tunnel.ConnectionSupervisor;
import eltdeck.tunnel.PortHolder;
import eltdeck.tunnel.TunnelStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One profile and its connection: state, tunnel rows and activity as properties, fed by the profile's
 * {@link ConnectionSupervisor} while connected. Apart from listener callbacks, used on the UI thread only.
 */
public final class ProfileViewModel {
    static final int MAX_ACTIVITY = 500;

    private final SupervisorFactory supervisors;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Profile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ConnectionState.DISCONNECTED);
    /** True from Connect until the supervisor is closed: tunnel actions and Disconnect apply. */
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyIntegerWrapper tunnelsUp = new ReadOnlyIntegerWrapper(this, "tunnelsUp");
    private final ObservableList<TunnelRow> tunnels =
            FXCollections.observableArrayList(row -> new Observable[] {row.kindProperty()});
    /** Newest first. */
    private final ObservableList<Activity> activity = FXCollections.observableArrayList();
    /** Built by the shell's {@link ProfileTabsFactory}; this class only hands them out. */
    private final ProfileTabs tabs;
    private final Consumer<String> alerts;
    private final ConnectionNews news = new ConnectionNews();
    private ConnectionSupervisor supervisor;

    public ProfileViewModel(Profile initial, SupervisorFactory supervisors, TaskRunner tasks) {
        this(initial, supervisors, new ProfileTabsFactory(StackServices.NONE, tasks), message -> { }, tasks);
    }

    /**
     * @param tabs    builds the view models of the profile's tabs
     * @param notices where news worth interrupting for is told: a run or deploy that ended, tunnels that dropped and
     *                came back
     */
    public ProfileViewModel(Profile initial, SupervisorFactory supervisors, ProfileTabsFactory tabs, Consumer<String> notices,
                            TaskRunner tasks) {
        this.supervisors = supervisors;
        this.tasks = tasks;
        this.alerts = notices;
        profile.set(initial);
        showProfileTunnels();
        this.tabs = tabs.create(this, notices);
    }

    /** The dbt tab: the project on the VM, its checks and results, and dbt runs. */
    public DbtViewModel dbt() {
        return tabs.dbt();
    }

    /** The profile's deploy panel; it opens its own SSH link, apart from the connection's. */
    public DeployViewModel deploy() {
        return tabs.deploy();
    }

    /** The profile's containers and their logs; live over a link of its own while its tab is shown. */
    public ContainersViewModel containers() {
        return tabs.containers();
    }

    /** The profile's .env editor; it opens its own SSH link, apart from the connection's. */
    public EnvEditorViewModel env() {
        return tabs.env();
    }

    /** Where the profile's Prefect API answers. */
    public PrefectEndpoint prefect() {
        return tabs.prefect();
    }

    /** The Flows tab: flows, schedules, runs started from there. */
    public FlowsViewModel flows() {
        return tabs.flows();
    }

    /** The Runs tab: recent runs of every flow. */
    public RunsViewModel runs() {
        return tabs.runs();
    }

    /** The Airbyte tab: connections, syncs and their jobs. */
    public AirbyteViewModel airbyte() {
        return tabs.airbyte();
    }

    public String name() {
        return profile.get().name();
    }

    public Profile profile() {
        return profile.get();
    }

    /** Takes a saved version of the profile; a connected one keeps its settings until the next connect. */
    public void setProfile(Profile saved) {
        Profile before = profile.get();
        profile.set(saved);
        if (!active.get()) {
            showProfileTunnels();
        } else if (!saved.equals(before)) {
            record(Activity.Level.INFO, "Profile saved; the changes apply at the next connect.", "");
        }
    }

    public void connect() {
        if (supervisor != null) {
            return;
        }
        ConnectionSupervisor s = supervisors.create(profile.get());
        supervisor = s;
        active.set(true);
        state.set(ConnectionState.CONNECTING);
        s.addListener(new Relay(s));
        tasks.run(s::start, () -> { }, e -> {
            record(Activity.Level.ERROR, "Could not start the connection: " + e.getMessage(), technical(e));
            closeInBackground(s);
        });
    }

    public void disconnect() {
        if (supervisor != null) {
            closeInBackground(supervisor);
        }
    }

    /** For the app's exit: hands the supervisor over to be closed there, forgetting it here. */
    ConnectionSupervisor detachSupervisor() {
        ConnectionSupervisor s = supervisor;
        supervisor = null;
        active.set(false);
        return s;
    }

    /** Stops a running tunnel or starts a stopped one; it stays so across reconnects. */
    public void toggleTunnel(TunnelRow row) {
        ConnectionSupervisor s = supervisor;
        if (s == null) {
            return;
        }
        boolean start = row.isStopped();
        tasks.run(() -> {
            if (start) {
                s.startTunnel(row.remotePort());
            } else {
                s.stopTunnel(row.remotePort());
            }
        }, () -> { }, this::recordFailure);
    }

    /** Moves a tunnel whose local port is busy to the free port found for it, for this session only. */
    public void useSuggestedPort(TunnelRow row) {
        ConnectionSupervisor s = supervisor;
        int port = row.suggestedPortProperty().get();
        if (s == null || port == 0) {
            return;
        }
        tasks.run(() -> s.mapLocalPort(row.remotePort(), port),
                () -> record(Activity.Level.INFO, row.label() + " now uses local port " + port
                        + " for this session; the profile keeps " + row.spec().localPort() + ".", ""),
                this::recordFailure);
    }

    /** The failure that ended the last attempt, when it was a changed host key; else null. */
    public SshFailure.HostKeyChange changedHostKey() {
        SshFailure f = state.get().failure();
        return f != null && f.kind() == SshFailure.Kind.HOST_KEY_CHANGED ? f.hostKeyChange() : null;
    }

    /** The user's confirmed answer to a changed host key: the new key replaces the saved one. */
    public void replaceKnownHostKey() {
        SshFailure.HostKeyChange change = changedHostKey();
        if (change == null) {
            return;
        }
        tasks.run(() -> new KnownHostsFile(change.knownHostsFile()).replace(change.hostId(), change.offered()),
                () -> {
                    record(Activity.Level.INFO, "Replaced the saved host key of " + change.hostId() + " in "
                            + change.knownHostsFile() + " with " + change.offered().fingerprint() + ". Connect again.", "");
                    state.set(ConnectionState.DISCONNECTED);
                },
                e -> record(Activity.Level.ERROR, "Could not update " + change.knownHostsFile() + ": " + e.getMessage(),
                        technical(e)));
    }

    void record(Activity.Level level, String message, String detail) {
        add(new Activity(Instant.now(), level, message, detail));
    }

    private void recordFailure(Exception e) {
        record(Activity.Level.ERROR, e.getMessage(), technical(e));
    }

    private void add(Activity a) {
        activity.add(0, a);
        if (activity.size() > MAX_ACTIVITY) {
            activity.remove(MAX_ACTIVITY, activity.size());
        }
    }

    private void onState(ConnectionSupervisor from, ConnectionState next) {
        if (from != supervisor) {
            return;
        }
        state.set(next);
        news.after(next).ifPresent(message -> alerts.accept(name() + ": " + message));
        if (next.kind() == ConnectionState.Kind.FAILED || next.kind() == ConnectionState.Kind.DISCONNECTED) {
            // The supervisor has given up (or was stopped): close it so the next Connect starts afresh.
            closeInBackground(from);
        }
    }

    private void onTunnels(ConnectionSupervisor from, List<TunnelStatus> statuses, Map<Integer, Integer> freePorts) {
        if (from != supervisor) {
            return;
        }
        for (TunnelStatus s : statuses) {
            for (TunnelRow row : tunnels) {
                if (row.remotePort() == s.spec().remotePort()) {
                    row.show(s, freePorts.getOrDefault(s.spec().remotePort(), 0));
                }
            }
        }
        countUp();
    }

    /** Closing waits for the supervisor's thread to end, so it never runs on the UI thread. */
    private void closeInBackground(ConnectionSupervisor s) {
        tasks.run(s::close, () -> released(s), e -> released(s));
    }

    private void released(ConnectionSupervisor s) {
        if (supervisor != s) {
            return;
        }
        supervisor = null;
        active.set(false);
        if (state.get().kind() != ConnectionState.Kind.FAILED) {
            state.set(ConnectionState.DISCONNECTED);
        }
        showProfileTunnels();
    }

    private void showProfileTunnels() {
        tunnels.setAll(profile.get().tunnels().stream().map(TunnelRow::new).toList());
        countUp();
    }

    private void countUp() {
        tunnelsUp.set((int) tunnels.stream().filter(TunnelRow::isUp).count());
    }

    static String technical(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(sb.length() == 0 ? "" : "\ncaused by: ").append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    public ReadOnlyObjectProperty<Profile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty tunnelsUpProperty() {
        return tunnelsUp.getReadOnlyProperty();
    }

    public ObservableList<TunnelRow> tunnels() {
        return tunnels;
    }

    public ObservableList<Activity> activity() {
        return activity;
    }

    /** "ops@bastion:2222", or "none". */
    static String jumpText(Profile p) {
        return p.jump() == null ? "none" : p.jump().toString();
    }

    /** How the login is made: "key ~/.ssh/id_ed25519, then the ssh-agent" etc. */
    static String loginText(Profile p) {
        if (p.identityFile() == null) {
            return "ssh-agent";
        }
        String key = "key " + HomePaths.shorten(p.identityFile());
        return p.useAgent() ? "ssh-agent, then " + key : key;
    }

    /** Carries the supervisor's news (on its threads) over to the UI thread. */
    private final class Relay implements ConnectionListener {
        private final ConnectionSupervisor owner;

        Relay(ConnectionSupervisor owner) {
            this.owner = owner;
        }

        @Override
        public void stateChanged(ConnectionState next) {
            tasks.onUi(() -> onState(owner, next));
        }

        @Override
        public void tunnelsChanged(List<TunnelStatus> statuses) {
            // Looking for a free port binds sockets: done here, on the supervisor's thread.
            Map<Integer, Integer> freePorts = new HashMap<>();
            for (TunnelStatus s : statuses) {
                if (TunnelRow.mayMove(s)) {
                    freePorts.put(s.spec().remotePort(), PortHolder.nextFree(s.localPort()));
                }
            }
            tasks.onUi(() -> onTunnels(owner, statuses, freePorts));
        }

        @Override
        public void activity(Activity a) {
            tasks.onUi(() -> add(a));
        }
    }
}
