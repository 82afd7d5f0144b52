package eltdeck.stack;

import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.TestSshServer;
import java.nio.file.Path;

class EmbeddedRemoteFilesTest extends RemoteFilesContract {
    @Override
    TestSshServer start(Path authorizedKeys) {
        return EmbeddedSshd.start("deck", authorizedKeys);
    }
}
