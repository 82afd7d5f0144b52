package eltdeck.profile;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a profile before it is stored; every message names the field and how to fix it, and says which field it is
 * about (so a form can show it on that field).
 */
public final class ProfileValidator {
    public static final String NAME_FIELD = "name";
    public static final String HOST_FIELD = "host";
    public static final String PORT_FIELD = "port";
    public static final String USER_FIELD = "user";
    public static final String IDENTITY_FIELD = "identity";
    public static final String JUMP_FIELD = "jump";
    public static final String KEEPALIVE_SECONDS_FIELD = "keepAliveSeconds";
    public static final String KEEPALIVE_MISSES_FIELD = "keepAliveMisses";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[?[0-9A-Fa-f:]+\\]?");
    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,31}");

    /** A problem and the field it is about (one of the {@code *_FIELD} names, or {@link #tunnelField}). */
    public record Problem(String field, String message) {
    }

    private ProfileValidator() {
    }

    /** The field name of the {@code index}-th tunnel's {@code part}: "label", "remote" or "local". */
    public static String tunnelField(int index, String part) {
        return "tunnel." + index + "." + part;
    }

    public static void check(Profile p) {
        List<Problem> problems = problems(p);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems.stream().map(Problem::message).toList());
        }
    }

    /** Every problem of {@code p} at once, in the order of the form's fields. */
    public static List<Problem> problems(Profile p) {
        List<Problem> problems = new ArrayList<>();
        if (p.name() == null || !NAME.matcher(p.name()).matches()) {
            problems.add(new Problem(NAME_FIELD, p.name() == null || p.name().isEmpty()
                    ? "Name is empty: use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit."
                    : "Name '" + p.name() + "': use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit."));
        }
        if (p.host() == null || p.host().isBlank()) {
            problems.add(new Problem(HOST_FIELD, "Host is empty: enter the VM's DNS name or IP address."));
        } else if (!HOST.matcher(p.host()).matches()) {
            problems.add(new Problem(HOST_FIELD, "Host '" + p.host() + "' is not a valid DNS name or IP address."));
        }
        checkPort(PORT_FIELD, "Port", p.port(), problems);
        if (p.user() == null || !USER.matcher(p.user()).matches()) {
            problems.add(new Problem(USER_FIELD, "User '" + p.user() + "' is not a valid login name (letters, digits, '.', '_', '-')."));
        }
        if (p.identityFile() == null && !p.useAgent()) {
            problems.add(new Problem(IDENTITY_FIELD, "No way to log in: choose an identity file, or use the ssh-agent."));
        }
        if (p.identityFile() != null && !Files.isReadable(p.identityFile())) {
            problems.add(new Problem(IDENTITY_FIELD, "Identity file " + p.identityFile()
                    + " does not exist or cannot be read: pick the private key (not the .pub)."));
        }
        if (p.jump() != null) {
            if (p.jump().host() == null || !HOST.matcher(p.jump().host()).matches()) {
                problems.add(new Problem(JUMP_FIELD, "Jump host '" + p.jump() + "' is not a valid host."));
            }
            checkPort(JUMP_FIELD, "Jump host port", p.jump().port(), problems);
        }
        if (p.keepAlive().intervalSeconds() < 1 || p.keepAlive().intervalSeconds() > 3600) {
            problems.add(new Problem(KEEPALIVE_SECONDS_FIELD, "Keepalive interval must be between 1 and 3600 seconds."));
        }
        if (p.keepAlive().maxMisses() < 1 || p.keepAlive().maxMisses() > 100) {
            problems.add(new Problem(KEEPALIVE_MISSES_FIELD, "Keepalive misses must be between 1 and 100."));
        }
        checkTunnels(p.tunnels(), problems);
        return problems;
    }

    private static void checkTunnels(List<TunnelSpec> tunnels, List<Problem> problems) {
        Set<Integer> remote = new HashSet<>();
        Set<Integer> local = new HashSet<>();
        for (int i = 0; i < tunnels.size(); i++) {
            TunnelSpec t = tunnels.get(i);
            checkPort(tunnelField(i, "remote"), "Tunnel '" + t.label() + "' remote port", t.remotePort(), problems);
            checkPort(tunnelField(i, "local"), "Tunnel '" + t.label() + "' local port", t.localPort(), problems);
            if (!remote.add(t.remotePort())) {
                problems.add(new Problem(tunnelField(i, "remote"), "Remote port " + t.remotePort()
                        + " is forwarded twice: keep one tunnel per port."));
            }
            if (!local.add(t.localPort())) {
                problems.add(new Problem(tunnelField(i, "local"), "Local port " + t.localPort()
                        + " is used by two tunnels: give each its own local port."));
            }
            if (t.mustKeepLocalPort() && t.localPort() != t.remotePort()) {
                problems.add(new Problem(tunnelField(i, "local"), "The Prefect API must stay on local port 4200: the Prefect UI"
                        + " in the browser calls localhost:4200 itself."));
            }
        }
    }

    private static void checkPort(String field, String what, int port, List<Problem> problems) {
        if (port < 1 || port > 65535) {
            problems.add(new Problem(field, what + " " + port + " is out of range: use 1-65535."));
        }
    }
}
