package eltdeck.ssh;

import eltdeck.testvm.EmbeddedSshd;
import eltdeck.testvm.TestSshServer;
import java.nio.file.Path;

class EmbeddedLoginErrorsTest extends LoginErrorsContract {
    @Override
    TestSshServer start(Path authorizedKeys) {
        return EmbeddedSshd.start("deck", authorizedKeys);
    }
}
