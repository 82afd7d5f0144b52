package eltdeck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eltdeck.AppContext;
import eltdeck.profile.Secrets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeygenCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesAnOpenSshKeyThatSshKeygenReadsAndPrintsHowToAuthorizeIt() throws Exception {
        AppContext context = AppContext.open(dir.resolve("home"), Secrets.none());
        Path key = dir.resolve("id_test");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("correct horse\n".getBytes(StandardCharsets.UTF_8)));
            CliRun run = CliRun.of(context, "keygen", key.toString(), "--comment", "ada@laptop", "--passphrase-stdin");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("(passphrase protected)").contains("ssh-ed25519 AAAA").contains("authorized_keys");
        } finally {
            System.setIn(stdin);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(Files.readString(key)).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        String publicLine = Files.readString(dir.resolve("id_test.pub")).trim();
        assertThat(publicLine).startsWith("ssh-ed25519 ").endsWith(" ada@laptop");
        assertThat(sshKeygen("-y", "-P", "correct horse", "-f", key.toString())).startsWith(publicLine.substring(0, 80));

        CliRun again = CliRun.of(context, "keygen", key.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("exists already");
    }

    private static String sshKeygen(String... args) throws IOException, InterruptedException {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("ssh-keygen"));
        cmd.addAll(java.util.List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
