package eltdeck.ui.testsupport;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Reading a window's state on the FX thread from a TestFX test, and waiting until it holds. */
public final class FxWait {
    private FxWait() {
    }

    /** Polls {@code condition} on the FX thread until it holds; fails after {@code seconds}. */
    public static void await(int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("The window did not get there within " + seconds + " s", e);
        }
    }

    /** Reads on the FX thread. */
    public static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
