package eltdeck.ssh;

import java.util.Optional;

/** For tests whose keys have no passphrase: asked for one anyway, it has none to give. */
public final class NoPassphrase {
    public static final PassphraseSource SOURCE = (key, wrong) -> Optional.empty();

    private NoPassphrase() {
    }
}
