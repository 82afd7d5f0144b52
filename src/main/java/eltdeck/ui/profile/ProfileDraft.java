package eltdeck.ui.profile;

import eltdeck.profile.InvalidProfileException;
import eltdeck.profile.JumpHost;
import eltdeck.profile.Profile;
import eltdeck.profile.ProfileValidator.Problem;
import eltdeck.profile.ProfileValidator;
import eltdeck.profile.TunnelSpec;
import eltdeck.ui.common.HomePaths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The profile dialog's fields as typed, turned into a {@link Profile}. Every problem is reported at once, each with
 * its field: typing errors (a port that is not a number) together with what {@link ProfileValidator} finds and a
 * name another profile has.
 */
record ProfileDraft(String name, String host, String port, String user, String identityFile, boolean useAgent,
                    String jumpHost, String knownHosts, String keepAliveSeconds, String keepAliveMisses,
                    List<Tunnel> tunnels) {

    record Tunnel(String label, String remotePort, String localPort) {
    }

    /** The profile, or an {@link InvalidProfileException} listing every problem. */
    Profile toProfile() {
        List<Problem> problems = new ArrayList<>();
        Profile profile = read(problems);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems.stream().map(Problem::message).toList());
        }
        return profile;
    }

    /** Every problem at once; {@code otherNames} are the names of the other profiles (a name must be new). */
    List<Problem> problems(Collection<String> otherNames) {
        List<Problem> problems = new ArrayList<>();
        Profile profile = read(problems);
        if (otherNames.stream().anyMatch(n -> n.equalsIgnoreCase(profile.name()))) {
            problems.add(0, new Problem(ProfileValidator.NAME_FIELD, "A profile named '" + profile.name()
                    + "' exists already: choose another name."));
        }
        return problems;
    }

    /** The profile as far as it can be read; the problems found go to {@code problems}. */
    private Profile read(List<Problem> problems) {
        String userName = trim(user);
        // An unreadable number is reported here and replaced by a valid one, so the validator adds no echo of it.
        int sshPort = number(ProfileValidator.PORT_FIELD, "Port", port, 22, problems);
        JumpHost jump = null;
        if (!trim(jumpHost).isEmpty()) {
            try {
                jump = JumpHost.parse(trim(jumpHost), userName);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(ProfileValidator.JUMP_FIELD, e.getMessage()));
            }
        }
        Profile.KeepAlive keepAlive = new Profile.KeepAlive(
                number(ProfileValidator.KEEPALIVE_SECONDS_FIELD, "Keepalive interval", keepAliveSeconds,
                        Profile.KeepAlive.DEFAULT.intervalSeconds(), problems),
                number(ProfileValidator.KEEPALIVE_MISSES_FIELD, "Keepalive misses", keepAliveMisses,
                        Profile.KeepAlive.DEFAULT.maxMisses(), problems));
        List<TunnelSpec> specs = new ArrayList<>();
        // The validator numbers the tunnels it is given; those with a typing error are left out, so map back.
        List<Integer> rowOfSpec = new ArrayList<>();
        for (int i = 0; i < tunnels.size(); i++) {
            Tunnel t = tunnels.get(i);
            String label = trim(t.label());
            if (label.isEmpty()) {
                problems.add(new Problem(ProfileValidator.tunnelField(i, "label"),
                        "A tunnel has no label: name it after the service it reaches."));
            }
            int before = problems.size();
            int remote = number(ProfileValidator.tunnelField(i, "remote"), "Tunnel '" + label + "' remote port",
                    t.remotePort(), 0, problems);
            int local = number(ProfileValidator.tunnelField(i, "local"), "Tunnel '" + label + "' local port",
                    t.localPort(), 0, problems);
            if (problems.size() == before) {
                specs.add(new TunnelSpec(label, remote, local));
                rowOfSpec.add(i);
            }
        }
        Profile profile = new Profile(trim(name), trim(host), sshPort, userName, HomePaths.expand(identityFile), useAgent,
                jump, HomePaths.expand(knownHosts), keepAlive, specs);
        for (Problem p : ProfileValidator.problems(profile)) {
            problems.add(new Problem(tunnelRow(p.field(), rowOfSpec), p.message()));
        }
        return profile;
    }

    /** "tunnel.1.local" of the validator's list as the form's row ("tunnel.3.local"); other fields as they are. */
    private static String tunnelRow(String field, List<Integer> rowOfSpec) {
        String[] parts = field.split("\\.");
        return parts.length == 3 && parts[0].equals("tunnel")
                ? ProfileValidator.tunnelField(rowOfSpec.get(Integer.parseInt(parts[1])), parts[2]) : field;
    }

    private static int number(String field, String what, String text, int fallback, List<Problem> problems) {
        try {
            return Integer.parseInt(trim(text));
        } catch (NumberFormatException e) {
            problems.add(new Problem(field, what + " '" + trim(text) + "' is not a number."));
            return fallback;
        }
    }

    private static String trim(String s) {
        return s == null ? "" : s.strip();
    }
}
