package eltdeck.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/** Makes ed25519 key pairs in OpenSSH's format (as {@code ssh-keygen -t ed25519} does), optionally encrypted. */
public final class KeyGenerator {
    /** bcrypt KDF rounds, ssh-keygen's default. */
    private static final int KDF_ROUNDS = 16;

    private KeyGenerator() {
    }

    /**
     * Writes FILE (mode 0600) and FILE.pub; refuses to overwrite either.
     *
     * @param passphrase empty or null for an unencrypted key
     */
    public static GeneratedKey generate(Path file, String comment, char[] passphrase) throws IOException {
        Path pub = file.resolveSibling(file.getFileName() + ".pub");
        for (Path p : new Path[] {file, pub}) {
            if (Files.exists(p)) {
                throw new FileAlreadyExistsException(p.toString(), null,
                        "exists already: choose another file name (an existing key is never overwritten)");
            }
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] secret = passphrase == null || passphrase.length == 0 ? null
                : new String(passphrase).getBytes(StandardCharsets.UTF_8);
        KeyPair pair = null;
        try {
            pair = KeyPair.genKeyPair(new JSch(), KeyPair.ED25519);
            pair.setPublicKeyComment(comment == null ? "" : comment);
            ByteArrayOutputStream privateKey = new ByteArrayOutputStream();
            pair.writeOpenSSHv1PrivateKey(privateKey, secret, "aes256-ctr", KDF_ROUNDS);
            ByteArrayOutputStream publicKey = new ByteArrayOutputStream();
            pair.writePublicKey(publicKey, comment == null ? "" : comment);
            writePrivate(file, privateKey.toByteArray());
            Files.write(pub, publicKey.toByteArray(), StandardOpenOption.CREATE_NEW);
            String publicLine = publicKey.toString(StandardCharsets.US_ASCII).trim();
            return new GeneratedKey(file, pub, publicLine, HostKey.fromBlob(pair.getPublicKeyBlob()).fingerprint());
        } catch (JSchException e) {
            throw new IOException("Cannot generate an ed25519 key: " + e.getMessage(), e);
        } finally {
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
            if (pair != null) {
                pair.dispose();
            }
        }
    }

    private static void writePrivate(Path file, byte[] content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** A new key pair on disk. */
    public record GeneratedKey(Path privateKey, Path publicKey, String publicLine, String fingerprint) {

        /**
         * The command that authorizes the key on the VM, run there as the profile's user: idempotent, and it
         * creates ~/.ssh with the permissions sshd insists on.
         */
        public String authorizeCommand() {
            String quoted = ShellQuote.quote(publicLine);
            return "mkdir -p ~/.ssh && chmod 700 ~/.ssh && touch ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys"
                    + " && (grep -qxF " + quoted + " ~/.ssh/authorized_keys || echo " + quoted + " >> ~/.ssh/authorized_keys)";
        }
    }
}
