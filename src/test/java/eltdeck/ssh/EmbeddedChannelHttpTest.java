package eltdeck.ssh;

import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.TestSshServer;
import java.nio.file.Path;

class EmbeddedChannelHttpTest extends ChannelHttpContract {
    @Override
    TestSshServer start(Path authorizedKeys) {
        return EmbeddedSshd.start("deck", authorizedKeys);
    }
}
