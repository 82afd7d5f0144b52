package eltdeck.ssh;

import eltdeck.testvm.TestSshServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** A test class's own SSH server and one link to it, for contracts that run against each kind of server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LinkContract {
    Path dir;
    TestSshServer server;
    SshLink link;

    abstract TestSshServer start(Path authorizedKeys);

    @BeforeAll
    void connect(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        KeyGenerator.GeneratedKey key = KeyGenerator.generate(dir.resolve("id"), "contract", null);
        server = start(Files.writeString(dir.resolve("authorized_keys"), key.publicLine() + "\n"));
        link = new SshConnector(NoPassphrase.SOURCE, null)
                .connect(server.profile(key.privateKey(), server.writeKnownHosts(dir.resolve("known_hosts"))), HostKeyPolicy.STRICT);
    }

    @AfterAll
    void disconnect() {
        if (link != null) {
            link.close();
        }
        if (server != null) {
            server.close();
        }
    }
}
