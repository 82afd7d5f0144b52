package eltdeck.ui.shell;

import javafx.animation.AnimationTimer;

/** Work that waits until the window's first frame is on the screen, so that it does not delay that frame. */
final class FirstFrame {
    private FirstFrame() {
    }

    /** Runs {@code then} on the FX thread at the second pulse from now: the first frame has been painted by then. */
    static void then(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }
}
