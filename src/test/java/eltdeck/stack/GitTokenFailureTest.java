package eltdeck.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eltdeck.secret.Secret;
import eltdeck.ssh.HostKeyPolicy;
import eltdeck.ssh.KeyGenerator;
import eltdeck.ssh.NoPassphrase;
import eltdeck.ssh.SshConnector;
import eltdeck.ssh.SshLink;
import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.TestSshServer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clone whose token the git server refuses: git on the "VM" (this machine, through the embedded sshd) does send
 * the token, and neither the failure's message nor the lines shown to the user hold it.
 */
class GitTokenFailureTest {
    private static final String TOKEN = "ghp_refusedcanary9931";

    @Test
    void aRefusedTokenFailsTheSyncWithAMessageThatDoesNotHoldIt(@TempDir Path dir) throws Exception {
        List<String> authorizations = new java.util.concurrent.CopyOnWriteArrayList<>();
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "git", null);
        try (MockWebServer git = new MockWebServer();
             TestSshServer sshd = EmbeddedSshd.admitting(key, dir);
             SshLink link = new SshConnector(NoPassphrase.SOURCE, null)
                     .connect(sshd.profile(key.privateKey(), sshd.writeKnownHosts(dir.resolve("known_hosts"))), HostKeyPolicy.STRICT)) {
            git.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    String authorization = request.getHeaders().get("Authorization");
                    if (authorization != null) {
                        authorizations.add(authorization);
                    }
                    return new MockResponse.Builder().code(401).addHeader("WWW-Authenticate", "Basic realm=\"git\"")
                            .body("Bad credentials").build();
                }
            });
            git.start(InetAddress.getLoopbackAddress(), 0);
            String url = "http://127.0.0.1:" + git.getPort() + "/org/stack.git";
            StackSettings settings = new StackSettings(url, "main", dir.resolve("clone").toString(), "docker", "agent",
                    "~/flows", "dbt", "/root/dbt");
            RemoteShell shell = new RemoteShell(link);
            RepositorySync sync = new RepositorySync(shell, settings, StackPaths.of(settings, dir.toString()),
                    new GitAuth(Optional.of(Secret.of(TOKEN))));
            List<String> lines = new ArrayList<>();

            assertThatThrownBy(() -> sync.sync(Optional.empty(), Optional.empty(), lines::add))
                    .isInstanceOfSatisfying(RepositorySync.SyncException.class, e -> assertThat(e.gitOutput())
                            .contains("Authentication failed").doesNotContain(TOKEN))
                    .hasMessageContaining("git fetch").hasMessageNotContaining(TOKEN);

            String basic = "Basic " + Base64.getEncoder().encodeToString(("x-access-token:" + TOKEN).getBytes(StandardCharsets.UTF_8));
            assertThat(authorizations).as("git sent the token to the server").contains(basic);
            assertThat(String.join("\n", lines)).doesNotContain(TOKEN);
        }
    }
}
