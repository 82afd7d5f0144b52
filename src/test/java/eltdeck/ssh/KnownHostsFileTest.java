package eltdeck.ssh;

import static eltdeck.ssh.HostKeyTest.ECDSA;
import static eltdeck.ssh.HostKeyTest.ED25519;
import static eltdeck.ssh.HostKeyTest.RSA;
import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.ssh.KnownHostsFile.Verdict.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHostsFileTest {
    @TempDir
    Path dir;

    private KnownHostsFile file(String... lines) throws IOException {
        Path p = dir.resolve("known_hosts");
        Files.write(p, List.of(lines));
        return new KnownHostsFile(p);
    }

    private static String line(String hosts, HostKey key) {
        return hosts + " " + key.type() + " " + key.base64();
    }

    @Test
    void plainEntryIsKnownAndOtherKeyOfSameTypeIsChanged() throws IOException {
        KnownHostsFile kh = file("# comment", "", line("vm.example.com,10.0.0.5", ED25519));
        assertThat(kh.check("10.0.0.5", ED25519).kind()).isEqualTo(Kind.KNOWN);
        HostKey other = HostKey.fromBase64("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIEsfPCayjImxTXsYUQeXcDp8Ii8I97FXsrWQW0/2AUum");
        KnownHostsFile.Verdict v = kh.check("vm.example.com", other);
        assertThat(v.kind()).isEqualTo(Kind.CHANGED);
        assertThat(v.knownKeys()).containsExactly(ED25519);
        assertThat(kh.check("elsewhere", ED25519).kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void keyOfAnotherTypeIsUnknownNotChanged() throws IOException {
        assertThat(file(line("vm", ED25519)).check("vm", RSA).kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void nonStandardPortUsesBracketForm() throws IOException {
        KnownHostsFile kh = file(line("[vm]:2222", ED25519));
        assertThat(KnownHostsFile.hostId("vm", 2222)).isEqualTo("[vm]:2222");
        assertThat(kh.check("[vm]:2222", ED25519).kind()).isEqualTo(Kind.KNOWN);
        assertThat(kh.check("vm", ED25519).kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void hashedEntriesMatch() throws IOException {
        String hashed = KnownHostsFile.hash("vm.example.com");
        KnownHostsFile kh = file(line(hashed, ECDSA));
        assertThat(kh.check("vm.example.com", ECDSA).kind()).isEqualTo(Kind.KNOWN);
        assertThat(kh.check("vm.example.org", ECDSA).kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void wildcardsAndNegation() throws IOException {
        KnownHostsFile kh = file(line("*.example.com,!secret.example.com", ED25519));
        assertThat(kh.check("a.example.com", ED25519).kind()).isEqualTo(Kind.KNOWN);
        assertThat(kh.check("secret.example.com", ED25519).kind()).isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void revokedKeyIsRefusedEvenIfAlsoListed() throws IOException {
        KnownHostsFile kh = file("@revoked * " + ED25519.type() + " " + ED25519.base64(), line("vm", ED25519));
        assertThat(kh.check("vm", ED25519).kind()).isEqualTo(Kind.REVOKED);
    }

    @Test
    void addCreatesThePrivateFileAndHashesWhenTheFileIsHashed() throws IOException {
        KnownHostsFile fresh = new KnownHostsFile(dir.resolve("sub/known_hosts"));
        fresh.add("[vm]:2222", ED25519);
        assertThat(Files.readAllLines(fresh.path())).containsExactly(line("[vm]:2222", ED25519));
        assertThat(Files.getPosixFilePermissions(fresh.path())).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        KnownHostsFile hashed = file(line(KnownHostsFile.hash("a"), RSA));
        hashed.add("b", ED25519);
        assertThat(Files.readAllLines(hashed.path()).get(1)).startsWith("|1|").doesNotContain(" b ");
        assertThat(hashed.check("b", ED25519).kind()).isEqualTo(Kind.KNOWN);
    }

    @Test
    void replaceSwapsOnlyThatHostsKeyAndKeepsABackup() throws IOException {
        HostKey newKey = HostKey.fromBase64("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIEsfPCayjImxTXsYUQeXcDp8Ii8I97FXsrWQW0/2AUum");
        KnownHostsFile kh = file(line("vm", ED25519), line("vm", RSA), line("other", ED25519));
        kh.replace("vm", newKey);
        assertThat(kh.check("vm", newKey).kind()).isEqualTo(Kind.KNOWN);
        assertThat(kh.check("vm", RSA).kind()).isEqualTo(Kind.KNOWN);
        assertThat(kh.check("other", ED25519).kind()).isEqualTo(Kind.KNOWN);
        assertThat(Files.readAllLines(dir.resolve("known_hosts.old"))).contains(line("vm", ED25519));
    }
}
