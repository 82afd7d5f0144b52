package eltdeck.cli;

/** Opens the app's window for {@code eltdeck open}; the command line itself knows nothing of windows. */
@FunctionalInterface
public interface WindowOpener {
    /** Opens the window with {@code profile} selected ("" for none); returns the exit code once it is done. */
    int open(String profile);
}
