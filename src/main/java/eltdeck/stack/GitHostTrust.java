package eltdeck.stack;

import eltdeck.ssh.HostKey;
import eltdeck.ssh.RemoteCommand;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Puts a git host's SSH host keys into the VM's {@code ~/.ssh/known_hosts}, trusting only keys whose fingerprints the
 * host publishes: {@code ssh-keyscan} on the VM fetches whatever answers, and a key matching no published fingerprint
 * is never written. Entries for the host that match none (a rotated-out key) are replaced, since ssh would refuse
 * the host with them in place.
 */
public final class GitHostTrust {
    /** github.com's published fingerprints (docs.github.com "GitHub's SSH key fingerprints"; RSA as rotated in March 2023). */
    public static final GitHostTrust GITHUB = new GitHostTrust("github.com", 22, Set.of(
            "SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU",
            "SHA256:p2QAMXNIC1TJYWeIOttrVc98/R1BUFWu3/LiyKgUfQM",
            "SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"));

    private static final String KNOWN_HOSTS = "$HOME/.ssh/known_hosts";
    /** Appends its stdin to the VM's known_hosts, made private to the user. */
    static final RemoteCommand APPEND = RemoteCommand.script("umask 077 && mkdir -p \"$HOME/.ssh\" && cat >> \"" + KNOWN_HOSTS + "\"");

    private final String host;
    private final int port;
    private final Set<String> published;

    public GitHostTrust(String host, int port, Set<String> publishedFingerprints) {
        this.host = host;
        this.port = port;
        this.published = Set.copyOf(publishedFingerprints);
    }

    /** The trust that applies to a repository URL: GitHub's for an ssh URL on github.com, none for any other. */
    public static Optional<GitHostTrust> forRepository(String repositoryUrl) {
        return GitUrl.sshHost(repositoryUrl).filter("github.com"::equals).map(h -> GITHUB);
    }

    /** How known_hosts names the host: {@code [host]:port} unless the port is 22. */
    String knownHostsName() {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    /** Scans the host from the VM and makes known_hosts hold exactly its published keys; says what it did. */
    public Outcome ensureKnown(RemoteShell shell) throws IOException {
        Map<String, HostKey> offered = scan(shell);
        List<HostKey> verified = offered.values().stream().filter(k -> published.contains(k.fingerprint())).toList();
        if (verified.isEmpty()) {
            throw new IOException("The host keys " + host + " offered to the VM (" + String.join(", ", offered.keySet())
                    + ") match none of its published fingerprints; nothing was trusted. Something between the VM and "
                    + host + " may be intercepting SSH: check the VM's DNS and network.");
        }
        List<HostKey> known = known(shell);
        boolean stale = known.stream().anyMatch(k -> !published.contains(k.fingerprint()));
        if (stale) {
            must(shell.run(forgetCommand(), null, null),
                    "Cannot remove the outdated " + host + " keys from the VM's known_hosts");
            known = List.of();
        }
        List<HostKey> toAdd = new ArrayList<>();
        for (HostKey key : verified) {
            if (known.stream().noneMatch(key::sameKey)) {
                toAdd.add(key);
            }
        }
        if (!toAdd.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            toAdd.forEach(k -> lines.append(knownHostsName()).append(' ').append(k.type()).append(' ').append(k.base64()).append('\n'));
            must(shell.run(APPEND,
                    new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.US_ASCII)), null),
                    "Cannot write the VM's known_hosts");
        }
        return new Outcome(host, toAdd.stream().map(HostKey::fingerprint).toList(),
                verified.stream().filter(v -> !toAdd.contains(v)).map(HostKey::fingerprint).toList(), stale);
    }

    /** What answered, by fingerprint; ssh-keyscan prints "name type base64" lines and comments on stderr. */
    private Map<String, HostKey> scan(RemoteShell shell) throws IOException {
        RemoteShell.Result r = shell.run(List.of("ssh-keyscan", "-T", "10", "-p", String.valueOf(port),
                "-t", "ed25519,ecdsa,rsa", host), null);
        Map<String, HostKey> keys = new LinkedHashMap<>();
        parseKeyLines(r.stdout()).forEach(k -> keys.put(k.fingerprint(), k));
        if (keys.isEmpty()) {
            throw new IOException("ssh-keyscan on the VM got no host key from " + host + " port " + port
                    + (r.output().isBlank() ? "" : ": " + r.output().strip()) + ". Check that the VM can reach it.");
        }
        return keys;
    }

    private List<HostKey> known(RemoteShell shell) throws IOException {
        RemoteShell.Result r = shell.run(knownCommand(), null, null);
        return parseKeyLines(r.stdout());
    }

    /** Removes every known_hosts entry of the host. */
    RemoteCommand forgetCommand() {
        return RemoteCommand.script("ssh-keygen -R \"$1\" -f \"" + KNOWN_HOSTS + "\"", knownHostsName());
    }

    /** Prints the host's known_hosts entries; nothing when there are none or no known_hosts. */
    RemoteCommand knownCommand() {
        return RemoteCommand.script("test -f \"" + KNOWN_HOSTS + "\" || exit 0; ssh-keygen -F \"$1\" -f \"" + KNOWN_HOSTS
                + "\" || true", knownHostsName());
    }

    static List<HostKey> parseKeyLines(String text) {
        List<HostKey> keys = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 3 && !parts[0].startsWith("#")) {
                try {
                    keys.add(HostKey.fromBase64(parts[1], parts[2]));
                } catch (IllegalArgumentException e) {
                    // not a key line
                }
            }
        }
        return keys;
    }

    private static void must(RemoteShell.Result r, String what) throws IOException {
        if (!r.ok()) {
            throw new IOException(what + ": " + r.output().strip());
        }
    }

    /** Fingerprints added now and those already trusted; {@code replaced}: outdated entries were removed first. */
    public record Outcome(String host, List<String> added, List<String> alreadyKnown, boolean replaced) {
        public String describe() {
            return added.isEmpty() && !replaced ? host + " is already in the VM's known_hosts (" + String.join(", ", alreadyKnown) + ")."
                    : (replaced ? "Replaced outdated " + host + " keys; " : "") + "added " + host + " to the VM's known_hosts: "
                    + String.join(", ", added) + " (each matches a fingerprint " + host + " publishes).";
        }
    }
}
