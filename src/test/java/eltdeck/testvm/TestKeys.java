package eltdeck.testvm;

import eltdeck.ssh.KeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Private keys of every kind a user may bring, made by {@code ssh-keygen} in a directory of the test's
 * own (and one by our {@link KeyGenerator}). Each is made once per instance and reused.
 */
public final class TestKeys {
    public static final String PASSPHRASE = "correct horse battery staple";

    private final Path dir;
    private final Map<String, Key> made = new HashMap<>();

    public TestKeys(Path dir) {
        this.dir = dir;
    }

    /** A private key file and the public key line that authorizes it. */
    public record Key(String name, Path privateKey, String publicLine) {
        @Override
        public String toString() {
            return name;
        }
    }

    public Key ed25519() {
        return sshKeygen("id_ed25519", "", "-t", "ed25519");
    }

    public Key ecdsa() {
        return sshKeygen("id_ecdsa", "", "-t", "ecdsa", "-b", "256");
    }

    /** RSA in OpenSSH's own format (ssh-keygen's default since 7.8). */
    public Key rsa() {
        return sshKeygen("id_rsa", "", "-t", "rsa", "-b", "3072");
    }

    /** RSA in the old PEM format ({@code BEGIN RSA PRIVATE KEY}), as older tools and cloud consoles hand out. */
    public Key rsaPem() {
        return sshKeygen("id_rsa_pem", "", "-t", "rsa", "-b", "3072", "-m", "PEM");
    }

    /** ed25519 protected by {@link #PASSPHRASE}. */
    public Key encryptedEd25519() {
        return sshKeygen("id_ed25519_encrypted", PASSPHRASE, "-t", "ed25519");
    }

    /** An unencrypted ed25519 key written by ELT Deck's own key generator. */
    public Key eltDeck() {
        return once("id_eltdeck", () -> {
            try {
                KeyGenerator.GeneratedKey k = KeyGenerator.generate(dir.resolve("id_eltdeck"), "eltdeck-test", null);
                return new Key("KeyGenerator ed25519", k.privateKey(), k.publicLine());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Writes an authorized_keys file holding these keys. */
    public static Path authorize(Path authorizedKeys, Key... keys) {
        List<String> lines = new ArrayList<>();
        for (Key k : keys) {
            lines.add(k.publicLine());
        }
        try {
            Files.createDirectories(authorizedKeys.toAbsolutePath().getParent());
            Files.write(authorizedKeys, lines, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return authorizedKeys;
    }

    private Key sshKeygen(String name, String passphrase, String... typeArgs) {
        return once(name, () -> {
            Path file = dir.resolve(name);
            List<String> cmd = new ArrayList<>(List.of(Prerequisites.command("ssh-keygen").toString(), "-q"));
            cmd.addAll(List.of(typeArgs));
            cmd.addAll(List.of("-N", passphrase, "-C", name, "-f", file.toString()));
            Commands.run(cmd);
            try {
                String line = Files.readString(file.resolveSibling(name + ".pub"), StandardCharsets.US_ASCII).strip();
                return new Key(name, file, line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private synchronized Key once(String name, Supplier<Key> make) {
        return made.computeIfAbsent(name, n -> {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return make.get();
        });
    }
}
