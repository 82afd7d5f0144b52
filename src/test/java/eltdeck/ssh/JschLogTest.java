package eltdeck.ssh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.ui.testsupport.AppLog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSch's own messages reach the app's rolling log file, at the level the app ships with (WARN and above). */
class JschLogTest {
    @TempDir
    Path dir;

    @Test
    void jschWarningsReachTheRollingLogAndItsChatterDoesNot() throws Exception {
        try (EmbeddedSshd sshd = EmbeddedSshd.start("deck", Files.writeString(dir.resolve("authorized_keys"), ""));
             AppLog log = AppLog.asShipped(dir.resolve("home"))) {
            // The app's connector puts the bridge in place for every JSch session of the process.
            new SshConnector(null, null);
            JSch jsch = new JSch();
            jsch.setKnownHosts(Files.createFile(dir.resolve("known_hosts")).toString());
            Session session = jsch.getSession("deck", sshd.host(), sshd.port());
            // Accepting an unknown host key is one thing JSch warns about; the login then fails (no key offered).
            session.setConfig("StrictHostKeyChecking", "no");
            session.setConfig("PreferredAuthentications", "publickey");

            assertThatThrownBy(() -> session.connect(10_000)).isInstanceOf(JSchException.class);

            assertThat(log.text())
                    .contains("WARN", "com.jcraft.jsch.JSch", "Permanently added '[127.0.0.1]:" + sshd.port() + "'")
                    .as("JSch's INFO lines stay out at the shipped level").doesNotContain("Connecting to");
        }
    }
}
