package eltdeck.ssh;

import eltdeck.files.AtomicFile;
import eltdeck.profile.HostGlob;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An OpenSSH known_hosts file: plain and hashed ({@code |1|salt|hash}) host patterns, wildcards, negation,
 * {@code [host]:port}, and {@code @revoked} markers. Writes are atomic and keep {@code known_hosts.old}.
 */
public final class KnownHostsFile {
    private final Path file;

    public KnownHostsFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** The name OpenSSH looks up: {@code host} on port 22, {@code [host]:port} elsewhere. */
    public static String hostId(String host, int port) {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    public Verdict check(String hostId, HostKey offered) throws IOException {
        List<HostKey> sameType = new ArrayList<>();
        for (Entry e : entries()) {
            if (!e.matches(hostId)) {
                continue;
            }
            if (e.revoked && e.key.sameKey(offered)) {
                return new Verdict(Verdict.Kind.REVOKED, List.of(e.key));
            }
            if (!e.revoked && !e.certAuthority && e.key.type().equals(offered.type())) {
                if (e.key.sameKey(offered)) {
                    return new Verdict(Verdict.Kind.KNOWN, List.of(e.key));
                }
                sameType.add(e.key);
            }
        }
        return sameType.isEmpty() ? new Verdict(Verdict.Kind.UNKNOWN, List.of()) : new Verdict(Verdict.Kind.CHANGED, sameType);
    }

    /** Every usable key known for the host, so the client can prefer those key types. */
    public List<HostKey> keysFor(String hostId) throws IOException {
        List<HostKey> out = new ArrayList<>();
        for (Entry e : entries()) {
            if (!e.revoked && !e.certAuthority && e.matches(hostId)) {
                out.add(e.key);
            }
        }
        return out;
    }

    /** Appends the key, hashing the host name when the file's entries are hashed already. */
    public synchronized void add(String hostId, HostKey key) throws IOException {
        List<String> lines = lines();
        lines.add(line(hostId, key, isHashed(lines)));
        write(lines);
    }

    /**
     * Removes the entries of this host for the key's type and adds the new key: the explicit, confirmed
     * answer to a changed host key (like {@code ssh-keygen -R} followed by accepting the new key).
     */
    public synchronized void replace(String hostId, HostKey key) throws IOException {
        List<String> lines = lines();
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            Entry e = Entry.parse(line);
            boolean drop = e != null && !e.revoked && e.key.type().equals(key.type()) && e.matches(hostId);
            if (!drop) {
                kept.add(line);
            }
        }
        kept.add(line(hostId, key, isHashed(lines)));
        write(kept);
    }

    /** A file whose entries are all hashed (HashKnownHosts) keeps new host names hashed too. */
    private static boolean isHashed(List<String> lines) {
        List<String> entries = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        return !entries.isEmpty() && entries.stream().allMatch(l -> l.startsWith("|1|"));
    }

    private static String line(String hostId, HostKey key, boolean hashed) {
        return (hashed ? hash(hostId) : hostId) + " " + key.type() + " " + key.base64();
    }

    private List<Entry> entries() throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String line : lines()) {
            Entry e = Entry.parse(line);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    private List<String> lines() throws IOException {
        if (!Files.exists(file)) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    private void write(List<String> lines) throws IOException {
        AtomicFile.createPrivateDirectory(file.toAbsolutePath().getParent());
        if (Files.exists(file)) {
            Files.copy(file, file.resolveSibling(file.getFileName() + ".old"), StandardCopyOption.REPLACE_EXISTING);
        }
        AtomicFile.writeLines(file, lines.iterator(), true);
    }

    static String hash(String hostId) {
        byte[] salt = new byte[20];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder();
        return "|1|" + b64.encodeToString(salt) + "|" + b64.encodeToString(hmac(salt, hostId));
    }

    private static byte[] hmac(byte[] salt, String hostId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(salt, "HmacSHA1"));
            return mac.doFinal(hostId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of looking a host's key up. */
    public record Verdict(Kind kind, List<HostKey> knownKeys) {
        public enum Kind { KNOWN, UNKNOWN, CHANGED, REVOKED }
    }

    private record Entry(String hosts, HostKey key, boolean revoked, boolean certAuthority) {

        static Entry parse(String raw) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                return null;
            }
            String[] f = line.split("\\s+");
            int i = 0;
            boolean revoked = false;
            boolean ca = false;
            if (f[0].startsWith("@")) {
                revoked = f[0].equals("@revoked");
                ca = f[0].equals("@cert-authority");
                i = 1;
            }
            if (f.length < i + 3) {
                return null;
            }
            try {
                return new Entry(f[i], HostKey.fromBase64(f[i + 1], f[i + 2]), revoked, ca);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        boolean matches(String hostId) {
            if (hosts.startsWith("|1|")) {
                String[] parts = hosts.split("\\|");
                if (parts.length != 4) {
                    return false;
                }
                try {
                    byte[] salt = Base64.getDecoder().decode(parts[2]);
                    byte[] expected = Base64.getDecoder().decode(parts[3]);
                    return MessageDigest.isEqual(expected, hmac(salt, hostId));
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            boolean matched = false;
            for (String pattern : hosts.split(",")) {
                if (pattern.startsWith("!")) {
                    if (HostGlob.matches(pattern.substring(1), hostId)) {
                        return false;
                    }
                } else if (HostGlob.matches(pattern, hostId)) {
                    matched = true;
                }
            }
            return matched;
        }
    }
}
