package eltdeck.profile;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a profile before it is stored; every message names the field and how to fix it. */
public final class ProfileValidator {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[?[0-9A-Fa-f:]+\\]?");
    private static final Pattern USER = Pattern.compile("[A-Za-z_][A-Za-z0-9._-]{0,31}");

    private ProfileValidator() {
    }

    public static void check(Profile p) {
        List<String> problems = new ArrayList<>();
        if (p.name() == null || !NAME.matcher(p.name()).matches()) {
            problems.add("Name '" + p.name() + "': use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        if (p.host() == null || p.host().isBlank()) {
            problems.add("Host is empty: enter the VM's DNS name or IP address.");
        } else if (!HOST.matcher(p.host()).matches()) {
            problems.add("Host '" + p.host() + "' is not a valid DNS name or IP address.");
        }
        checkPort("Port", p.port(), problems);
        if (p.user() == null || !USER.matcher(p.user()).matches()) {
            problems.add("User '" + p.user() + "' is not a valid login name (letters, digits, '.', '_', '-').");
        }
        if (p.identityFile() == null && !p.useAgent()) {
            problems.add("No way to log in: choose an identity file, or use the ssh-agent.");
        }
        if (p.identityFile() != null && !Files.isReadable(p.identityFile())) {
            problems.add("Identity file " + p.identityFile() + " does not exist or cannot be read: pick the private key (not the .pub).");
        }
        if (p.jump() != null) {
            if (p.jump().host() == null || !HOST.matcher(p.jump().host()).matches()) {
                problems.add("Jump host '" + p.jump() + "' is not a valid host.");
            }
            checkPort("Jump host port", p.jump().port(), problems);
        }
        if (p.keepAlive().intervalSeconds() < 1 || p.keepAlive().intervalSeconds() > 3600) {
            problems.add("Keepalive interval must be between 1 and 3600 seconds.");
        }
        if (p.keepAlive().maxMisses() < 1 || p.keepAlive().maxMisses() > 100) {
            problems.add("Keepalive misses must be between 1 and 100.");
        }
        checkTunnels(p.tunnels(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
    }

    private static void checkTunnels(List<TunnelSpec> tunnels, List<String> problems) {
        Set<Integer> remote = new HashSet<>();
        Set<Integer> local = new HashSet<>();
        for (TunnelSpec t : tunnels) {
            checkPort("Tunnel '" + t.label() + "' remote port", t.remotePort(), problems);
            checkPort("Tunnel '" + t.label() + "' local port", t.localPort(), problems);
            if (!remote.add(t.remotePort())) {
                problems.add("Remote port " + t.remotePort() + " is forwarded twice: keep one tunnel per port.");
            }
            if (!local.add(t.localPort())) {
                problems.add("Local port " + t.localPort() + " is used by two tunnels: give each its own local port.");
            }
            if (t.mustKeepLocalPort() && t.localPort() != t.remotePort()) {
                problems.add("The Prefect API must stay on local port 4200: the Prefect UI in the browser calls localhost:4200 itself.");
            }
        }
    }

    private static void checkPort(String what, int port, List<String> problems) {
        if (port < 1 || port > 65535) {
            problems.add(what + " " + port + " is out of range: use 1-65535.");
        }
    }
}
