package eltdeck.ssh;

import eltdeck.testvm.OpenSshd;
import eltdeck.testvm.Prerequisites;
import eltdeck.testvm.TestSshServer;
import java.nio.file.Path;

class OpenSshChannelHttpTest extends ChannelHttpContract {
    @Override
    TestSshServer start(Path authorizedKeys) {
        Prerequisites.requireOpenSshd();
        return OpenSshd.onLoopback(dir.resolve("sshd"), authorizedKeys);
    }
}
