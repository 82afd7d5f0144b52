package eltdeck.ui;

import eltdeck.profile.InvalidProfileException;
import eltdeck.profile.JumpHost;
import eltdeck.profile.Profile;
import eltdeck.profile.ProfileValidator;
import eltdeck.profile.TunnelSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The profile dialog's fields as typed, taken on the UI thread and turned into a {@link Profile} in the
 * background. Every problem is reported at once: typing errors (a port that is not a number) together
 * with what {@link ProfileValidator} finds.
 */
record ProfileDraft(String name, String host, String port, String user, String identityFile, boolean useAgent,
                    String jumpHost, String knownHosts, String keepAliveSeconds, String keepAliveMisses,
                    List<Tunnel> tunnels) {

    record Tunnel(String label, String remotePort, String localPort) {
    }

    /** The profile, or an {@link InvalidProfileException} listing every problem. */
    Profile toProfile() {
        List<String> problems = new ArrayList<>();
        String userName = trim(user);
        // An unreadable number is reported here and replaced by a valid one, so the validator adds no echo of it.
        int sshPort = number("Port", port, 22, problems);
        JumpHost jump = null;
        if (!trim(jumpHost).isEmpty()) {
            try {
                jump = JumpHost.parse(trim(jumpHost), userName);
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        Profile.KeepAlive keepAlive = new Profile.KeepAlive(
                number("Keepalive interval", keepAliveSeconds, Profile.KeepAlive.DEFAULT.intervalSeconds(), problems),
                number("Keepalive misses", keepAliveMisses, Profile.KeepAlive.DEFAULT.maxMisses(), problems));
        List<TunnelSpec> specs = new ArrayList<>();
        for (Tunnel t : tunnels) {
            String label = trim(t.label());
            if (label.isEmpty()) {
                problems.add("A tunnel has no label: name it after the service it reaches.");
            }
            int before = problems.size();
            int remote = number("Tunnel '" + label + "' remote port", t.remotePort(), 0, problems);
            int local = number("Tunnel '" + label + "' local port", t.localPort(), 0, problems);
            if (problems.size() == before) {
                specs.add(new TunnelSpec(label, remote, local));
            }
        }
        Profile profile = new Profile(trim(name), trim(host), sshPort, userName, HomePaths.expand(identityFile), useAgent,
                jump, HomePaths.expand(knownHosts), keepAlive, specs);
        try {
            ProfileValidator.check(profile);
        } catch (InvalidProfileException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return profile;
    }

    private static int number(String what, String text, int fallback, List<String> problems) {
        try {
            return Integer.parseInt(trim(text));
        } catch (NumberFormatException e) {
            problems.add(what + " '" + trim(text) + "' is not a number.");
            return fallback;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
