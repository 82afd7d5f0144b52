package eltdeck.ui.testsupport;

import eltdeck.profile.Secrets;

/** Secrets on a machine without an OS keychain: nothing is stored, {@code available()} is false. */
public final class NoKeychain extends Secrets {
    public NoKeychain() {
        super(null);
    }
}
