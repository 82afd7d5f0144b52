package eltdeck.testvm;

/**
 * A clean-up that also runs when the test JVM ends without it (a crashed or killed test), so no namespace,
 * engine or mount outlives the build. {@link #close()} unregisters it once the owner has cleaned up itself.
 */
final class LastResort implements AutoCloseable {
    private final Thread hook;

    private LastResort(Thread hook) {
        this.hook = hook;
    }

    static LastResort register(String name, Runnable cleanUp) {
        Thread hook = new Thread(cleanUp, name);
        Runtime.getRuntime().addShutdownHook(hook);
        return new LastResort(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: this is the last resort running.
        }
    }
}
