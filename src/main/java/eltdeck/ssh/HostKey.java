package eltdeck.ssh;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/** A server's public key as the SSH wire blob, with OpenSSH's ways of showing it. */
public record HostKey(String type, byte[] blob) {

    public static HostKey fromBlob(byte[] blob) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob))) {
            return new HostKey(new String(readString(in), StandardCharsets.US_ASCII), blob.clone());
        } catch (IOException e) {
            throw new IllegalArgumentException("Not an SSH public key blob", e);
        }
    }

    public static HostKey fromBase64(String type, String base64) {
        return new HostKey(type, Base64.getDecoder().decode(base64));
    }

    /** SHA256:… as OpenSSH prints it (unpadded base64). */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key's size in bits, as {@code ssh-keygen -l} reports it. */
    public int bits() {
        if (type.startsWith("ssh-ed25519")) {
            return 256;
        }
        if (type.startsWith("ecdsa-sha2-nistp")) {
            return Integer.parseInt(type.substring("ecdsa-sha2-nistp".length()));
        }
        if (type.equals("ssh-rsa")) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(blob))) {
                readString(in);
                readString(in);
                return new BigInteger(1, stripSign(readString(in))).bitLength();
            } catch (IOException e) {
                return 0;
            }
        }
        return 0;
    }

    /** ED25519, ECDSA, RSA: the short name ssh-keygen puts in parentheses. */
    public String shortType() {
        if (type.startsWith("ssh-ed25519")) {
            return "ED25519";
        }
        if (type.startsWith("ecdsa")) {
            return "ECDSA";
        }
        if (type.equals("ssh-rsa")) {
            return "RSA";
        }
        return type.toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code 256 SHA256:… host (ED25519)}, the form of {@code ssh-keygen -l}. */
    public String describe(String host) {
        return bits() + " " + fingerprint() + " " + host + " (" + shortType() + ")";
    }

    public String base64() {
        return Base64.getEncoder().encodeToString(blob);
    }

    public boolean sameKey(HostKey other) {
        return type.equals(other.type) && Arrays.equals(blob, other.blob);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HostKey k && sameKey(k);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(blob);
    }

    @Override
    public String toString() {
        return type + " " + fingerprint();
    }

    private static byte[] readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 16384) {
            throw new IOException("bad length");
        }
        return in.readNBytes(length);
    }

    private static byte[] stripSign(byte[] b) {
        return b.length > 1 && b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
    }
}
