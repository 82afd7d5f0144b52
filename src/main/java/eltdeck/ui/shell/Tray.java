package eltdeck.ui.shell;

import java.util.List;

/**
 * The app's icon in the desktop's system tray, where it lives while the window is closed: the connection state as
 * its picture, a summary as its tooltip, and a menu. Called on the FX thread; an implementation does its own
 * toolkit's work on that toolkit's thread and runs the items' actions on the FX thread.
 */
interface Tray {
    /** What the icon shows: the state of the connections taken together. */
    enum State { IDLE, CONNECTING, CONNECTED, TROUBLE }

    /** A menu entry; activating the icon itself does what the first entry does. */
    record Item(String label, Runnable action) {
    }

    /** Puts the icon in the tray, or updates it there. */
    void show(State state, String tooltip, List<Item> menu);

    /** Takes the icon out of the tray (the app is quitting). */
    void remove();
}
