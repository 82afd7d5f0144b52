package eltdeck.ui.testsupport;

/**
 * Keeps a window test's window up for a screenshot at the point it is called: {@code -Deltdeck.ui.holdSeconds=N} with
 * {@code -Pwindows} under Xvfb. 0 by default, so tests never wait on it.
 */
public final class ScreenshotHold {
    private ScreenshotHold() {
    }

    public static void hold() throws InterruptedException {
        Thread.sleep(Long.getLong("eltdeck.ui.holdSeconds", 0) * 1000);
    }
}
