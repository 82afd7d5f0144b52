package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Fingerprints and sizes exactly as {@code ssh-keygen -l} printed them for these keys. */
class HostKeyTest {
    static final HostKey ED25519 = HostKey.fromBase64("ssh-ed25519",
            "AAAAC3NzaC1lZDI1NTE5AAAAIEAgRy1xf5UXLTL7RvNfk7/65Cv9h6VrPucNUr7+Ldrk");
    static final HostKey RSA = HostKey.fromBase64("ssh-rsa", "AAAAB3NzaC1yc2EAAAADAQABAAABAQDi2zgRnIOTJAGixr+bb152ifoaaVnWFfrQJaNqNunCEbPJNU1WDn3zLIPHIbIXefGYgL/V9hhTiwyKpOwkv2tE1HK+hDKZwy5Qgvvy6xU6rPbwn2O2y/YbtVbzeX0pt77SmDeOXmLD+OgEnamyp1e4AIE3RIPabk0bDvZ97pgYy7NfJevJ198UvqOvYymlp2kuqNu4z/EJ2s7jrUxualZQUTIL2JHh25MPSZVvZbyYUwW6iTkUjnBNW6LlPJ+DD7exdZOjCPrnZrFjXvFUdZylMS1GVjh6/2BxmEEPP6/ZRutSSCMcg2IOOm7lf6d1PIJLpfqDxc8X8AJPcb0OqWLb");
    static final HostKey ECDSA = HostKey.fromBase64("ecdsa-sha2-nistp384", "AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBGmlZkLR7Qnbmn2tK5q01fNwOrE71xV8s64OCDptTS4RPSptXP8CKBGiqFnQvcKt6IAWyM3OMdwFcL96PkOFi6ASKO2duf5TyqnXb6oU2M5X30iBK7HZzfmw2NkX8oYh/A==");

    @Test
    void describesLikeSshKeygen() {
        assertThat(ED25519.describe("vm")).isEqualTo("256 SHA256:d5qULr2djDQB6M/vT4uBcWD1iawqOama2K0KlskgM2o vm (ED25519)");
        assertThat(RSA.describe("vm")).isEqualTo("2048 SHA256:kXBpdgvNR4YHcz0V18ZBX2a9jFxPk9dsOlCFspKzTg4 vm (RSA)");
        assertThat(ECDSA.describe("vm")).isEqualTo("384 SHA256:+CB/C1eDSZW2rLMlyFKGQh2i+i10hB8P0+u3TCSGqVQ vm (ECDSA)");
    }

    @Test
    void typeIsReadFromTheBlob() {
        assertThat(HostKey.fromBlob(RSA.blob()).type()).isEqualTo("ssh-rsa");
        assertThat(HostKey.fromBlob(ED25519.blob())).isEqualTo(ED25519);
    }
}
